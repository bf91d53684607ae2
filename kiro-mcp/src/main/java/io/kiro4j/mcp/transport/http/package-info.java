/**
 * MCP over HTTP: {@link io.kiro4j.mcp.transport.http.StreamableHttpTransport} and {@link
 * io.kiro4j.mcp.transport.http.DetectingHttpTransport}, which picks Streamable HTTP or the legacy
 * HTTP+SSE transport for a bare URL.
 */
package io.kiro4j.mcp.transport.http;
