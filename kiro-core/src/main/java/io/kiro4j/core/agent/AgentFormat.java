package io.kiro4j.core.agent;

/**
 * How an agent is written.
 *
 * <p>Immutable and thread-safe.
 */
public enum AgentFormat {
  /** A CLI agent config, {@code .kiro/agents/NAME.json}. */
  JSON,
  /**
   * A Markdown agent, {@code .kiro/agents/NAME.md}: YAML front matter for the fields, the body as
   * the prompt (IDE custom subagents, docs L19680-19728; Kiro CLI 3.0 Markdown agents).
   */
  MARKDOWN,
  /** Built into Kiro (the default agent). */
  BUILTIN
}
