package io.kiro4j.mcp.group;

import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.Transport;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to start one server of a {@link McpServerGroup}.
 *
 * <p>Immutable; thread-safe as far as its transport supplier is (a {@link McpServerGroup} calls it
 * on the starting thread).
 *
 * @param name the server's name (the key in {@code mcpServers})
 * @param transport makes a fresh, unstarted transport (a {@code StdioTransport} or an HTTP one)
 * @param options the client options for this server (timeouts, roots, handlers, listeners)
 */
public record ServerLaunch(String name, Supplier<Transport> transport, McpClientOptions options) {

  /** Canonical constructor: checks for nulls. */
  public ServerLaunch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(options, "options");
  }
}
