/**
 * The MCP client: {@link io.kiro4j.mcp.client.McpClient} (lifecycle, tools, resources, prompts,
 * completion, logging, notifications) and its options.
 */
package io.kiro4j.mcp.client;
