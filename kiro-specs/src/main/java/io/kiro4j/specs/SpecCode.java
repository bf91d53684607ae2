package io.kiro4j.specs;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of spec folders and {@code .config.kiro} ({@code SPEC-xxx}).
 *
 * <p>Immutable and thread-safe.
 */
public enum SpecCode implements DiagnosticCode {
  UNKNOWN_SPEC_TYPE(
      "SPEC-001",
      Severity.WARNING,
      "`specType` in .config.kiro is not feature or bugfix; the type follows the documents."),
  CONFIG_VALUE_NOT_STRING(
      "SPEC-002", Severity.WARNING, "A .config.kiro value that must be a string is not; ignored."),
  UNKNOWN_CONFIG_KEY(
      "SPEC-003", Severity.INFO, "A .config.kiro key Kiro does not define; ignored."),
  NO_DOCUMENTS(
      "SPEC-004",
      Severity.WARNING,
      "A spec folder has none of requirements.md, bugfix.md, design.md, tasks.md."),
  TYPE_MISMATCH(
      "SPEC-005",
      Severity.WARNING,
      "`specType` says bugfix without a bugfix.md, or feature with a bugfix.md and no"
          + " requirements.md."),
  BOTH_REQUIREMENTS_AND_BUGFIX(
      "SPEC-006",
      Severity.INFO,
      "A spec has both requirements.md and bugfix.md; both are read and traced.");

  private final CodeInfo info;

  SpecCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
