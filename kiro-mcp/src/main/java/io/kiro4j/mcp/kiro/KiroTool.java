package io.kiro4j.mcp.kiro;

import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.mcp.client.Tool;

/**
 * An MCP tool as a Kiro agent sees it.
 *
 * @param server the server name
 * @param tool the tool as the server listed it
 * @param qualifiedName {@code @server/tool}, the name permission rules use
 * @param modelName the name offered to the model (unique, at most 64 characters)
 * @param permission what calling it needs, decided by kiro-core's permission rules ({@link
 *     io.kiro4j.core.permission.PermissionEngine} for an agent, else the server's {@link
 *     io.kiro4j.core.permission.McpToolPolicy}): deny for a tool in {@code disabledTools}
 */
public record KiroTool(
    String server,
    Tool tool,
    String qualifiedName,
    String modelName,
    PermissionDecision permission) {}
