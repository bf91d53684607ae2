package io.kiro4j.core.edit;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Why a typed configuration edit was refused or warned about ({@code CONF-xxx}). Listed in {@code
 * docs/diagnostics.md}. A refusal leaves the file untouched.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum ConfigEditCode implements DiagnosticCode {
  SERVER_EXISTS(
      "CONF-001",
      Severity.ERROR,
      "An MCP server of that name is already in the file; replace it only when asked (--force)."),
  NO_SUCH_SERVER("CONF-002", Severity.ERROR, "No MCP server of that name is in the file."),
  INVALID_SERVER(
      "CONF-003",
      Severity.ERROR,
      "The server entry would be invalid: its command cannot be split into words, or it has"
          + " neither a command nor a url (the MCP-xxx diagnostics say what else)."),
  AGENT_EXISTS("CONF-004", Severity.ERROR, "An agent file of that name already exists."),
  NO_SUCH_AGENT("CONF-005", Severity.ERROR, "No agent of that name is in the scope's folder."),
  INVALID_AGENT(
      "CONF-006",
      Severity.ERROR,
      "The agent config would be invalid (the AGENT-xxx and SCHEMA-xxx diagnostics say why), or"
          + " its name is not a plain file name."),
  NO_SUCH_HOOK("CONF-007", Severity.ERROR, "No hook file of that name is in .kiro/hooks."),
  UNKNOWN_SETTING(
      "CONF-008",
      Severity.WARNING,
      "A setting key Kiro's documentation does not list; written as given (a string unless the"
          + " value is JSON)."),
  SETTING_TYPE(
      "CONF-009",
      Severity.ERROR,
      "A value of the wrong type for a documented setting (boolean, number, string or list)."),
  NOTHING_TO_IMPORT(
      "CONF-010", Severity.ERROR, "The file to import has no `mcpServers` (or `servers`) object."),
  CANNOT_WRITE(
      "CONF-011", Severity.ERROR, "The file could not be read or written (I/O error); untouched.");

  private final CodeInfo info;

  ConfigEditCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
