package io.kiro4j.core.turn;

import io.kiro4j.core.hook.run.HookOutcome;
import io.kiro4j.core.hook.run.HookResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hooks of one step, run: which step, for which call, and what came of them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param step {@link Step#PROMPT_SUBMIT}, {@link Step#PRE_TOOL_USE}, {@link Step#POST_TOOL_USE} or
 *     {@link Step#STOP}
 * @param call the tool call's index, -1 for the prompt and stop steps
 * @param outcome what the hooks came to
 * @since 0.2
 */
public record HookRun(Step step, int call, HookOutcome outcome) {
  public HookRun {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * The hooks that timed out, crashed or could not start (a hook that exits non-zero on purpose is
   * in the outcome's warnings), each as {@code name: what happened}.
   */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    for (HookResult r : outcome.results()) {
      if (r.timedOut()) {
        out.add(r.name() + ": timed out after " + r.duration().toMillis() + " ms");
      } else if (r.exitCode().isEmpty()) {
        out.add(r.name() + ": did not run to an exit (" + r.output().strip() + ")");
      } else if (r.exitCode().getAsInt() > 128) {
        out.add(r.name() + ": killed by signal " + (r.exitCode().getAsInt() - 128));
      }
    }
    return out;
  }
}
