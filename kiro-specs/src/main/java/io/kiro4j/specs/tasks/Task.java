package io.kiro4j.specs.tasks;

import io.kiro4j.specs.requirements.RequirementRef;
import io.kiro4j.specs.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One checkbox line of tasks.md and the detail lines under it.
 *
 * <pre>
 * - [ ]* 2.4 Write property test for round trip      optional, id 2.4, todo
 *   - **Property 1: Round trip**                      property reference
 *   - _Requirements: 1.2, 3.1_                        requirement references
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index position in {@link TaskList#tasks()} (document order)
 * @param id the dotted number ({@code 1}, {@code 1.1}, {@code 9.1.1}) without a trailing dot, or
 *     empty for an unnumbered task
 * @param title the text after the number
 * @param state the checkbox state
 * @param box the checkbox character as written
 * @param optional {@code *} right after the box: Kiro's optional task (docs L18823; property-based
 *     test tasks are optional by default, L486)
 * @param parent index of the parent task, if any
 * @param depth 0 for a top-level task
 * @param span the whole line (terminator excluded)
 * @param boxOffset offset of the checkbox character in the text: the one character a state change
 *     writes
 * @param details the detail lines under the task, stripped
 * @param requirements the {@code _Requirements: ..._} references of the task's lines
 * @param properties the correctness property numbers it names ({@code **Property 3: ...**})
 */
public record Task(
    int index,
    Optional<String> id,
    String title,
    TaskState state,
    char box,
    boolean optional,
    OptionalInt parent,
    int depth,
    SourceSpan span,
    int boxOffset,
    List<String> details,
    List<RequirementRef> requirements,
    List<String> properties) {

  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(span, "span");
    details = List.copyOf(details);
    requirements = List.copyOf(requirements);
    properties = List.copyOf(properties);
  }

  /** This task with another state (the box character Kiro writes for it). */
  Task withState(TaskState newState) {
    return new Task(
        index,
        id,
        title,
        newState,
        newState.box(),
        optional,
        parent,
        depth,
        span,
        boxOffset,
        details,
        requirements,
        properties);
  }

  /** The 1-based line of the checkbox. */
  public int line() {
    return span.line();
  }

  /** True for a required task (no {@code *}). */
  public boolean required() {
    return !optional;
  }

  /**
   * True for a checkpoint task ({@code Checkpoint - Ensure all tests pass, ask the user if
   * questions arise.}).
   */
  public boolean checkpoint() {
    return title.regionMatches(true, 0, "checkpoint", 0, 10);
  }

  /** The id, or {@code line:N} for an unnumbered task: how {@code specs set} names it. */
  public String key() {
    return id.orElse("line:" + line());
  }
}
