package io.kiro4j.core.context;

import java.util.Objects;

/**
 * An MCP server whose tools may be offered in this turn, and why: the agent's own servers, the
 * {@code mcp.json} servers it includes, or an active power's servers (docs L1712–1741).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the server's name as the tool list knows it (a power's server by its installed name)
 * @param reason why it is active
 * @since 0.2
 */
public record ActiveServer(String name, ContextReason reason) {
  public ActiveServer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }
}
