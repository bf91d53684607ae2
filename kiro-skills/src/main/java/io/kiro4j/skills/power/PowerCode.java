package io.kiro4j.skills.power;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes for problems with a power ({@code POWER.md}, its {@code mcp.json} and {@code steering/}).
 *
 * <p>Immutable and thread-safe.
 */
public enum PowerCode implements DiagnosticCode {
  NO_FRONT_MATTER(
      "POWER-001",
      Severity.ERROR,
      "POWER.md has no front matter; Kiro reads name, description and keywords from it (docs"
          + " L1410-1424)."),
  MISSING_FIELD("POWER-002", Severity.ERROR, "POWER.md front matter lacks name or description."),
  INVALID_FIELD(
      "POWER-003",
      Severity.ERROR,
      "A POWER.md field has the wrong type (keywords must be a list of strings, the others"
          + " strings)."),
  NO_KEYWORDS(
      "POWER-004",
      Severity.WARNING,
      "The power has no keywords, so it never activates from a prompt (docs L1412-1424)."),
  UNKNOWN_FIELD(
      "POWER-005",
      Severity.WARNING,
      "POWER.md front matter has a field Kiro does not document (name, displayName, description,"
          + " keywords, author, version)."),
  INVALID_MCP("POWER-006", Severity.ERROR, "The power's mcp.json has no mcpServers object."),
  SHADOWED(
      "POWER-007",
      Severity.INFO,
      "An installed power is overridden by another of the same name (workspace over global).");

  private final CodeInfo info;

  PowerCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
