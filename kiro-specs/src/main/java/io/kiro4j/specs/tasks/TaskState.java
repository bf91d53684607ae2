package io.kiro4j.specs.tasks;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of a task, as its checkbox shows it (docs L423, L21401: tasks move to "In Progress" and
 * "Done").
 *
 * <p>Immutable and thread-safe.
 */
public enum TaskState {
  /** {@code - [ ]}: not started. */
  TODO(' ', "todo"),
  /** {@code - [-]}: in progress (what Kiro writes while it works on a task). */
  IN_PROGRESS('-', "in-progress"),
  /**
   * {@code - [~]}: queued — what the IDE writes for a task waiting behind a running one (Kiro issue
   * #5723; not in the docs snapshot).
   */
  QUEUED('~', "queued"),
  /** {@code - [x]}: done ({@code [X]} is read as done too). */
  DONE('x', "done");

  private final char box;
  private final String label;

  TaskState(char box, String label) {
    this.box = box;
    this.label = label;
  }

  /** The character written between the brackets. */
  public char box() {
    return box;
  }

  /**
   * {@code todo}, {@code in-progress}, {@code queued} or {@code done}: the CLI and JSON spelling.
   */
  public String label() {
    return label;
  }

  /** The state spelled {@code label} ({@code todo|in-progress|queued|done}, any case). */
  public static Optional<TaskState> fromLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    for (TaskState s : values()) {
      if (s.label.equals(l)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The state a checkbox character stands for: space, {@code -}, {@code ~}, {@code x} or {@code X}.
   */
  public static Optional<TaskState> fromBox(char c) {
    switch (c) {
      case ' ':
        return Optional.of(TODO);
      case '-':
        return Optional.of(IN_PROGRESS);
      case '~':
        return Optional.of(QUEUED);
      case 'x':
      case 'X':
        return Optional.of(DONE);
      default:
        return Optional.empty();
    }
  }
}
