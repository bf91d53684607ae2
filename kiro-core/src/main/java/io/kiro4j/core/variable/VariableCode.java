package io.kiro4j.core.variable;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of {@code ${VAR}} substitution.
 *
 * <p>Immutable and thread-safe.
 */
public enum VariableCode implements DiagnosticCode {
  UNSET(
      "VAR-001",
      Severity.WARNING,
      "A ${VAR} reference names a variable that is not set; kept as written."),
  UNAPPROVED(
      "VAR-002",
      Severity.WARNING,
      "A ${VAR} reference names a variable that is not approved (IDE policy); kept as written."),
  MALFORMED(
      "VAR-003",
      Severity.WARNING,
      "A '${' without a closing '}' or with an invalid name; kept as written.");

  private final CodeInfo info;

  VariableCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
