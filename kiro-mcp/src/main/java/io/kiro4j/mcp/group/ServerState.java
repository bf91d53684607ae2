package io.kiro4j.mcp.group;

import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.Tool;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One server of a {@link McpServerGroup} after start-up.
 *
 * <p>Not thread-safe: its {@link Tool}s hold mutable Jackson {@code JsonNode}s; share an instance
 * between threads only while nobody modifies them (the {@link McpClient} itself is thread-safe).
 *
 * @param name the server's name
 * @param status connected, failed or timed out
 * @param client the connected client (present only when {@link Status#CONNECTED})
 * @param tools the server's tools at start-up (empty unless connected)
 * @param error why it is not connected (one line, no secrets: argv beyond the program and header
 *     values are never in it)
 */
public record ServerState(
    String name,
    Status status,
    Optional<McpClient> client,
    List<Tool> tools,
    Optional<String> error) {

  /** Start-up outcome, named as in the CLI contract. */
  public enum Status {
    /** Initialized and listed its tools. */
    CONNECTED,
    /** Could not start, connect, initialize or list tools. */
    FAILED,
    /** Did not finish within the start-up timeout; stopped. */
    TIMEOUT;

    /** The lower-case label used in JSON output. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Canonical constructor: copies the tool list. */
  public ServerState {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    tools = List.copyOf(tools);
  }
}
