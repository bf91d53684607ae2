/**
 * JSON-RPC 2.0 as MCP uses it: {@link io.kiro4j.mcp.internal.jsonrpc.JsonRpcConnection} correlates
 * requests and responses over any {@link io.kiro4j.mcp.transport.Transport}, with timeouts,
 * cancellation, progress routing and server-to-client requests.
 */
package io.kiro4j.mcp.jsonrpc;
