/**
 * MCP server configuration: {@code mcp.json} files and agents' {@code mcpServers}, their layers and
 * merge ({@link io.kiro4j.core.mcp.McpConfig}), and the names the model sees for MCP tools ({@link
 * io.kiro4j.core.mcp.ModelToolNames}). The JSON Schema ships as {@code
 * io/kiro4j/core/mcp/mcp.schema.json}. No method accepts or returns null.
 */
package io.kiro4j.core.mcp;
