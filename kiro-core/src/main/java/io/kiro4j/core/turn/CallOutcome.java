package io.kiro4j.core.turn;

/**
 * How a tool call ended. Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum CallOutcome {
  /** The tool ran (its result may still be an error the tool reported). */
  EXECUTED,
  /** The name resolves to no offered tool. */
  UNKNOWN_TOOL,
  /** The permission rules deny the call. */
  DENIED,
  /** A {@code preToolUse} hook blocked the call. */
  BLOCKED,
  /** The user rejected the call. */
  REJECTED,
  /** The executor threw: the tool could not be run. */
  FAILED,
  /** The turn was cancelled before the tool ran or while it ran. */
  CANCELLED,
  /** The prompt was blocked, so no tool may run in this turn. */
  PROMPT_BLOCKED
}
