package io.kiro4j.mcp.transport.http;

/**
 * Which HTTP transport a server speaks.
 *
 * <p>Immutable and thread-safe.
 */
public enum HttpFlavor {
  /** Streamable HTTP (2025-03-26 and later). */
  STREAMABLE,
  /** The legacy HTTP+SSE transport (2024-11-05). */
  SSE
}
