package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of agent configs. Listed in {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 */
public enum AgentCode implements DiagnosticCode {
  PROMPT_FILE_MISSING(
      "AGENT-001",
      Severity.ERROR,
      "A `file://` prompt names a file that does not exist or cannot be read (Kiro refuses the agent)."),
  NAME_DIFFERS_FROM_FILE(
      "AGENT-002",
      Severity.WARNING,
      "The `name` field differs from the file name; lookup uses `name` (docs L5920, L6506)."),
  WORKSPACE_OVERRIDES_GLOBAL(
      "AGENT-003",
      Severity.WARNING,
      "A workspace agent has the same name as a global agent; the workspace one is used (L6564)."),
  DUPLICATE_NAME(
      "AGENT-004",
      Severity.WARNING,
      "Two agents of the same format (JSON, or Markdown) in the same scope share a name; the first"
          + " (by root, then file name) is used."),
  UNKNOWN_TOOL(
      "AGENT-005",
      Severity.WARNING,
      "A tool reference names no built-in tool (and is not `*`, `@builtin` or `@server[/tool]`)."),
  WILDCARD_IN_ALLOWED_TOOLS(
      "AGENT-006",
      Severity.WARNING,
      "`allowedTools` does not support the bare `*` wildcard (L6176); the entry is ignored."),
  BAD_KEYBOARD_SHORTCUT(
      "AGENT-007",
      Severity.WARNING,
      "`keyboardShortcut` is not `[ctrl+][shift+]key` with a key a-z or 0-9 (L6396-6406)."),
  SHORTCUT_CONFLICT(
      "AGENT-008",
      Severity.WARNING,
      "Several agents declare the same keyboard shortcut; it is disabled for all of them (L6425)."),
  BAD_TOOL_SETTING(
      "AGENT-009",
      Severity.ERROR,
      "A `toolsSettings` option of a built-in tool has the wrong type (for example a string where a"
          + " list of strings is expected); the option is ignored."),
  UNKNOWN_TOOL_SETTING(
      "AGENT-010",
      Severity.WARNING,
      "A `toolsSettings` key names no built-in tool, or an option the tool does not document."),
  BOTH_MCP_JSON_SWITCHES(
      "AGENT-011",
      Severity.INFO,
      "Both `includeMcpJson` and the legacy `useLegacyMcpJson` are set; `includeMcpJson` decides."),
  DEFAULT_AGENT_MISSING(
      "AGENT-012",
      Severity.WARNING,
      "The setting `chat.defaultAgent` names no agent; the built-in default agent is used."),
  ALIAS_COLLISION(
      "AGENT-013",
      Severity.WARNING,
      "A `toolAliases` value is used twice or equals a built-in tool name."),
  MATCHER_IGNORED(
      "AGENT-014",
      Severity.WARNING,
      "A hook `matcher` on a trigger other than preToolUse/postToolUse has no effect."),
  ALLOWED_OVERRIDES_SETTINGS(
      "AGENT-015",
      Severity.INFO,
      "A tool in `allowedTools` also has allow-settings in `toolsSettings`; they no longer restrict"
          + " it (L6181)."),
  UNKNOWN_FRONT_MATTER_KEY(
      "AGENT-016",
      Severity.WARNING,
      "A Markdown agent's front matter has a key Kiro does not define; ignored."),
  RESOURCE_NOT_FOUND(
      "AGENT-017",
      Severity.WARNING,
      "A `file://` resource matches no file (Kiro skips it silently)."),
  RESOURCE_UNRESOLVED(
      "AGENT-018",
      Severity.INFO,
      "No resolver handles the resource's URI scheme (for example `skill://` without kiro-skills);"
          + " the resource is listed unresolved."),
  UNKNOWN_MCP_SERVER(
      "AGENT-019",
      Severity.WARNING,
      "A tool reference `@server[/tool]` in `tools` or `allowedTools` names a server the agent"
          + " does not have."),
  BAD_CLI_SETTINGS(
      "AGENT-020",
      Severity.WARNING,
      "`~/.kiro/settings/cli.json` cannot be read as JSON or `chat.defaultAgent` is not a string."),
  RESOURCE_OUTSIDE_WORKSPACE(
      "AGENT-021",
      Severity.ERROR,
      "A `file://` resource file lies outside every workspace root (through a symlink, `..`, `~`"
          + " or an absolute path; for a global agent through a relative path only); not loaded."),
  RESOURCE_IGNORED(
      "AGENT-022",
      Severity.WARNING,
      "A `file://` resource file is (or leads to) a file excluded by .kiroignore; not loaded."),
  MARKDOWN_WITHOUT_FRONT_MATTER(
      "AGENT-023",
      Severity.INFO,
      "Markdown files without front matter in an agents folder (prompt files, notes) are not"
          + " agents; said once per folder, at the first such file."),
  NEWER_KEY(
      "AGENT-024",
      Severity.INFO,
      "A key Kiro 3.0 added after the docs snapshot (`permissions`, `excludedTools`, and"
          + " `includePowers` in a JSON agent): accepted, not applied by kiro4j; kiro-cli 2.x refuses"
          + " the agent."),
  PROMPT_OUTSIDE_WORKSPACE(
      "AGENT-025",
      Severity.ERROR,
      "A workspace agent's `file://` prompt leads outside its workspace root (through `~`, an"
          + " absolute path, `..` or a symlink); not loaded.");

  private final CodeInfo info;

  AgentCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
