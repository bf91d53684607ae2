package io.kiro4j.core.internal.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.mcp.ModelToolNames;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.ReasonCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The permission side of one MCP server's configuration: {@code autoApprove} (tool names, or {@code
 * "*"} for every tool) and {@code disabledTools} (docs L1773–1812, L2460–2520).
 *
 * <pre>{@code
 * McpToolPolicy git = new McpToolPolicy("git", List.of("git_status"), List.of("git_push"), origin);
 * git.evaluate("git_push", allowedTools, false);   // Deny: the tool is disabled, so it is not available
 * }</pre>
 *
 * <p>A disabled tool does not exist for the agent: calling it is denied. Otherwise a match in the
 * agent's {@code allowedTools} ({@code @server}, {@code @server/tool}, patterns) or the session's
 * trust allows; an {@code autoApprove} entry naming the tool, or {@code "*"}, allows; anything else
 * asks. The caller passes tool names as the server reports them.
 *
 * <p>How an entry names a tool ({@link EntryForm}): the documented form is the server's own tool
 * name (L1772, L1800, L21447, L22427–22447) and {@code "*"}. Three other forms are translated, with
 * a {@code PERM-009} note: {@code @server/tool} (how agent configs name MCP tools), the
 * model-facing name {@code server___tool} ({@link ModelToolNames}), and the IDE's {@code
 * mcp_<server>_<tool>} (the docs' aws-docs example, L2112–2115, L2509–2514; {@code -} in names read
 * as {@code _}). An entry is still compared literally too, so a tool really named so keeps
 * matching. Patterns other than the lone {@code "*"}, {@code @other/tool} and other clients' forms
 * ({@code mcp__server__tool}) match only literally, with a {@code PERM-010} warning. {@code
 * disabledTools} entries are read the same way (a wider disable is never less safe).
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin the server's entry in its {@code mcp.json} or agent file ({@code /mcpServers/name})
 */
public record McpToolPolicy(
    String server, List<String> autoApprove, List<String> disabledTools, RuleOrigin origin) {

  /** How an {@code autoApprove} / {@code disabledTools} entry names a tool. */
  public enum EntryForm {
    /** {@code "*"}: every tool (autoApprove, L1800). */
    ALL,
    /** The server's tool name, as documented. */
    TOOL_NAME,
    /** {@code @server/tool} of this server: translated. */
    QUALIFIED,
    /** The model-facing {@code server___tool}: translated. */
    MODEL_NAME,
    /** The IDE's {@code mcp_<server>_<tool>}: translated. */
    IDE_NAME,
    /** Anything else (a pattern, another server, another client's form): literal only. */
    UNKNOWN
  }

  /** The characters of an MCP tool name (MCP 2025-11-25 tool-name guidance). */
  private static final Pattern TOOL_NAME_CHARS = Pattern.compile("[A-Za-z0-9_.\\-/]{1,128}");

  public McpToolPolicy {
    Objects.requireNonNull(server, "server");
    autoApprove = List.copyOf(autoApprove);
    disabledTools = List.copyOf(disabledTools);
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * The policy of an effective server ({@code McpConfig}), its origin naming {@code source} (how
   * the caller displays {@link McpServer#file()}) and the entry's JSON pointer.
   */
  public static McpToolPolicy of(McpServer server, String source) {
    return new McpToolPolicy(
        server.name(),
        server.config().autoApprove(),
        server.config().disabledTools(),
        new RuleOrigin(source, server.pointer()));
  }

  /** How {@code entry}, written for {@code server}, names a tool. */
  public static EntryForm form(String server, String entry) {
    if (entry.equals("*")) {
      return EntryForm.ALL;
    }
    if (entry.startsWith("@")) {
      String prefix = "@" + server + "/";
      return entry.startsWith(prefix) && entry.length() > prefix.length()
          ? EntryForm.QUALIFIED
          : EntryForm.UNKNOWN;
    }
    String ide = "mcp_" + ideName(server) + "_";
    if (entry.startsWith(ide) && entry.length() > ide.length()) {
      return EntryForm.IDE_NAME;
    }
    String model = modelPrefix(server);
    if (entry.startsWith(model) && entry.length() > model.length()) {
      return EntryForm.MODEL_NAME;
    }
    if (entry.startsWith("mcp__")
        || entry.indexOf('*') >= 0
        || entry.indexOf('?') >= 0
        || !TOOL_NAME_CHARS.matcher(entry).matches()) {
      return EntryForm.UNKNOWN;
    }
    return EntryForm.TOOL_NAME;
  }

  /**
   * {@code PERM-009} for every translated entry, {@code PERM-010} for every entry in an unknown
   * form, placed at {@code file:line:column} (the server's entry).
   */
  public List<Diagnostic> diagnostics(Path file, int line, int column) {
    Diagnostics diags = new Diagnostics();
    check("autoApprove", autoApprove, file, line, column, diags);
    check("disabledTools", disabledTools, file, line, column, diags);
    return diags.toList();
  }

  private void check(
      String field, List<String> entries, Path file, int line, int column, Diagnostics diags) {
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      String at = origin.field(field).element(i).pointer() + ": '" + entry + "'";
      switch (form(server, entry)) {
        case QUALIFIED:
        case MODEL_NAME:
        case IDE_NAME:
          diags.add(
              PermissionCode.TRANSLATED_MCP_TOOL_ENTRY,
              file,
              line,
              column,
              at
                  + " is not the server's tool name; read as "
                  + label(form(server, entry))
                  + " of a tool of '"
                  + server
                  + "' (and literally)");
          break;
        case UNKNOWN:
          diags.add(
              PermissionCode.UNKNOWN_MCP_TOOL_ENTRY,
              file,
              line,
              column,
              at
                  + " is not a tool name of '"
                  + server
                  + "' in a known form (patterns other than \"*\", other servers and other"
                  + " clients' names are not supported); it matches only a tool named exactly so");
          break;
        default:
          break;
      }
    }
  }

  private static String label(EntryForm form) {
    switch (form) {
      case QUALIFIED:
        return "the @server/tool name";
      case MODEL_NAME:
        return "the model-facing name";
      default:
        return "the IDE's mcp_<server>_<tool> name";
    }
  }

  /**
   * True when {@code entry} names {@code tool} of {@code server} in one of the accepted forms. Each
   * comparison is with the tool's full name in that form, so no classification is needed; {@code
   * modelName} is computed only for an entry that could be one.
   */
  static boolean names(String server, String entry, String tool, Supplier<String> modelName) {
    if (entry.equals(tool)) {
      return true;
    }
    if (entry.startsWith("@")) {
      return entry.length() == server.length() + tool.length() + 2
          && entry.equals("@" + server + "/" + tool);
    }
    if (entry.startsWith("mcp_") && entry.equals("mcp_" + ideName(server) + "_" + ideName(tool))) {
      return true;
    }
    return ModelToolNames.isValid(entry) && entry.equals(modelName.get());
  }

  /**
   * Decides a call of {@code tool}.
   *
   * @param allowedTools the agent's compiled {@code allowedTools}
   * @param sessionTrusted the user trusted this tool (or every tool) for the session
   */
  public PermissionDecision evaluate(
      String tool, ToolPatternIndex allowedTools, boolean sessionTrusted) {
    return evaluate(tool, allowedTools, sessionTrusted, false);
  }

  /**
   * Decides a call of {@code tool} in a session where the user may have untrusted it.
   *
   * @param allowedTools the agent's compiled {@code allowedTools}
   * @param sessionTrusted the user trusted this tool (or every tool) for the session
   * @param sessionUntrusted the user untrusted this tool ({@code /tools untrust}): neither {@code
   *     allowedTools} nor {@code autoApprove} allows it for the rest of the session
   */
  public PermissionDecision evaluate(
      String tool,
      ToolPatternIndex allowedTools,
      boolean sessionTrusted,
      boolean sessionUntrusted) {
    String[] computed = new String[1];
    Supplier<String> modelName =
        () -> computed[0] != null ? computed[0] : (computed[0] = modelName(server, tool));
    for (int i = 0; i < disabledTools.size(); i++) {
      if (names(server, disabledTools.get(i), tool, modelName)) {
        return PermissionDecision.deny(
            Reason.of(
                ReasonCode.DISABLED_TOOL,
                "@"
                    + server
                    + "/"
                    + tool
                    + " is in disabledTools ('"
                    + disabledTools.get(i)
                    + "'): it is not available",
                origin.field("disabledTools").element(i)));
      }
    }
    if (sessionUntrusted) {
      return PermissionDecision.ask(
          Reason.builtin(
              ReasonCode.SESSION_UNTRUSTED,
              "@" + server + "/" + tool + " was untrusted for this session"));
    }
    var match = allowedTools.matchMcp(server, tool);
    if (match.isPresent()) {
      return PermissionDecision.allow(
          Reason.of(
              ReasonCode.ALLOWED_TOOLS,
              "@" + server + "/" + tool + " matches allowedTools '" + match.get().entry() + "'",
              match.get().origin()));
    }
    if (sessionTrusted) {
      return PermissionDecision.allow(
          Reason.builtin(ReasonCode.SESSION_TRUST, "trusted for this session"));
    }
    for (int i = 0; i < autoApprove.size(); i++) {
      String entry = autoApprove.get(i);
      if (entry.equals("*") || names(server, entry, tool, modelName)) {
        return PermissionDecision.allow(
            Reason.of(
                ReasonCode.AUTO_APPROVE,
                "@" + server + "/" + tool + " is auto-approved ('" + entry + "')",
                origin.field("autoApprove").element(i)));
      }
    }
    return PermissionDecision.ask(
        Reason.builtin(
            ReasonCode.DEFAULT, "MCP tool @" + server + "/" + tool + " asks unless allowed"));
  }

  /**
   * The IDE's sanitised name part: every character outside {@code [A-Za-z0-9_]} becomes {@code _}.
   */
  static String ideName(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean keep =
          c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
      b.append(keep ? c : '_');
    }
    return b.toString();
  }

  /** The model-facing name of {@code @server/tool} (no alias, no collision suffix). */
  static String modelName(String server, String tool) {
    String q = "@" + server + "/" + tool;
    return ModelToolNames.assign(List.of(q), Map.of()).get(q);
  }

  /** What every model-facing name of this server's tools starts with. */
  private static String modelPrefix(String server) {
    String probe = modelName(server, "x");
    return probe.endsWith("___x") ? probe.substring(0, probe.length() - 1) : server + "___";
  }
}
