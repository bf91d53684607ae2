package io.kiro4j.core.mcp;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes of MCP server configuration. Listed in {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 */
public enum McpCode implements DiagnosticCode {
  BOTH_COMMAND_AND_URL(
      "MCP-001",
      Severity.ERROR,
      "A server entry has both `command` and `url`: it is neither clearly local nor remote."),
  NEITHER_COMMAND_NOR_URL(
      "MCP-002",
      Severity.ERROR,
      "An effective server entry (after merging layers) has neither `command` nor `url`."),
  UNKNOWN_KEY(
      "MCP-003",
      Severity.WARNING,
      "A server entry or an mcp.json file has a key Kiro does not define; kept and ignored."),
  INSECURE_URL(
      "MCP-004",
      Severity.ERROR,
      "A remote server `url` is not https (http is allowed only for localhost, 127.0.0.1 and [::1],"
          + " L1796)."),
  NO_SERVERS_KEY(
      "MCP-005",
      Severity.WARNING,
      "An mcp.json file has no `mcpServers` object; it contributes no servers."),
  OVERRIDDEN(
      "MCP-006",
      Severity.INFO,
      "A server entry is replaced as a whole by a same-named entry of a higher layer (or a later"
          + " root)."),
  REMOTE_ENV(
      "MCP-007",
      Severity.INFO,
      "A remote server has `env`; it has no process to receive it (kept, ignored)."),
  DESCRIPTIVE_KEY(
      "MCP-008",
      Severity.INFO,
      "A server entry key other MCP clients write that does not change how Kiro runs the server"
          + " (`description`, `name`, `title`, `transport`, `transportType`), or a note for readers"
          + " anywhere (`_comment`, any key starting with `_` or `//`, `$comment`); ignored."),
  OAUTH_ON_LOCAL_SERVER(
      "MCP-009",
      Severity.WARNING,
      "A local (`command`) server entry has `oauth` or `oauthScopes`: MCP authorization applies"
          + " only to remote servers (stdio servers take credentials from `env`); ignored."),
  INVALID_OAUTH(
      "MCP-010",
      Severity.ERROR,
      "An `oauth` value the client cannot use: a `redirectUri` that is not an http loopback address"
          + " with a port (127.0.0.1, localhost, [::1]), or a scope that is blank or contains"
          + " whitespace."),
  INVALID_INSTALL_LINK(
      "MCP-020",
      Severity.ERROR,
      "Not a usable Kiro MCP install link (docs L2231-2246): not"
          + " `https://kiro.dev/launch/mcp/add`, `name` or `config` missing or given twice, a bad"
          + " percent-escape, or a `config` that is not one JSON object; nothing is installed.");

  private final CodeInfo info;

  McpCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
