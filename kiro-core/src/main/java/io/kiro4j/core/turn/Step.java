package io.kiro4j.core.turn;

/**
 * The steps of a turn, in the order they happen. Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum Step {
  /** {@code userPromptSubmit} / {@code promptSubmit} hooks ran. */
  PROMPT_SUBMIT,
  /** The model's tool name was resolved to an offered tool, or not. */
  RESOLVE,
  /** The permission rules decided: allow, ask or deny. */
  PERMISSION,
  /** {@code preToolUse} hooks ran. */
  PRE_TOOL_USE,
  /** The user (the host's {@link Approver}) answered a call that asks. */
  APPROVAL,
  /** The tool ran. */
  EXECUTE,
  /** {@code postToolUse} hooks ran. */
  POST_TOOL_USE,
  /** The result went back to the model. */
  RESULT,
  /** {@code stop} / {@code agentStop} hooks ran. */
  STOP
}
