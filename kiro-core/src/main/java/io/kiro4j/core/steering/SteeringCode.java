package io.kiro4j.core.steering;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of steering files. Listed in {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 */
public enum SteeringCode implements DiagnosticCode {
  UNKNOWN_INCLUSION(
      "STEER-001",
      Severity.ERROR,
      "`inclusion` is not one of always, fileMatch, manual, auto; the file is treated as always."),
  INCLUSION_CASE(
      "STEER-002",
      Severity.WARNING,
      "`inclusion` differs from a known mode only in case or spaces; read as that mode."),
  FILE_MATCH_WITHOUT_PATTERN(
      "STEER-003",
      Severity.ERROR,
      "`inclusion: fileMatch` without `fileMatchPattern`: the file is never included."),
  PATTERN_NOT_A_STRING(
      "STEER-004",
      Severity.ERROR,
      "`fileMatchPattern` (or an item of it) is not a string; that pattern is ignored."),
  PATTERN_IGNORED(
      "STEER-005",
      Severity.WARNING,
      "`fileMatchPattern` on a file whose mode is not fileMatch is ignored."),
  COMMA_JOINED_PATTERNS(
      "STEER-006",
      Severity.WARNING,
      "`fileMatchPattern` joins several globs with commas; read as a list (write a YAML list)."),
  PIPE_ALTERNATION(
      "STEER-007",
      Severity.WARNING,
      "`fileMatchPattern` uses `|` or `(a|b)` alternation (a regex habit); read as a glob list or"
          + " `{a,b}`."),
  AUTO_WITHOUT_NAME(
      "STEER-008",
      Severity.WARNING,
      "`inclusion: auto` without `name` (required, L1190); the file name is used instead."),
  AUTO_WITHOUT_DESCRIPTION(
      "STEER-009",
      Severity.ERROR,
      "`inclusion: auto` without `description` (required, L1191): it cannot be offered to the"
          + " model."),
  NOT_A_STRING("STEER-010", Severity.ERROR, "A front matter value that must be a string is not."),
  CURSOR_ALWAYS_APPLY(
      "STEER-011",
      Severity.WARNING,
      "Cursor's `alwaysApply` key is not read by Kiro; `inclusion` decides (default always)."),
  UNKNOWN_KEY(
      "STEER-012", Severity.INFO, "A front matter key Kiro does not define; carried as is."),
  EMPTY_FILE("STEER-013", Severity.WARNING, "The steering file has no content."),
  SHADOWED_BY_WORKSPACE(
      "STEER-014",
      Severity.INFO,
      "A global steering file is shadowed by a workspace file with the same relative path."),
  AGENTS_MD_MODE_IGNORED(
      "STEER-015",
      Severity.WARNING,
      "AGENTS.md does not support inclusion modes (L1101); it is always included."),
  REFERENCE_MISSING(
      "STEER-016",
      Severity.WARNING,
      "A `#[[file:...]]` reference names a file that does not exist."),
  REFERENCE_ESCAPES(
      "STEER-017",
      Severity.ERROR,
      "A `#[[file:...]]` reference leads outside the workspace root; refused."),
  REFERENCE_CYCLE(
      "STEER-018", Severity.ERROR, "`#[[file:...]]` references form a cycle; the cycle is cut."),
  REFERENCE_IGNORED(
      "STEER-019",
      Severity.WARNING,
      "A `#[[file:...]]` reference names a file excluded by .kiroignore; access is blocked."),
  UNKNOWN_REFERENCE(
      "STEER-020",
      Severity.WARNING,
      "A `#name` reference matches no manual or auto steering file."),
  DUPLICATE_AUTO_NAME(
      "STEER-021", Severity.WARNING, "Two auto steering files in one scope share a `name`."),
  INVALID_PATTERN("STEER-022", Severity.WARNING, "A `fileMatchPattern` glob is invalid; ignored."),
  REFERENCE_TOO_DEEP(
      "STEER-023",
      Severity.ERROR,
      "`#[[file:...]]` references nest deeper than the limit; the rest is not expanded."),
  FILE_OUTSIDE_WORKSPACE(
      "STEER-024",
      Severity.ERROR,
      "A workspace steering file or AGENTS.md leads (through a symlink) outside every workspace"
          + " root; not loaded."),
  FILE_IGNORED(
      "STEER-025",
      Severity.WARNING,
      "A workspace steering file or AGENTS.md is (or leads to) a file excluded by .kiroignore;"
          + " not loaded."),
  TOO_MANY_REFERENCES(
      "STEER-026",
      Severity.ERROR,
      "One expansion would resolve more than 200 `#[[file:...]]` references (over every level);"
          + " the rest are not expanded."),
  EXPANSION_TOO_LARGE(
      "STEER-027",
      Severity.ERROR,
      "One expansion would inline more than 1 MiB of referenced content (over every level); the"
          + " rest is not expanded."),
  PATTERN_NEVER_MATCHES(
      "STEER-028",
      Severity.WARNING,
      "A fileMatchPattern can never match a workspace file: a ~/ path, a drive or absolute path, or"
          + " a path leading out with ../ (patterns are relative to the workspace root)."),
  PATTERN_MATCHES_NOTHING(
      "STEER-029",
      Severity.INFO,
      "A fileMatchPattern matches no file in the workspace today (kiro4j lint walks the roots).");

  private final CodeInfo info;

  SteeringCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
