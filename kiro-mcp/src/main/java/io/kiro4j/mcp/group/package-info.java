/**
 * Several MCP servers started together under one start-up timeout, each failure isolated: {@link
 * io.kiro4j.mcp.group.McpServerGroup}. The Kiro integration maps the effective {@code mcp.json}
 * configuration onto {@link io.kiro4j.mcp.group.ServerLaunch}es.
 */
package io.kiro4j.mcp.group;
