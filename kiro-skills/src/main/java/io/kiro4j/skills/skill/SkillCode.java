package io.kiro4j.skills.skill;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes for problems with a skill ({@code SKILL.md} and its folder). {@code SKILL-001} to {@code
 * SKILL-018} are the reference validator's ({@code skills-ref}) checks, each diagnostic carrying
 * its exact message; the others are kiro4j's.
 *
 * <p>Immutable and thread-safe.
 */
public enum SkillCode implements DiagnosticCode {
  MISSING_PATH("SKILL-001", Severity.ERROR, "The skill path does not exist or is not a folder."),
  MISSING_SKILL_MD("SKILL-002", Severity.ERROR, "The skill folder has no SKILL.md (or skill.md)."),
  NO_FRONT_MATTER("SKILL-003", Severity.ERROR, "SKILL.md does not start with a --- line."),
  UNCLOSED_FRONT_MATTER(
      "SKILL-004", Severity.ERROR, "The front matter of SKILL.md is not closed by a --- line."),
  INVALID_YAML(
      "SKILL-005",
      Severity.ERROR,
      "The front matter is not valid strict YAML (syntax, flow style, anchors, tags, duplicate"
          + " keys)."),
  NOT_A_MAPPING("SKILL-006", Severity.ERROR, "The front matter is not a YAML mapping."),
  UNEXPECTED_FIELD(
      "SKILL-007", Severity.ERROR, "The front matter has fields the specification does not allow."),
  MISSING_FIELD("SKILL-008", Severity.ERROR, "A required field (name or description) is missing."),
  NAME_NOT_STRING("SKILL-009", Severity.ERROR, "name is not a non-empty string."),
  NAME_TOO_LONG("SKILL-010", Severity.ERROR, "name is longer than 64 characters after NFKC."),
  NAME_NOT_LOWERCASE("SKILL-011", Severity.ERROR, "name is not lowercase."),
  NAME_EDGE_HYPHEN("SKILL-012", Severity.ERROR, "name starts or ends with a hyphen."),
  NAME_DOUBLE_HYPHEN("SKILL-013", Severity.ERROR, "name contains consecutive hyphens."),
  NAME_INVALID_CHARACTERS(
      "SKILL-014", Severity.ERROR, "name has characters other than letters, digits and hyphens."),
  NAME_DIRECTORY_MISMATCH(
      "SKILL-015", Severity.ERROR, "name does not match the skill folder's name (after NFKC)."),
  DESCRIPTION_NOT_STRING("SKILL-016", Severity.ERROR, "description is not a non-empty string."),
  DESCRIPTION_TOO_LONG("SKILL-017", Severity.ERROR, "description is longer than 1024 characters."),
  COMPATIBILITY_INVALID(
      "SKILL-018",
      Severity.ERROR,
      "compatibility is not a string or is longer than 500 characters."),
  UNREADABLE("SKILL-019", Severity.ERROR, "SKILL.md could not be read (I/O error or not UTF-8)."),
  NAME_NOT_KIRO(
      "SKILL-020",
      Severity.ERROR,
      "kiro profile: name uses characters other than lowercase ASCII letters, digits and hyphens"
          + " (docs L1347)."),
  ALLOWED_TOOLS_INVALID(
      "SKILL-021",
      Severity.ERROR,
      "allowed-tools given as a list (lenient option) has an item that is not a string."),
  SHADOWED(
      "SKILL-022",
      Severity.INFO,
      "A skill is overridden by a workspace skill of the same name (docs L1301: workspace wins"
          + " over global; among roots the last one defining it wins)."),
  RESOURCE_UNRESOLVED(
      "SKILL-023",
      Severity.WARNING,
      "An agent skill:// resource names no SKILL.md (missing path, or a glob matching nothing)."),
  FOREIGN_FIELD(
      "SKILL-024",
      Severity.INFO,
      "kiro profile: a front matter field of another tool's skills (Claude Code's argument-hint,"
          + " disable-model-invocation, ...) that Kiro ignores; in place of SKILL-007."),
  UNKNOWN_FIELD(
      "SKILL-025",
      Severity.WARNING,
      "kiro profile: a front matter field no specification defines; Kiro ignores it (put it under"
          + " metadata); in place of SKILL-007."),
  LENIENT_YAML(
      "SKILL-026",
      Severity.INFO,
      "kiro profile: front matter YAML that the reference rejects but Kiro reads (flow style,"
          + " anchors, tags); in place of SKILL-005."),
  NOT_A_SKILL(
      "SKILL-027",
      Severity.WARNING,
      "An agent skill:// resource resolves to a file without skill front matter (name and"
          + " description, docs L6241): Kiro cannot load it as a skill."),
  SKILL_MD_MISPLACED(
      "SKILL-028",
      Severity.WARNING,
      "A folder under skills/ meant as a skill is never read: its SKILL.md is spelled in another"
          + " letter case (Skill.md, read only on case-insensitive file systems) or lies one level"
          + " deeper; Kiro reads skills/<name>/SKILL.md (docs L1315)."),
  NOT_A_SKILL_FOLDER(
      "SKILL-029",
      Severity.INFO,
      "A folder under skills/ has no SKILL.md: Kiro does not read it as a skill (shared"
          + " references, a category folder; docs L1315).");

  private final CodeInfo info;

  SkillCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
