package io.kiro4j.mcp.kiro;

import io.kiro4j.mcp.client.Tool;

/**
 * An MCP tool as a Kiro agent sees it.
 *
 * @param server the server name
 * @param tool the tool as the server listed it
 * @param qualifiedName {@code @server/tool}, the name permission rules use
 * @param modelName the name offered to the model (unique, at most 64 characters)
 * @param permission from {@code autoApprove} and {@code disabledTools}
 */
public record KiroTool(
    String server, Tool tool, String qualifiedName, String modelName, ToolPermission permission) {}
