package io.kiro4j.core.hook;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of IDE hook files. Listed in {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 */
public enum HookCode implements DiagnosticCode {
  NOT_AN_OBJECT("HOOK-001", Severity.ERROR, "The hook file is not a JSON object; it is ignored."),
  FOREIGN_FORMAT(
      "HOOK-002",
      Severity.WARNING,
      "A file under `.kiro/hooks/` in another tool's format (`trigger`/`action`, a `hooks` list,"
          + " Claude Code's `hooks` by event) or JSON of no known shape; Kiro does not run it."),
  MISSING_WHEN(
      "HOOK-003", Severity.ERROR, "`when.type` is missing or not a string; the hook is ignored."),
  UNKNOWN_TRIGGER(
      "HOOK-004",
      Severity.WARNING,
      "A hook's trigger (`when.type`, or `trigger` in a Kiro 1.0 hooks file) is not one kiro4j"
          + " knows: a typo, or a trigger newer than kiro4j; kiro4j never fires it."),
  TRIGGER_ALIAS(
      "HOOK-005",
      Severity.INFO,
      "`when.type` uses the blog's spelling (`fileEdit`, `fileCreate`, `fileDelete`, L16202-16205);"
          + " read as the documented event."),
  TRIGGER_VARIANT(
      "HOOK-006",
      Severity.WARNING,
      "`when.type` is a spelling seen in the wild but not documented (`manual`); read as the"
          + " evident event."),
  MISSING_THEN(
      "HOOK-007",
      Severity.ERROR,
      "`then.type` is missing or not `askAgent`/`runCommand`; the hook is ignored."),
  MISSING_PROMPT(
      "HOOK-008", Severity.ERROR, "An `askAgent` action without a `prompt` string; ignored."),
  MISSING_COMMAND(
      "HOOK-009", Severity.ERROR, "A `runCommand` action without a `command` string; ignored."),
  COMMAND_NOT_DOCUMENTED(
      "HOOK-010",
      Severity.WARNING,
      "Shell commands are documented only for promptSubmit, agentStop, preToolUse and postToolUse"
          + " (L559); kiro4j runs it anyway."),
  BAD_TIMEOUT(
      "HOOK-011",
      Severity.ERROR,
      "`then.timeout` is not a non-negative number of seconds; the default 60 s is used."),
  NO_PATTERNS(
      "HOOK-012", Severity.ERROR, "A file event hook without `when.patterns`: it matches no file."),
  BAD_PATTERN(
      "HOOK-013", Severity.ERROR, "A `when.patterns` entry is not a valid glob; it is ignored."),
  NO_TOOL_TYPES(
      "HOOK-014",
      Severity.ERROR,
      "A tool event hook without `when.toolTypes` (L961 expects names or `*`): it matches no"
          + " tool."),
  BAD_TOOL_TYPE(
      "HOOK-015",
      Severity.ERROR,
      "A `when.toolTypes` entry is not a string or not a valid pattern; it is ignored."),
  IGNORED_FIELD(
      "HOOK-016",
      Severity.INFO,
      "`patterns` on a non-file event or `toolTypes` on a non-tool event is ignored (the IDE"
          + " leaves them when a trigger changes; harmless)."),
  WRONG_TYPE(
      "HOOK-017",
      Severity.ERROR,
      "A field has the wrong JSON type (`enabled` not a boolean, `name` not a string, ...)."),
  UNKNOWN_KEY("HOOK-018", Severity.INFO, "A key Kiro does not define; ignored."),
  MISSING_NAME(
      "HOOK-019", Severity.WARNING, "The hook has no `name`; the file name is used instead."),
  DUPLICATE_NAME(
      "HOOK-020",
      Severity.WARNING,
      "Two hooks of one root share a name; `/name` and `--hook` pick the first by path."),
  UNKNOWN_HOOK(
      "HOOK-021",
      Severity.WARNING,
      "A userTriggered request names no manual hook of the workspace."),
  V1_HOOKS_FILE(
      "HOOK-022",
      Severity.INFO,
      "A hooks file in the Kiro 1.0 format (`{\"version\": \"v1\", \"hooks\": [...]}`, newer than"
          + " the docs snapshot): its triggers are checked, its hooks are listed as foreign and"
          + " never run by kiro4j.");

  private final CodeInfo info;

  HookCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
