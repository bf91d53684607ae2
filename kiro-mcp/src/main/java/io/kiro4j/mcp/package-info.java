/**
 * kiro4j's MCP client: JSON-RPC 2.0 over stdio, Streamable HTTP and legacy HTTP+SSE, with the
 * facade {@link io.kiro4j.mcp.Mcp}. Packages: {@code jsonrpc} (message correlation), {@code
 * transport} and its sub-packages, {@code client} (the protocol's features).
 */
package io.kiro4j.mcp;
