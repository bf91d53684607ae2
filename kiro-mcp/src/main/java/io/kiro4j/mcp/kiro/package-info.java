/**
 * The Kiro integration of the MCP client: the effective {@code mcp.json} servers started and their
 * tools named {@code @server/tool} with {@code autoApprove} and {@code disabledTools} applied.
 */
package io.kiro4j.mcp.kiro;
