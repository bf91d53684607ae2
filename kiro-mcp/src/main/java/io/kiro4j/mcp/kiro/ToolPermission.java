package io.kiro4j.mcp.kiro;

/** What the configuration says about calling an MCP tool, before the agent's permission rules. */
public enum ToolPermission {
  /** Listed in the server's {@code autoApprove} (or {@code "*"}): runs without asking. */
  ALLOW,
  /** Needs the user's approval. */
  ASK,
  /** Listed in {@code disabledTools}: not offered to the model. */
  DISABLED;

  /** The lower-case label used in JSON output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
