package io.kiro4j.specs.tasks;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of tasks.md ({@code TASK-xxx}).
 *
 * <p>Immutable and thread-safe.
 */
public enum TasksCode implements DiagnosticCode {
  UPPERCASE_X(
      "TASK-001", Severity.INFO, "A checkbox is written `[X]`; read as done (Kiro writes `[x]`)."),
  UNKNOWN_BOX(
      "TASK-002",
      Severity.WARNING,
      "A checkbox holds a character other than space, `x`, `-` or `~`; the line is not read as a"
          + " task."),
  DUPLICATE_ID("TASK-003", Severity.ERROR, "Two tasks have the same id; `set` refuses the id."),
  NO_TASKS("TASK-004", Severity.WARNING, "tasks.md has no checkbox task."),
  PARENT_DONE_EARLY(
      "TASK-005", Severity.WARNING, "A task is marked done while a required sub-task is not."),
  ID_NOT_UNDER_PARENT(
      "TASK-006",
      Severity.WARNING,
      "A sub-task's id does not extend its parent's id (for example `2.1` indented under `3.`).");

  private final CodeInfo info;

  TasksCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
