package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes of the lint configuration ({@code .kiro4j.yaml}) and of inline suppressions. Listed in
 * {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum LintCode implements DiagnosticCode {
  UNKNOWN_KEY(
      "LINT-001",
      Severity.WARNING,
      "A key of `.kiro4j.yaml` kiro4j does not define (known: `rules`, `ignore`, `suppress`,"
          + " `skills`); ignored."),
  UNKNOWN_CODE(
      "LINT-002",
      Severity.WARNING,
      "A rule code in `.kiro4j.yaml` or in a suppression comment that no rule of this build has;"
          + " ignored."),
  INVALID_VALUE(
      "LINT-003",
      Severity.ERROR,
      "A value of `.kiro4j.yaml` of the wrong shape: a rule level other than off, info, warning or"
          + " error, a `skills` profile other than kiro or skills-ref, an `ignore` entry that is not"
          + " a string; that setting is ignored."),
  UNUSED_SUPPRESSION(
      "LINT-004",
      Severity.INFO,
      "A `kiro4j-disable` comment or a `suppress` entry of `.kiro4j.yaml` that suppressed nothing;"
          + " it can go."),
  MALFORMED_SUPPRESSION(
      "LINT-005",
      Severity.WARNING,
      "A `kiro4j-disable` or `kiro4j-disable-next-line` comment without a rule code; it suppresses"
          + " nothing.");

  private final CodeInfo info;

  LintCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
