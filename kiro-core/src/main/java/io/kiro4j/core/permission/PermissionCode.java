package io.kiro4j.core.permission;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of permission rules ({@code PERM-}).
 *
 * <p>Immutable and thread-safe.
 */
public enum PermissionCode implements DiagnosticCode {
  INVALID_DENY_REGEX(
      "PERM-001",
      Severity.ERROR,
      "A deniedCommands / blocked regex does not compile: it denies every command, as Kiro does."),
  INVALID_ALLOW_REGEX(
      "PERM-002",
      Severity.WARNING,
      "An allowedCommands / trusted regex does not compile (look-around, back-references ...): it is ignored."),
  BARE_STAR_TOOL(
      "PERM-003",
      Severity.WARNING,
      "allowedTools entry \"*\": the docs say it is not supported; kiro4j ignores it (use @builtin)."),
  INVALID_TOOL_GLOB(
      "PERM-004",
      Severity.WARNING,
      "An allowedTools pattern is not a valid glob: it matches only the identical tool name."),
  UNSET_PATH_VARIABLE(
      "PERM-005",
      Severity.WARNING,
      "A path rule uses an unset variable: it is kept as written and matches only that literal path."),
  INVALID_PATH_GLOB(
      "PERM-006",
      Severity.WARNING,
      "A path rule is not a valid glob: an allowed path is ignored, a denied path denies its literal prefix."),
  REGEX_ALTERNATION_ANCHORING(
      "PERM-007",
      Severity.INFO,
      "A command regex has a top-level '|': Kiro anchors only its first and last branch; a deny rule"
          + " keeps Kiro's wider reading, an allow rule the anchored one."),
  BAD_SETTING_VALUE(
      "PERM-008",
      Severity.WARNING,
      "A terminal trust setting is not a list of strings: the bad entries are ignored."),
  TRANSLATED_MCP_TOOL_ENTRY(
      "PERM-009",
      Severity.INFO,
      "An MCP autoApprove / disabledTools entry names the tool as @server/tool, by its model-facing"
          + " name or as the IDE's mcp_<server>_<tool>: read as that tool (and literally)."),
  UNKNOWN_MCP_TOOL_ENTRY(
      "PERM-010",
      Severity.WARNING,
      "An MCP autoApprove / disabledTools entry is in no known form (a pattern other than \"*\","
          + " another server's @server/tool, another client's mcp__server__tool): it matches only a"
          + " tool named exactly so.");

  private final CodeInfo info;

  PermissionCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
