package io.kiro4j.core.agent;

import java.util.Optional;

/**
 * The trigger keys of an agent config's {@code hooks} object (docs L6351-6355, L6839-6843).
 *
 * <p>Immutable and thread-safe.
 */
public enum HookTrigger {
  /** When the agent is initialised. */
  AGENT_SPAWN("agentSpawn"),
  /** When the user submits a prompt. */
  USER_PROMPT_SUBMIT("userPromptSubmit"),
  /** Before a tool runs; can block it. */
  PRE_TOOL_USE("preToolUse"),
  /** After a tool ran. */
  POST_TOOL_USE("postToolUse"),
  /** When the assistant finishes responding. */
  STOP("stop");

  private static final HookTrigger[] ALL = values();

  private final String key;

  HookTrigger(String key) {
    this.key = key;
  }

  /** The JSON key ({@code agentSpawn}, ...). */
  public String key() {
    return key;
  }

  /** True for the triggers whose hooks take a tool {@code matcher}. */
  public boolean takesMatcher() {
    return this == PRE_TOOL_USE || this == POST_TOOL_USE;
  }

  /** The trigger with this JSON key (case-sensitive). */
  public static Optional<HookTrigger> byKey(String key) {
    for (HookTrigger t : ALL) {
      if (t.key.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
