package io.kiro4j.core.workspace;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes for Kiro files in places Kiro never reads ({@link KiroLayout}). Listed in {@code
 * docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 */
public enum LayoutCode implements DiagnosticCode {
  MISPLACED_MCP_JSON(
      "LAYOUT-001",
      Severity.WARNING,
      "A `.kiro/mcp.json`: Kiro reads MCP servers only from `.kiro/settings/mcp.json` (docs"
          + " L1814-1822); this file is never read."),
  MISPLACED_STEERING(
      "LAYOUT-002",
      Severity.WARNING,
      "A steering file directly in `.kiro/` (named steering, product, tech or structure, or with an"
          + " `inclusion` key) or an AGENTS.md there: Kiro reads steering only from"
          + " `.kiro/steering/` and AGENTS.md from the workspace root; never read."),
  MISPLACED_SKILL(
      "LAYOUT-003",
      Severity.WARNING,
      "A skill file directly in `.kiro/skills/` (`<name>.md` with name and description): Kiro reads"
          + " `.kiro/skills/<name>/SKILL.md`; never read."),
  MISNAMED_FOLDER(
      "LAYOUT-004",
      Severity.WARNING,
      "A folder of `.kiro/` named like a Kiro folder but not spelled as Kiro reads it (`hook`,"
          + " `agent`, `skill`, `spec`, `setting`, `power`, `steerings`); its files are never read."),
  AMAZONQ_SHADOWED(
      "LAYOUT-005",
      Severity.INFO,
      "A project with both `.kiro` and `.amazonq`: Kiro CLI reads only `.kiro` (docs L10922,"
          + " L10959), so nothing in `.amazonq` is used; `kiro4j migrate` shows what it would copy."),
  AMAZONQ_READ(
      "LAYOUT-006",
      Severity.INFO,
      "A file of the Amazon Q Developer CLI's `.amazonq` folder read as Kiro CLI reads it (docs"
          + " L10920, L10934-10944); the Kiro IDE does not read it. `kiro4j migrate` copies it into"
          + " `.kiro`.");

  private final CodeInfo info;

  LayoutCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
