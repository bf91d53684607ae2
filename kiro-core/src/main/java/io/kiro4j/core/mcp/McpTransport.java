package io.kiro4j.core.mcp;

import java.util.Locale;

/**
 * How an MCP server is reached: a local process over stdio, or a remote HTTP endpoint.
 *
 * <p>Immutable and thread-safe.
 */
public enum McpTransport {
  /** A local server started from {@code command}. */
  STDIO,
  /** A remote server at {@code url} (Streamable HTTP or legacy SSE). */
  HTTP;

  /** {@code stdio} or {@code http}, as in the CLI's JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
