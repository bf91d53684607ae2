/** Not API: the checks of one MCP server entry shared by mcp.json and agent files. */
package io.kiro4j.core.internal.mcp;
