package io.kiro4j.core.permission;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentConfig;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.agent.ToolName;
import io.kiro4j.core.agent.ToolsSettings;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.path.CaseSensitivity;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One agent's permissions, compiled once (agent config + workspace + working directory + session
 * trust) and reused across threads: {@code evaluate(tool, input)} returns Allow, Ask or Deny.
 *
 * <pre>{@code
 * Agent dev = AgentSet.of(ws).find("dev").orElseThrow();
 * PermissionEngine engine = PermissionEngine.of(dev, ws, ws.primaryRoot().path(), SessionTrust.none());
 * engine.evaluate("shell", input);   // input: {"command": "cd x && git push --force"}
 * }</pre>
 *
 * <p>Order: a tool not in the agent's {@code tools} does not exist (Deny {@code UNAVAILABLE_TOOL});
 * then the tool's policy decides, with "trusted" meaning the tool matches {@code allowedTools}
 * (under any of its names: canonical, alias or {@code @builtin/...}) or the session trusts it. A
 * deny rule always wins. Defaults (docs L3898–3902, L18969, L11233): read, grep and glob allowed
 * inside the working directory, else ask; report, introspect, thinking and todo allowed; shell,
 * write, aws, web_fetch, knowledge, the others and MCP tools ask. MCP tools' {@code autoApprove}
 * and {@code disabledTools} come from the agent's effective MCP configuration ({@link
 * io.kiro4j.core.mcp.McpConfig#of(Workspace, Agent)}); a tool of a server missing there or disabled
 * does not exist. Path rules compare letter case as {@link PermissionOptions} says. Immutable and
 * thread-safe; a new session trust needs {@link #withSessionTrust}.
 */
public final class PermissionEngine {

  private final Agent agent;
  private final Workspace workspace;
  private final Path cwd;
  private final SessionTrust trust;
  private final PermissionOptions options;
  private final boolean ignoreCase;
  private final String source;
  private final ToolPatternIndex allowed;
  private final List<ToolName> tools;
  private final PathPolicy read;
  private final PathPolicy write;
  private final PathPolicy grep;
  private final PathPolicy glob;
  private final ShellPolicy shell;
  private final AwsPolicy aws;
  private final UrlPolicy web;
  private final SubagentPolicy subagent;
  private final boolean subagentSettings;
  private final Map<String, McpServer> mcpServers;
  private final Map<String, McpToolPolicy> mcpPolicies;
  private final List<Diagnostic> diagnostics;

  private PermissionEngine(
      Agent agent, Workspace ws, Path cwd, SessionTrust trust, PermissionOptions options) {
    this.agent = agent;
    this.workspace = ws;
    this.cwd = cwd;
    this.trust = trust;
    this.options = options;
    this.ignoreCase =
        options.caseSensitivity() == CaseSensitivity.AUTO
            ? ws.view(ProbedCase.class, ProbedCase::of).ignoresCase()
            : options.caseSensitivity().ignoresCase(ws.primaryRoot().path());
    AgentConfig config = agent.config();
    this.source = agent.path().map(p -> ws.displayPath(p).toString()).orElse(agent.name());
    this.allowed =
        ToolPatternIndex.compile(config.allowedTools(), new RuleOrigin(source, "/allowedTools"));
    this.tools = config.toolNames();
    ToolsSettings s = config.toolsSettings();
    this.read = paths(s.read(), "read", true);
    this.write = paths(s.write(), "write", false);
    this.grep = paths(s.grep(), "grep", true);
    this.glob = paths(s.glob(), "glob", true);
    this.shell =
        s.shell()
            .map(
                sh ->
                    ShellPolicy.builder(new RuleOrigin(source, sh.pointer()))
                        .allowedCommands(sh.allowedCommands())
                        .deniedCommands(sh.deniedCommands())
                        .autoAllowReadonly(sh.autoAllowReadonly())
                        .denyByDefault(sh.denyByDefault())
                        .build())
            .orElse(ShellPolicy.none());
    this.aws =
        s.aws()
            .map(
                a ->
                    new AwsPolicy(
                        a.allowedServices(),
                        a.deniedServices(),
                        a.autoAllowReadonly(),
                        new RuleOrigin(source, a.pointer())))
            .orElse(AwsPolicy.none());
    this.web =
        s.webFetch()
            .map(
                w ->
                    UrlPolicy.compile(
                        w.trusted(), w.blocked(), new RuleOrigin(source, w.pointer())))
            .orElse(UrlPolicy.none());
    this.subagent =
        s.subagent()
            .map(
                a ->
                    SubagentPolicy.compile(
                        a.availableAgents().isEmpty()
                            ? Optional.empty()
                            : Optional.of(a.availableAgents()),
                        a.trustedAgents(),
                        new RuleOrigin(source, a.pointer())))
            .orElse(
                SubagentPolicy.compile(Optional.empty(), List.of(), new RuleOrigin(source, "")));
    this.subagentSettings = s.subagent().isPresent();
    List<Diagnostic> d = new ArrayList<>();
    // A bare "*" is already the agent config's AGENT-006: one problem, one code.
    allowed.diagnostics().stream()
        .filter(x -> !x.code().equals(PermissionCode.BARE_STAR_TOOL.id()))
        .forEach(d::add);
    for (PathPolicy p : List.of(read, write, grep, glob)) {
      d.addAll(p.diagnostics());
    }
    d.addAll(shell.diagnostics());
    d.addAll(web.diagnostics());
    d.addAll(subagent.diagnostics());
    List<Diagnostic> located = new ArrayList<>();
    d.forEach(x -> located.add(locate(x)));
    // The effective MCP servers (agent > workspace > user mcp.json, includeMcpJson), merged once
    // by McpConfig and cached on the workspace: autoApprove / disabledTools come from the winning
    // entry, whatever file holds it.
    Map<String, McpServer> servers = new LinkedHashMap<>();
    Map<String, McpToolPolicy> policies = new LinkedHashMap<>();
    for (McpServer server : McpConfig.of(ws, agent).servers()) {
      servers.put(server.name(), server);
      McpToolPolicy policy = McpToolPolicy.of(server, ws.displayPath(server.file()).path());
      policies.put(server.name(), policy);
      if (!server.disabled()) {
        located.addAll(policy.diagnostics(server.file(), server.line(), server.column()));
      }
    }
    this.mcpServers = Map.copyOf(servers);
    this.mcpPolicies = Map.copyOf(policies);
    this.diagnostics = List.copyOf(located);
  }

  /**
   * The policies report against the agent's display name at 1:1 with the JSON pointer first in the
   * message; in the agent file, the diagnostic goes to the pointer's line and column.
   */
  private Diagnostic locate(Diagnostic d) {
    Optional<Path> file = agent.path();
    String message = d.message();
    int colon = message.indexOf(": ");
    if (file.isEmpty() || !message.startsWith("/") || colon < 0) {
      return d;
    }
    JsonPosition at = agent.position(message.substring(0, colon));
    return new Diagnostic(d.severity(), d.code(), message, file.get(), at.line(), at.column());
  }

  private PathPolicy paths(
      Optional<ToolsSettings.PathSettings> settings, String key, boolean readLike) {
    String pointer =
        settings.map(ToolsSettings.PathSettings::pointer).orElse("/toolsSettings/" + key);
    PathPolicy.Builder b =
        PathPolicy.builder(workspace.pathExpansion(), cwd, new RuleOrigin(source, pointer))
            .workingDirectoryAllowed(readLike)
            .ignoreCase(ignoreCase)
            .canonicalPathCache(workspace.canonicalPathCache());
    settings.ifPresent(p -> b.allowedPaths(p.allowedPaths()).deniedPaths(p.deniedPaths()));
    if (readLike) {
      b.kiroIgnore(workspace);
    }
    return b.build();
  }

  /**
   * Compiles {@code agent}'s rules for calls made in {@code workingDirectory}, with {@link
   * PermissionOptions#defaults()}.
   */
  public static PermissionEngine of(
      Agent agent, Workspace workspace, Path workingDirectory, SessionTrust trust) {
    return of(agent, workspace, workingDirectory, trust, PermissionOptions.defaults());
  }

  /** Compiles {@code agent}'s rules for calls made in {@code workingDirectory}. */
  public static PermissionEngine of(
      Agent agent,
      Workspace workspace,
      Path workingDirectory,
      SessionTrust trust,
      PermissionOptions options) {
    return new PermissionEngine(
        Objects.requireNonNull(agent, "agent"),
        Objects.requireNonNull(workspace, "workspace"),
        Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath(),
        Objects.requireNonNull(trust, "trust"),
        Objects.requireNonNull(options, "options"));
  }

  /** The same rules under another session trust. */
  public PermissionEngine withSessionTrust(SessionTrust newTrust) {
    return of(agent, workspace, cwd, newTrust, options);
  }

  /** Whether path rules compare letter case ({@link PermissionOptions#caseSensitivity()}). */
  public boolean ignoresCase() {
    return ignoreCase;
  }

  /** The AUTO probe of the workspace's first root, done once per workspace. */
  private record ProbedCase(boolean ignoresCase) {
    static ProbedCase of(Workspace ws) {
      return new ProbedCase(CaseSensitivity.AUTO.ignoresCase(ws.primaryRoot().path()));
    }
  }

  /** Problems in the agent's permission rules. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Decides a call of {@code tool} (canonical name, alias or {@code @server/tool}) with {@code
   * input}.
   */
  public PermissionDecision evaluate(String tool, JsonNode input) {
    ToolName name = ToolName.parse(tool);
    if (name.kind() == ToolName.Kind.MCP_TOOL) {
      return evaluateMcp(name.server().orElseThrow(), name.tool().orElseThrow(), tool);
    }
    Optional<BuiltinTool> builtin = name.builtin();
    if (builtin.isEmpty()) {
      return PermissionDecision.deny(
          Reason.builtin(
              "UNKNOWN_TOOL", "'" + tool + "' is neither a built-in tool nor @server/tool"));
    }
    BuiltinTool b = builtin.get();
    if (!inTools(b)) {
      return PermissionDecision.deny(
          Reason.of(
              "UNAVAILABLE_TOOL",
              "'" + b.canonicalName() + "' is not in the agent's tools",
              new RuleOrigin(source, "/tools")));
    }
    Optional<Reason> trusted = trustedBuiltin(b);
    boolean t = trusted.isPresent();
    PermissionDecision d;
    switch (b) {
      case READ:
        d = read.evaluate(readPaths(input), t);
        break;
      case WRITE:
        d = write.evaluate(List.of(text(input, "path").orElse("")), t);
        break;
      case GREP:
        d = grep.evaluate(List.of(text(input, "path").orElse(".")), t);
        break;
      case GLOB:
        d = glob.evaluate(List.of(text(input, "path").orElse(".")), t);
        break;
      case SHELL:
        d = shell.evaluate(text(input, "command").orElse(""), t);
        break;
      case AWS:
        d =
            aws.evaluate(
                text(input, "service_name").orElse(""),
                text(input, "operation_name").orElse(""),
                t);
        break;
      case WEB_FETCH:
        d = web.evaluate(text(input, "url").orElse(""), t);
        break;
      case SUBAGENT:
        d = evaluateSubagent(input, t);
        break;
      case REPORT:
      case INTROSPECT:
      case THINKING:
      case TODO:
        d =
            PermissionDecision.allow(
                Reason.builtin(Reason.DEFAULT, b.canonicalName() + " is trusted by default"));
        break;
      default:
        d =
            t
                ? null
                : PermissionDecision.ask(
                    Reason.builtin(Reason.DEFAULT, b.canonicalName() + " asks by default"));
        break;
    }
    if (d == null
        || d instanceof PermissionDecision.Allow
            && t
            && d.reasons().get(0).code().equals("TRUSTED_TOOL")) {
      return PermissionDecision.allow(trusted.get());
    }
    return d;
  }

  private PermissionDecision evaluateMcp(String server, String tool, String written) {
    boolean available = false;
    for (ToolName n : tools) {
      if (n.kind() == ToolName.Kind.ALL
          || n.kind() == ToolName.Kind.SERVER && n.server().orElse("").equals(server)
          || n.kind() == ToolName.Kind.MCP_TOOL && n.text().equals(written)) {
        available = true;
      }
    }
    if (!available) {
      return PermissionDecision.deny(
          Reason.of(
              "UNAVAILABLE_TOOL",
              "'" + written + "' is not in the agent's tools",
              new RuleOrigin(source, "/tools")));
    }
    McpServer s = mcpServers.get(server);
    if (s == null) {
      return PermissionDecision.deny(
          Reason.of(
              "UNAVAILABLE_TOOL",
              "no MCP server '"
                  + server
                  + "' in the agent's effective MCP configuration (mcpServers"
                  + (McpConfig.includesFiles(agent) ? ", mcp.json files" : "")
                  + ")",
              new RuleOrigin(source, "/tools")));
    }
    McpToolPolicy policy = mcpPolicies.get(server);
    if (s.disabled()) {
      return PermissionDecision.deny(
          Reason.of(
              "UNAVAILABLE_TOOL",
              "MCP server '" + server + "' is disabled: its tools are not available",
              policy.origin().field("disabled")));
    }
    // Untrusting the server (@server) also untrusts each of its tools: the safe reading.
    boolean untrusted = trust.isUntrusted(written) || trust.isUntrusted("@" + server);
    return policy.evaluate(tool, allowed, trust.isTrusted(written) && !untrusted, untrusted);
  }

  private boolean inTools(BuiltinTool b) {
    for (ToolName n : tools) {
      if (n.kind() == ToolName.Kind.ALL
          || n.kind() == ToolName.Kind.ALL_BUILTIN
          || n.builtin().orElse(null) == b) {
        return true;
      }
    }
    return false;
  }

  private Optional<Reason> trustedBuiltin(BuiltinTool b) {
    for (String n : b.names()) {
      if (trust.isUntrusted(n)) {
        return Optional.empty();
      }
    }
    for (String n : b.names()) {
      Optional<ToolPatternIndex.Match> m = allowed.matchBuiltin(n);
      if (m.isPresent()) {
        return Optional.of(
            Reason.of(
                "ALLOWED_TOOLS",
                b.canonicalName() + " matches allowedTools '" + m.get().entry() + "'",
                m.get().origin()));
      }
      if (trust.isTrusted(n)) {
        return Optional.of(
            Reason.builtin("SESSION_TRUST", b.canonicalName() + " is trusted for this session"));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(JsonNode input, String field) {
    JsonNode n = input == null ? null : input.get(field);
    return n != null && n.isString() ? Optional.of(n.asString()) : Optional.empty();
  }

  /**
   * The subagent tool's input, as upstream {@code use_subagent.rs} defines it: {@code {"command":
   * "InvokeSubagents", "content": {"subagents": [{"query": ..., "agent_name": "reviewer"}, ...]}}}
   * or {@code {"command": "ListAgents"}}. Every agent spawned must be available; the call is
   * allowed only when every one is trusted (or the tool is); a subagent without {@code agent_name}
   * is the default agent ({@code kiro_default}). Also read, for callers that flatten the input:
   * {@code subagents} at the top level, a single {@code agent_name} at the top level, and the
   * spellings {@code agentName} and {@code agent} (the {@code delegate} tool's field).
   */
  private PermissionDecision evaluateSubagent(JsonNode input, boolean toolTrusted) {
    String command = text(input, "command").orElse("");
    if (command.equals("ListAgents")) {
      return toolTrusted || subagentSettings
          ? PermissionDecision.allow(
              Reason.builtin(
                  "LIST_AGENTS", "listing the agents is allowed (subagent settings or trust)"))
          : PermissionDecision.ask(Reason.builtin(Reason.DEFAULT, "listing the agents asks"));
    }
    JsonNode content = input == null ? null : input.get("content");
    JsonNode list = content != null && content.isObject() ? content.get("subagents") : null;
    if (list == null && input != null) {
      list = input.get("subagents");
    }
    List<JsonNode> calls = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(calls::add);
    } else if (input != null && input.isObject()) {
      calls.add(input);
    }
    if (calls.isEmpty()) {
      return PermissionDecision.ask(
          Reason.builtin("UNREADABLE_INPUT", "the subagent call names no subagent"));
    }
    List<PermissionDecision> decisions = new ArrayList<>();
    for (JsonNode call : calls) {
      Optional<String> name = subagentName(call);
      decisions.add(
          name.isPresent()
              ? subagent.evaluate(name.get(), toolTrusted)
              : PermissionDecision.ask(
                  Reason.builtin("UNREADABLE_INPUT", "a subagent's agent name is not a string")));
    }
    return PermissionDecision.strictest(decisions);
  }

  /** The agent a subagent call names; the default agent when it names none; empty when garbled. */
  static Optional<String> subagentName(JsonNode call) {
    if (call == null || !call.isObject()) {
      return Optional.empty();
    }
    for (String f : List.of("agent_name", "agentName", "agent")) {
      JsonNode v = call.get(f);
      if (v != null && !v.isNull()) {
        return v.isString() ? Optional.of(v.asString()) : Optional.empty();
      }
    }
    return Optional.of(AgentSet.BUILTIN_DEFAULT_NAME);
  }

  private static List<String> readPaths(JsonNode input) {
    List<String> out = new ArrayList<>();
    JsonNode ops = input == null ? null : input.get("operations");
    if (ops != null && ops.isArray()) {
      for (JsonNode op : ops) {
        JsonNode p = op.get("path");
        if (p != null && p.isString()) {
          out.add(p.asString());
        }
        JsonNode image = op.get("image_paths");
        if (image != null && image.isArray()) {
          image.forEach(i -> out.add(i.asString()));
        }
      }
    }
    text(input, "path").ifPresent(out::add);
    return out;
  }
}
