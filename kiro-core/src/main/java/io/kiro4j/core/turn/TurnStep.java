package io.kiro4j.core.turn;

import java.util.Objects;

/**
 * One step of a turn, as recorded and as a {@link TurnListener} sees it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the step's position in the turn, from 0
 * @param step which step
 * @param call the tool call's index in the turn, from 0; -1 for the prompt and stop steps
 * @param tool the tool's name (canonical or {@code @server/tool}; the model's name when it resolves
 *     to none); {@code ""} for the prompt and stop steps
 * @param outcome what came of it: {@code allow}, {@code ask}, {@code deny}, {@code blocked}, {@code
 *     approved}, {@code executed}, ...
 * @param reason why, with the rule
 * @since 0.2
 */
public record TurnStep(
    int sequence, Step step, int call, String tool, String outcome, String reason) {
  public TurnStep {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }
}
