package io.kiro4j.core.context;

/**
 * What a context item is. {@link #isContextFile()} tells which kinds count against the 75% budget
 * of context files (docs L7142): files the user or the agent put into context. The agent's prompt,
 * the skills list, an expanded {@code @} prompt and hook output are not files and are not budgeted.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum ContextKind {
  /** The agent's {@code prompt} (inline, {@code file://} or a Markdown agent's body). */
  AGENT_PROMPT("agent-prompt", false),
  /** A steering file. */
  STEERING("steering", true),
  /** An {@code AGENTS.md} file (docs L1099–1103). */
  AGENTS_MD("agents-md", true),
  /** A file of the agent's {@code resources} (docs L6214–6235). */
  RESOURCE_FILE("resource", true),
  /** An active power's {@code POWER.md} (docs L1712–1741). */
  POWER("power", true),
  /** The {@code <available_skills>} list (docs L15840–15856). */
  SKILL_METADATA("skill-metadata", false),
  /** An activated skill's instructions (docs L6237–6264). */
  SKILL_BODY("skill", true),
  /** A spec document referenced with {@code #spec} (docs L313–334). */
  SPEC("spec", true),
  /** A file referenced with {@code #file} or {@code #folder} (docs L19194–19197). */
  FILE("file", true),
  /** A session context file ({@code /context add}, docs L7180–7203). */
  SESSION_FILE("session", true),
  /** An {@code @} prompt expanded into the turn (docs L10500–10566). */
  PROMPT("prompt", false),
  /** Output of a hook, added by the host's turn pipeline. */
  HOOK_OUTPUT("hook-output", false);

  private final String label;
  private final boolean contextFile;

  ContextKind(String label, boolean contextFile) {
    this.label = label;
    this.contextFile = contextFile;
  }

  /** The stable spelling of the CLI's JSON ({@code steering}, {@code agents-md}, ...). */
  public String label() {
    return label;
  }

  /** True for the kinds limited to 75% of the context window (docs L7142). */
  public boolean isContextFile() {
    return contextFile;
  }
}
