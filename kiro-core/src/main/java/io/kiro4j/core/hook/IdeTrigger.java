package io.kiro4j.core.hook;

import java.util.Optional;

/**
 * The events of an IDE hook file's {@code when.type} (docs L925–1025, the "Hook types" page, which
 * is authoritative over the shorter list at L801–807). The JSON names come from the docs where they
 * exist ({@code userTriggered} L1451, {@code fileCreated}/{@code fileDeleted} L22296–22328) and
 * from real files for the rest.
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
  USER_TRIGGERED("userTriggered");

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

  /**
   * True where the docs offer the Shell Command action (L559: "not currently available for the file
   * and manual triggers").
   */
  public boolean documentsCommand() {
    return this == PROMPT_SUBMIT || this == AGENT_STOP || isToolEvent();
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
