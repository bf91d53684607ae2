package io.kiro4j.core.tool;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of the model-facing tool list. Listed in {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum ToolCode implements DiagnosticCode {
  SERVER_UNAVAILABLE(
      "TOOL-001",
      Severity.WARNING,
      "An MCP server the agent uses is not running (it failed to start, timed out or was not"
          + " started): none of its tools is offered."),
  INVALID_MODEL_NAME(
      "TOOL-002",
      Severity.WARNING,
      "A `toolAliases` value is not a name a model accepts (a letter, then letters, digits or `_`;"
          + " at most 64 characters): the tool is offered under it anyway, as Kiro does."),
  MODEL_NAME_TAKEN(
      "TOOL-003",
      Severity.WARNING,
      "Two offered tools would have the same model name (a `toolAliases` value equal to a"
          + " built-in tool's name or to another alias): the later one is withheld.");

  private final CodeInfo info;

  ToolCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
