package io.kiro4j.specs.design;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of design.md ({@code DESIGN-xxx}).
 *
 * <p>Immutable and thread-safe.
 */
public enum DesignCode implements DiagnosticCode {
  DUPLICATE_PROPERTY(
      "DESIGN-001", Severity.WARNING, "Two correctness properties have the same number."),
  PROPERTY_WITHOUT_VALIDATES(
      "DESIGN-002",
      Severity.INFO,
      "A correctness property names no requirement (`**Validates: Requirements 1.2**`).");

  private final CodeInfo info;

  DesignCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
