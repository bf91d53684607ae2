package io.kiro4j.core.mcp;

import java.util.Locale;

/**
 * Where an MCP server entry comes from, highest priority first (docs L5768-5774): the agent's
 * {@code mcpServers}, the workspace {@code .kiro/settings/mcp.json}, the user's {@code
 * ~/.kiro/settings/mcp.json}.
 *
 * <p>Immutable and thread-safe.
 */
public enum McpLayer {
  /** The agent config's {@code mcpServers}. */
  AGENT,
  /** {@code <root>/.kiro/settings/mcp.json}. */
  WORKSPACE,
  /** {@code ~/.kiro/settings/mcp.json}, including installed powers' servers. */
  GLOBAL;

  /** {@code agent}, {@code workspace} or {@code global}, as in the CLI's JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
