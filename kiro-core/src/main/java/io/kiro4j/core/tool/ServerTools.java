package io.kiro4j.core.tool;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one MCP server offers: its tools when it is running, else why it is not.
 *
 * <p>Immutable list; see {@link McpToolSpec} for the thread-safety of its elements.
 *
 * @param server the server's name, as configured
 * @param tools its tools, in the order it listed them (empty when unavailable)
 * @param unavailable why its tools are unknown (failed to start, timed out, not started), if so
 * @since 0.2
 */
public record ServerTools(String server, List<McpToolSpec> tools, Optional<String> unavailable) {
  public ServerTools {
    Objects.requireNonNull(server, "server");
    tools = List.copyOf(tools);
    Objects.requireNonNull(unavailable, "unavailable");
  }

  /** A running server's tools. */
  public static ServerTools listed(String server, List<McpToolSpec> tools) {
    return new ServerTools(server, tools, Optional.empty());
  }

  /** A server whose tools are unknown, and why. */
  public static ServerTools unavailable(String server, String why) {
    return new ServerTools(server, List.of(), Optional.of(Objects.requireNonNull(why, "why")));
  }
}
