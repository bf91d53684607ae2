package io.kiro4j.specs.trace;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of traceability across a spec's documents ({@code TRACE-xxx}).
 *
 * <p>Immutable and thread-safe.
 */
public enum TraceCode implements DiagnosticCode {
  UNRESOLVED_REFERENCE(
      "TRACE-001",
      Severity.WARNING,
      "A requirement reference (tasks.md or design.md) names no requirement or acceptance criterion."),
  INVALID_REFERENCE(
      "TRACE-002", Severity.WARNING, "An item of a requirement reference list is not an id."),
  UNKNOWN_PROPERTY(
      "TRACE-003",
      Severity.WARNING,
      "A task names a correctness property design.md does not define."),
  UNCOVERED_CRITERION(
      "TRACE-004",
      Severity.INFO,
      "No task references an acceptance criterion (or its requirement)."),
  NOTE_IN_REFERENCES(
      "TRACE-005",
      Severity.INFO,
      "An item of a requirement reference list is words, not an id (`N/A`, `TBD`, `FR1`); not"
          + " traced.");

  private final CodeInfo info;

  TraceCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
