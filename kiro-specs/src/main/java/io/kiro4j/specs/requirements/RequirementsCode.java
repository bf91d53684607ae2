package io.kiro4j.specs.requirements;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of requirements.md and bugfix.md ({@code REQ-xxx}).
 *
 * <p>Immutable and thread-safe.
 */
public enum RequirementsCode implements DiagnosticCode {
  NO_SHALL("REQ-001", Severity.WARNING, "An acceptance criterion has no SHALL."),
  SEVERAL_SHALLS(
      "REQ-002",
      Severity.INFO,
      "An acceptance criterion has several SHALLs; split it so each can be tested and traced."),
  NOT_EARS(
      "REQ-003",
      Severity.WARNING,
      "An acceptance criterion is not in an EARS form ([WHERE|WHILE|WHEN|IF ... [THEN]] THE"
          + " <system> SHALL <response>)."),
  EMPTY_REQUIREMENT("REQ-004", Severity.WARNING, "A requirement has no acceptance criteria."),
  DUPLICATE_REQUIREMENT("REQ-005", Severity.ERROR, "Two requirements have the same number."),
  DUPLICATE_CRITERION("REQ-006", Severity.ERROR, "Two acceptance criteria have the same id."),
  IF_WITHOUT_THEN("REQ-007", Severity.INFO, "An IF (unwanted behaviour) criterion has no THEN."),
  NO_REQUIREMENTS(
      "REQ-008",
      Severity.INFO,
      "The requirements could not be read: no requirement heading with criteria (or no bugfix"
          + " clause) was found; the spec's criteria are not traced."),
  LOWERCASE_SHALL("REQ-009", Severity.INFO, "`shall` is written in lower case; EARS writes SHALL."),
  UNCHANGED_WITHOUT_CONTINUE(
      "REQ-010",
      Severity.WARNING,
      "An Unchanged Behavior clause of bugfix.md does not say SHALL CONTINUE TO."),
  BUGFIX_ID_OUT_OF_SECTION(
      "REQ-011",
      Severity.WARNING,
      "A bugfix clause id does not match its section (1.x current, 2.x expected, 3.x unchanged)."),
  CRITERIA_NOT_EARS(
      "REQ-012",
      Severity.INFO,
      "Criteria without SHALL written in another language, or in a document not written in EARS;"
          + " they are read, their EARS form is not checked (one diagnostic per document)."),
  OTHER_MODAL(
      "REQ-013", Severity.INFO, "A criterion says MAY, SHOULD, MUST or WILL instead of SHALL.");

  private final CodeInfo info;

  RequirementsCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
