package io.kiro4j.core.hook;

import java.util.Optional;

/**
 * The events of an IDE hook file's {@code when.type} (docs L925–1025, the "Hook types" page, which
 * is authoritative over the shorter list at L801–807). The JSON names come from the docs where they
 * exist ({@code userTriggered} L1451, {@code fileCreated}/{@code fileDeleted} L22296–22328) and
 * from real files for the rest.
 *
 * <p>The two task triggers are newer than the docs snapshot: Kiro IDE 0.10 added "Pre/Post Task
 * Execution" hooks, which fire when a spec task's status changes to in progress and to completed
 * (kirodotdev/Kiro issue 787; kiro.dev/docs/hooks/types). The IDE writes them as {@code
 * preTaskExecution} and {@code postTaskExecution}; Kiro's own migration to the 1.0 hook format maps
 * them to {@code PreTaskExec} and {@code PostTaskExec}.
 *
 * <p>Immutable and thread-safe.
 */
public enum IdeTrigger {
  /** "Prompt Submit": the user submits a prompt (L935); shell gets {@code USER_PROMPT}. */
  PROMPT_SUBMIT("promptSubmit"),
  /** "Agent Stop": the agent has completed its turn (L947). */
  AGENT_STOP("agentStop"),
  /** "Pre Tool Use": before a tool runs; a failing command blocks it (L957, L555). */
  PRE_TOOL_USE("preToolUse"),
  /** "Post Tool Use": after a tool ran (L973). */
  POST_TOOL_USE("postToolUse"),
  /** "File Create" (L985). Blog spelling {@code fileCreate}. */
  FILE_CREATED("fileCreated"),
  /** "File Save" (L995). Blog spelling {@code fileEdit}. */
  FILE_EDITED("fileEdited"),
  /** "File Delete" (L1006). Blog spelling {@code fileDelete}. */
  FILE_DELETED("fileDeleted"),
  /** "Manual Trigger" (L1016): run from the panel or as the slash command {@code /name}. */
  USER_TRIGGERED("userTriggered"),
  /** "Pre Task Execution": a spec task is about to run (its status turns in progress). */
  PRE_TASK_EXECUTION("preTaskExecution"),
  /** "Post Task Execution": a spec task has run (its status turns completed). */
  POST_TASK_EXECUTION("postTaskExecution");

  private final String jsonName;

  IdeTrigger(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name in {@code when.type}. */
  public String jsonName() {
    return jsonName;
  }

  /** True for the file events, which take {@code when.patterns}. */
  public boolean isFileEvent() {
    return this == FILE_CREATED || this == FILE_EDITED || this == FILE_DELETED;
  }

  /** True for the tool events, which take {@code when.toolTypes}. */
  public boolean isToolEvent() {
    return this == PRE_TOOL_USE || this == POST_TOOL_USE;
  }

  /** True for the spec task events, newer than the docs snapshot. */
  public boolean isTaskEvent() {
    return this == PRE_TASK_EXECUTION || this == POST_TASK_EXECUTION;
  }

  /**
   * True where the docs offer the Shell Command action (L559: "not currently available for the file
   * and manual triggers"). The task triggers are newer than that note and real files run commands
   * on them, so they are not flagged.
   */
  public boolean documentsCommand() {
    return this == PROMPT_SUBMIT || this == AGENT_STOP || isToolEvent() || isTaskEvent();
  }

  /** The trigger whose JSON name is exactly {@code name}. */
  public static Optional<IdeTrigger> byJsonName(String name) {
    for (IdeTrigger t : values()) {
      if (t.jsonName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
