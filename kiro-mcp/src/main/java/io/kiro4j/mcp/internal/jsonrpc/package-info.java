/**
 * Not API: the JSON-RPC 2.0 connection under {@link io.kiro4j.mcp.client.McpClient} (ids, timeouts,
 * cancellation, progress, the shared Jackson mapper).
 */
package io.kiro4j.mcp.internal.jsonrpc;
