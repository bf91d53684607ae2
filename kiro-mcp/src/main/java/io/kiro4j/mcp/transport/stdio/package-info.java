/** The MCP stdio transport: {@link io.kiro4j.mcp.transport.stdio.StdioTransport}. */
package io.kiro4j.mcp.transport.stdio;
