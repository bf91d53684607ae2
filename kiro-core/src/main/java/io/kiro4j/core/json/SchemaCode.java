package io.kiro4j.core.json;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes for JSON Schema violations ({@code SCHEMA-xxx}), one per family of schema keywords. The
 * message of each diagnostic names the JSON pointer of the offending node and ends with the schema
 * keyword that failed, in parentheses, for example {@code /hooks/0/command: expected string but
 * found integer (type)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum SchemaCode implements DiagnosticCode {
  TYPE_MISMATCH("SCHEMA-001", Severity.ERROR, "A value has the wrong JSON type (keyword type)."),
  UNKNOWN_KEY(
      "SCHEMA-002",
      Severity.ERROR,
      "A key is not allowed here (additionalProperties, unevaluatedProperties, propertyNames, a"
          + " false property schema); reported at the key."),
  MISSING_KEY(
      "SCHEMA-003",
      Severity.ERROR,
      "A required key is missing (required, dependentRequired); reported at the object."),
  VALUE_NOT_ALLOWED(
      "SCHEMA-004", Severity.ERROR, "A value is not one of the allowed values (enum, const)."),
  CONSTRAINT_VIOLATED(
      "SCHEMA-005",
      Severity.ERROR,
      "A value breaks a constraint on its content (pattern, format, length, range, item or"
          + " property counts, uniqueItems, contains)."),
  NO_MATCHING_ALTERNATIVE(
      "SCHEMA-006",
      Severity.ERROR,
      "A value does not match the combination of schemas it must satisfy (oneOf, anyOf, allOf,"
          + " not, if/then/else) or another keyword."),
  TOO_COMPLEX(
      "SCHEMA-007",
      Severity.ERROR,
      "Validation stopped because the document needed too many evaluation steps.");

  private final CodeInfo info;

  SchemaCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
