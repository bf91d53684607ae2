package io.kiro4j.specs.tasks;

/**
 * Counts of a task list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param total every checkbox line
 * @param done {@code [x]}
 * @param inProgress {@code [-]}
 * @param optional lines with {@code *} after the box, in any state
 * @param remainingRequired required tasks not done: what "Run all tasks" would still run
 */
public record TaskProgress(
    int total, int done, int inProgress, int optional, int remainingRequired) {

  /** Tasks not started. */
  public int todo() {
    return total - done - inProgress;
  }
}
