package io.kiro4j.core.json;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes for problems found while reading JSON text ({@code JSON-xxx}).
 *
 * <p>{@link #COMMENT} and {@link #TRAILING_COMMA} are errors in {@link JsonSyntax#STRICT} mode
 * (Kiro CLI rejects such files) and are reported as warnings in {@link JsonSyntax#LENIENT} mode,
 * where the document is read anyway.
 *
 * <p>Immutable and thread-safe.
 */
public enum JsonCode implements DiagnosticCode {
  SYNTAX_ERROR("JSON-001", Severity.ERROR, "The text is not valid JSON."),
  COMMENT(
      "JSON-002",
      Severity.ERROR,
      "A // or /* */ comment, which JSON does not allow (a warning in lenient mode)."),
  TRAILING_COMMA(
      "JSON-003",
      Severity.ERROR,
      "A comma after the last element of an array or object (a warning in lenient mode)."),
  DUPLICATE_KEY(
      "JSON-004",
      Severity.WARNING,
      "A key appears twice in the same object; the later value wins."),
  EMPTY_DOCUMENT(
      "JSON-005", Severity.ERROR, "The file is empty or holds only whitespace (and comments)."),
  DOCUMENT_TOO_LONG(
      "JSON-006", Severity.ERROR, "The document is longer than the configured maximum length."),
  NESTING_TOO_DEEP(
      "JSON-007",
      Severity.ERROR,
      "Arrays and objects are nested deeper than the configured maximum depth."),
  VALUE_TOO_LONG(
      "JSON-008",
      Severity.ERROR,
      "A string, number or key is longer than the parser's built-in limit.");

  private final CodeInfo info;

  JsonCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
