package io.kiro4j.core.hook.run;

import java.util.Objects;

/**
 * Whether the action the event stands for (the prompt, the tool call) may go ahead.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface HookDecision permits HookDecision.Allowed, HookDecision.Blocked {

  /** True for {@link Blocked}. */
  boolean blocked();

  /** No hook blocked. */
  record Allowed() implements HookDecision {
    @Override
    public boolean blocked() {
      return false;
    }
  }

  /**
   * A hook blocked the prompt or the tool call.
   *
   * @param hook the first blocking hook in declaration order
   * @param message what goes back to the model (the hook's stderr)
   */
  record Blocked(String hook, String message) implements HookDecision {
    public Blocked {
      Objects.requireNonNull(hook, "hook");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public boolean blocked() {
      return true;
    }
  }
}
