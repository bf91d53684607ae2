package io.kiro4j.core.permission;

import java.util.List;
import java.util.Objects;

/**
 * The permission side of one MCP server's configuration: {@code autoApprove} (tool names, or {@code
 * "*"} for every tool) and {@code disabledTools} (docs L1773–1812, L2460–2520).
 *
 * <pre>{@code
 * McpToolPolicy git = new McpToolPolicy("git", List.of("git_status"), List.of("git_push"), origin);
 * git.evaluate("git_push", Optional.empty());   // Deny: the tool is disabled, so it is not available
 * }</pre>
 *
 * <p>A disabled tool does not exist for the agent: calling it is denied. Otherwise a match in the
 * agent's {@code allowedTools} ({@code @server}, {@code @server/tool}, patterns) or the session's
 * trust allows; an {@code autoApprove} entry equal to the tool name, or {@code "*"}, allows;
 * anything else asks. The caller passes tool names as the server reports them (not the {@code
 * mcp_server_tool} model names; translate those with the MCP config model first).
 *
 * @param origin the server's entry in its {@code mcp.json} or agent file
 */
public record McpToolPolicy(
    String server, List<String> autoApprove, List<String> disabledTools, RuleOrigin origin) {

  public McpToolPolicy {
    Objects.requireNonNull(server, "server");
    autoApprove = List.copyOf(autoApprove);
    disabledTools = List.copyOf(disabledTools);
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * Decides a call of {@code tool}.
   *
   * @param allowedTools the agent's compiled {@code allowedTools}
   * @param sessionTrusted the user trusted this tool (or every tool) for the session
   */
  public PermissionDecision evaluate(
      String tool, ToolPatternIndex allowedTools, boolean sessionTrusted) {
    int disabled = disabledTools.indexOf(tool);
    if (disabled >= 0) {
      return PermissionDecision.deny(
          Reason.of(
              "DISABLED_TOOL",
              "@" + server + "/" + tool + " is in disabledTools: it is not available",
              origin.field("disabledTools").element(disabled)));
    }
    var match = allowedTools.matchMcp(server, tool);
    if (match.isPresent()) {
      return PermissionDecision.allow(
          Reason.of(
              "ALLOWED_TOOLS",
              "@" + server + "/" + tool + " matches allowedTools '" + match.get().entry() + "'",
              match.get().origin()));
    }
    if (sessionTrusted) {
      return PermissionDecision.allow(Reason.builtin("SESSION_TRUST", "trusted for this session"));
    }
    for (int i = 0; i < autoApprove.size(); i++) {
      String entry = autoApprove.get(i);
      if (entry.equals(tool) || entry.equals("*")) {
        return PermissionDecision.allow(
            Reason.of(
                "AUTO_APPROVE",
                "@" + server + "/" + tool + " is auto-approved ('" + entry + "')",
                origin.field("autoApprove").element(i)));
      }
    }
    return PermissionDecision.ask(
        Reason.builtin(
            Reason.DEFAULT, "MCP tool @" + server + "/" + tool + " asks unless allowed"));
  }
}
