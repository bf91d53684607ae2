package io.kiro4j.core.context;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of context assembly. Listed in {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum ContextCode implements DiagnosticCode {
  UNKNOWN_AGENT(
      "CONTEXT-001",
      Severity.ERROR,
      "The requested agent does not exist; the default agent is used (docs L14708)."),
  UNKNOWN_REFERENCE(
      "CONTEXT-002",
      Severity.WARNING,
      "A `#` reference names no steering file, file, folder or spec; nothing is added."),
  HOST_REFERENCE(
      "CONTEXT-003",
      Severity.INFO,
      "A `#` provider that needs the editor or an index (#codebase, #git diff, #terminal, ...):"
          + " the host adds it, kiro4j does not."),
  IDE_ONLY(
      "CONTEXT-004",
      Severity.INFO,
      "`#` references and slash commands are IDE features; ignored in CLI mode."),
  UNKNOWN_SLASH_COMMAND(
      "CONTEXT-005",
      Severity.INFO,
      "A slash command that is no manual steering file (it may be a manual hook, which the turn"
          + " runs)."),
  FILE_NOT_FOUND(
      "CONTEXT-006",
      Severity.WARNING,
      "A referenced file, folder or session context file does not exist or matches nothing."),
  FILE_OUTSIDE_WORKSPACE(
      "CONTEXT-007",
      Severity.WARNING,
      "A referenced or session file lies outside every workspace root (or is excluded by"
          + " .kiroignore); not loaded."),
  OVER_BUDGET(
      "CONTEXT-008",
      Severity.WARNING,
      "Context files exceed 75% of the context window; the files past the limit are dropped (docs"
          + " L7142)."),
  UNKNOWN_PROMPT(
      "CONTEXT-009",
      Severity.WARNING,
      "An `@name` prompt matches no local, global or MCP prompt (docs L10544–10566)."),
  PROMPT_ARGUMENTS(
      "CONTEXT-010",
      Severity.WARNING,
      "Arguments given to a file-based prompt, which takes none (docs L10522); they are ignored."),
  MCP_PROMPT_UNAVAILABLE(
      "CONTEXT-011",
      Severity.WARNING,
      "An MCP prompt could not be expanded: no MCP prompt source, or the server refused it (an"
          + " unknown or missing argument)."),
  UNKNOWN_SKILL(
      "CONTEXT-012",
      Severity.WARNING,
      "An activated skill is not among the skills available to the agent."),
  NO_PROVIDER(
      "CONTEXT-013",
      Severity.INFO,
      "No context provider handles this request entry (kiro-skills or kiro-specs is not on the"
          + " path).");

  private final CodeInfo info;

  ContextCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
