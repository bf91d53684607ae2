package io.kiro4j.core.json.edit;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Why a lossless JSON edit was refused ({@code EDIT-xxx}). Listed in {@code docs/diagnostics.md}.
 * Every refusal leaves the file as it was.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum JsonEditCode implements DiagnosticCode {
  NOT_PARSEABLE(
      "EDIT-001",
      Severity.ERROR,
      "The file does not parse as JSON (comments and trailing commas aside) or is not UTF-8; it is"
          + " never rewritten."),
  NOT_AN_OBJECT(
      "EDIT-002",
      Severity.ERROR,
      "A key on the edited member's path names something that is not an object (or the document is"
          + " not an object)."),
  DUPLICATE_KEY(
      "EDIT-003",
      Severity.ERROR,
      "The member to remove appears twice in its object; removing one would reveal the other."),
  NOT_VERIFIED(
      "EDIT-004",
      Severity.ERROR,
      "The edited text did not read back as the intended document; nothing was written."),
  STALE(
      "EDIT-005",
      Severity.ERROR,
      "The file changed on disk after it was read; nothing was written (run the command again).");

  private final CodeInfo info;

  JsonEditCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
