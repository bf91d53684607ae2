/**
 * Server-sent events: the {@link io.kiro4j.mcp.internal.transport.SseReader} both HTTP transports
 * use and the legacy HTTP+SSE transport {@link io.kiro4j.mcp.transport.sse.SseTransport}.
 */
package io.kiro4j.mcp.transport.sse;
