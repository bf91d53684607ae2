package io.kiro4j.core.tool;

/**
 * Where the tool list learns what the MCP servers offer: the seam between kiro-core, which never
 * talks to a server, and an MCP client (kiro-mcp's {@code io.kiro4j.mcp.kiro.RunningServers} lists
 * the tools of started servers). A host with its own client implements it over that client.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface McpToolSource {

  /**
   * The tools of the server named {@code server} in the agent's effective MCP configuration.
   *
   * @param server the server's name
   * @return its tools, or why they are unknown; never null
   */
  ServerTools tools(String server);

  /** No server is running: every MCP tool is unknown, so none is offered. */
  static McpToolSource none() {
    return server -> ServerTools.unavailable(server, "not started (no MCP tool source)");
  }
}
