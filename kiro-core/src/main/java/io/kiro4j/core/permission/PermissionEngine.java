package io.kiro4j.core.permission;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentConfig;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.agent.ToolName;
import io.kiro4j.core.agent.ToolsSettings;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.permission.AwsPolicy;
import io.kiro4j.core.internal.permission.McpToolPolicy;
import io.kiro4j.core.internal.permission.PathPolicy;
import io.kiro4j.core.internal.permission.RuleDiagnostics;
import io.kiro4j.core.internal.permission.ShellPolicy;
import io.kiro4j.core.internal.permission.SubagentPolicy;
import io.kiro4j.core.internal.permission.ToolPatternIndex;
import io.kiro4j.core.internal.permission.UrlPolicy;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.json.JsonValues;
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
import java.util.function.Function;
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
 * does not exist; that configuration is read at the first MCP call or {@link #diagnostics()} (a
 * shell or file decision never needs it), and each built-in tool's rules compile at its first
 * decision (a shell decision compiles no path rule and reads no {@code .kiroignore}). Path rules
 * compare letter case as {@link PermissionOptions} says. Immutable and thread-safe; a new session
 * trust needs {@link #withSessionTrust}.
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
  private final ToolsSettings settings;
  private final boolean subagentSettings;

  /*
   * Each tool's rules compile at its first decision: a shell decision never compiles path rules or
   * reads .kiroignore (the first decision of a fresh JVM paid for all eight). Racy single-check:
   * a policy is immutable, so two threads compiling one at once build equal policies and either may
   * win; the volatile write publishes it safely.
   */
  private volatile PathPolicy read;
  private volatile PathPolicy write;
  private volatile PathPolicy grep;
  private volatile PathPolicy glob;
  private volatile ShellPolicy shell;
  private volatile AwsPolicy aws;
  private volatile UrlPolicy web;
  private volatile SubagentPolicy subagent;

  private final Object mcpLock = new Object();

  /** Read at the first MCP call or {@link #diagnostics()}: most decisions never need it. */
  private volatile McpRules mcp;

  /**
   * The effective MCP servers (agent > workspace > user mcp.json, includeMcpJson), merged by
   * McpConfig and cached on the workspace: autoApprove / disabledTools come from the winning entry,
   * whatever file holds it. {@code diagnostics} are all the engine's, the agent's rules first.
   */
  private record McpRules(
      Map<String, McpServer> servers,
      Map<String, McpToolPolicy> policies,
      List<Diagnostic> diagnostics) {}

  private PermissionEngine(
      Agent agent, Workspace ws, Path cwd, SessionTrust trust, PermissionOptions options) {
    this.agent = agent;
    this.workspace = ws;
    this.cwd = cwd;
    this.trust = trust;
    this.options = options;
    this.ignoreCase =
        options.caseSensitivity() == CaseSensitivity.AUTO
            ? ws.view(ProbedCase.class, ProbedCase.PROBE).ignoresCase()
            : options.caseSensitivity().ignoresCase(ws.primaryRoot().path());
    AgentConfig config = agent.config();
    this.source =
        agent.path().isPresent() ? ws.displayPath(agent.path().get()).toString() : agent.name();
    this.allowed =
        ToolPatternIndex.compile(config.allowedTools(), new RuleOrigin(source, "/allowedTools"));
    this.tools = config.toolNames();
    this.settings = config.toolsSettings();
    this.subagentSettings = settings.subagent().isPresent();
  }

  private PathPolicy read() {
    PathPolicy p = read;
    if (p == null) {
      p = paths(settings.read(), "read", true);
      read = p;
    }
    return p;
  }

  private PathPolicy write() {
    PathPolicy p = write;
    if (p == null) {
      p = paths(settings.write(), "write", false);
      write = p;
    }
    return p;
  }

  private PathPolicy grep() {
    PathPolicy p = grep;
    if (p == null) {
      p = paths(settings.grep(), "grep", true);
      grep = p;
    }
    return p;
  }

  private PathPolicy glob() {
    PathPolicy p = glob;
    if (p == null) {
      p = paths(settings.glob(), "glob", true);
      glob = p;
    }
    return p;
  }

  private ShellPolicy shell() {
    ShellPolicy p = shell;
    if (p == null) {
      Optional<ToolsSettings.ShellSettings> sh = settings.shell();
      p =
          sh.isEmpty()
              ? ShellPolicy.none()
              : ShellPolicy.builder(new RuleOrigin(source, sh.get().pointer()))
                  .allowedCommands(sh.get().allowedCommands())
                  .deniedCommands(sh.get().deniedCommands())
                  .autoAllowReadonly(sh.get().autoAllowReadonly())
                  .denyByDefault(sh.get().denyByDefault())
                  .build();
      shell = p;
    }
    return p;
  }

  private AwsPolicy aws() {
    AwsPolicy p = aws;
    if (p == null) {
      Optional<ToolsSettings.AwsSettings> a = settings.aws();
      p =
          a.isEmpty()
              ? AwsPolicy.none()
              : new AwsPolicy(
                  a.get().allowedServices(),
                  a.get().deniedServices(),
                  a.get().autoAllowReadonly(),
                  new RuleOrigin(source, a.get().pointer()));
      aws = p;
    }
    return p;
  }

  private UrlPolicy web() {
    UrlPolicy p = web;
    if (p == null) {
      Optional<ToolsSettings.WebFetchSettings> w = settings.webFetch();
      p =
          w.isEmpty()
              ? UrlPolicy.none()
              : UrlPolicy.compile(
                  w.get().trusted(), w.get().blocked(), new RuleOrigin(source, w.get().pointer()));
      web = p;
    }
    return p;
  }

  private SubagentPolicy subagent() {
    SubagentPolicy p = subagent;
    if (p == null) {
      Optional<ToolsSettings.SubagentSettings> a = settings.subagent();
      p =
          a.isEmpty()
              ? SubagentPolicy.compile(Optional.empty(), List.of(), new RuleOrigin(source, ""))
              : SubagentPolicy.compile(
                  a.get().availableAgents().isEmpty()
                      ? Optional.empty()
                      : Optional.of(a.get().availableAgents()),
                  a.get().trustedAgents(),
                  new RuleOrigin(source, a.get().pointer()));
      subagent = p;
    }
    return p;
  }

  /** The problems in the agent's own rules (every policy compiled); the MCP servers' follow. */
  private List<Diagnostic> ruleDiagnostics() {
    List<RuleDiagnostics.Entry> d = new ArrayList<>();
    for (RuleDiagnostics.Entry x : allowed.ruleDiagnostics()) {
      // A bare "*" is already the agent config's AGENT-006: one problem, one code.
      if (!x.diagnostic().code().equals(PermissionCode.BARE_STAR_TOOL.id())) {
        d.add(x);
      }
    }
    for (PathPolicy p : List.of(read(), write(), grep(), glob())) {
      d.addAll(p.ruleDiagnostics());
    }
    d.addAll(shell().ruleDiagnostics());
    d.addAll(web().ruleDiagnostics());
    d.addAll(subagent().ruleDiagnostics());
    List<Diagnostic> located = new ArrayList<>();
    for (RuleDiagnostics.Entry x : d) {
      located.add(locate(x));
    }
    return located;
  }

  private McpRules mcp() {
    McpRules rules = mcp;
    if (rules == null) {
      synchronized (mcpLock) {
        rules = mcp;
        if (rules == null) {
          rules = readMcp();
          mcp = rules;
        }
      }
    }
    return rules;
  }

  private McpRules readMcp() {
    Map<String, McpServer> servers = new LinkedHashMap<>();
    Map<String, McpToolPolicy> policies = new LinkedHashMap<>();
    List<Diagnostic> all = ruleDiagnostics();
    for (McpServer server : McpConfig.of(workspace, agent).servers()) {
      servers.put(server.name(), server);
      McpToolPolicy policy = McpToolPolicy.of(server, workspace.displayPath(server.file()).path());
      policies.put(server.name(), policy);
      if (!server.disabled()) {
        all.addAll(policy.diagnostics(server.file(), server.line(), server.column()));
      }
    }
    return new McpRules(Map.copyOf(servers), Map.copyOf(policies), List.copyOf(all));
  }

  /**
   * The policies report against the agent's display name at 1:1, each problem with the rule it is
   * about; in the agent file, the diagnostic goes to the line and column of that rule's JSON
   * pointer.
   */
  private Diagnostic locate(RuleDiagnostics.Entry e) {
    Diagnostic d = e.diagnostic();
    Optional<Path> file = agent.path();
    if (file.isEmpty() || e.rule().isEmpty() || !e.rule().get().pointer().startsWith("/")) {
      return d;
    }
    JsonPosition at = agent.position(e.rule().get().pointer());
    return new Diagnostic(d.severity(), d.code(), d.message(), file.get(), at.line(), at.column());
  }

  private PathPolicy paths(
      Optional<ToolsSettings.PathSettings> settings, String key, boolean readLike) {
    // Plain conditionals, not Optional chains: on the path of every first decision.
    String pointer = settings.isPresent() ? settings.get().pointer() : "/toolsSettings/" + key;
    PathPolicy.Builder b =
        PathPolicy.builder(workspace.pathExpansion(), cwd, new RuleOrigin(source, pointer))
            .workingDirectoryAllowed(readLike)
            .ignoreCase(ignoreCase)
            .canonicalPathCache(workspace.canonicalPathCache());
    if (settings.isPresent()) {
      b.allowedPaths(settings.get().allowedPaths()).deniedPaths(settings.get().deniedPaths());
    }
    // allowReadOnly is a glob and grep setting only (docs L3228–3332).
    if ((key.equals("glob") || key.equals("grep"))
        && settings.isPresent()
        && settings.get().allowReadOnly()) {
      b.allowReadOnly(new RuleOrigin(source, pointer).field("allowReadOnly"));
    }
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
    // A class, not ProbedCase::of: a fresh JVM links each method reference it reaches
    // (benchmarks/README.md, "Cold start").
    static final Function<Workspace, ProbedCase> PROBE =
        new Function<>() {
          @Override
          public ProbedCase apply(Workspace ws) {
            return new ProbedCase(CaseSensitivity.AUTO.ignoresCase(ws.primaryRoot().path()));
          }
        };
  }

  /** Problems in the agent's permission rules. */
  public List<Diagnostic> diagnostics() {
    return mcp().diagnostics();
  }

  /**
   * Decides a call of {@code tool} (canonical name, alias or {@code @server/tool}) with {@code
   * input}. Always a decision, whatever the input holds: a field the decision needs that is missing
   * or of the wrong JSON type asks ({@code UNREADABLE_INPUT}), a value no tool could take as
   * written (a NUL in a path, a path that is no path of this file system, values over the limits)
   * is denied ({@code INVALID_INPUT}), and should a check fail unexpectedly the call is denied
   * ({@code INTERNAL_ERROR}).
   *
   * @param input the tool's input as the tool receives it; {@code null} reads as {@code {}}
   */
  public PermissionDecision evaluate(String tool, JsonNode input) {
    Objects.requireNonNull(tool, "tool");
    try {
      return decide(tool, input);
    } catch (ToolInput.Unjudgeable e) {
      return e.decision();
    } catch (RuntimeException e) {
      return PermissionDecision.deny(
          Reason.builtin(
              ReasonCode.INTERNAL_ERROR,
              "the call could not be judged ("
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + PathPolicy.shorten(e.getMessage()))
                  + "); denied to be safe"));
    }
  }

  /**
   * Decides a call of {@code tool} with its input as plain Java, for callers without Jackson: the
   * same decision as {@link #evaluate(String, JsonNode)} with the same JSON.
   *
   * @param input the tool's input object: values are {@code null}, String, Boolean, Number, List
   *     and Map with String keys (see {@link JsonValues}); {@code null} reads as {@code {}}
   * @throws IllegalArgumentException if {@code input} holds something that is no JSON value (a
   *     programming error of the caller, not hostile input)
   */
  public PermissionDecision evaluate(String tool, Map<String, ?> input) {
    Objects.requireNonNull(tool, "tool");
    return evaluate(tool, JsonValues.toObjectNode(input));
  }

  /**
   * Decides a call of {@code tool} with its input as JSON text, for callers without Jackson: the
   * same decision as {@link #evaluate(String, JsonNode)} with the parsed value. Text that is not
   * well-formed JSON (or names a key twice) is a decision too, never an exception: it asks ({@code
   * UNREADABLE_INPUT}), unless the call is denied whatever its input.
   *
   * @param inputJson the tool's input as JSON text; {@code null} reads as {@code {}}
   */
  public PermissionDecision evaluate(String tool, String inputJson) {
    Objects.requireNonNull(tool, "tool");
    if (inputJson == null) {
      return evaluate(tool, (JsonNode) null);
    }
    JsonNode input;
    try {
      input = JsonValues.parse(inputJson);
    } catch (IllegalArgumentException e) {
      return PermissionDecision.strictest(
          List.of(
              PermissionDecision.ask(
                  Reason.builtin(
                      ReasonCode.UNREADABLE_INPUT,
                      "the input is not well-formed JSON ("
                          + PathPolicy.shorten(e.getMessage())
                          + ")")),
              evaluate(tool, (JsonNode) null)));
    }
    return evaluate(tool, input);
  }

  /** The built-in tools a subagent has (docs L13403–13425); MCP tools too. */
  private static final java.util.Set<BuiltinTool> SUBAGENT_TOOLS =
      java.util.EnumSet.of(BuiltinTool.READ, BuiltinTool.WRITE, BuiltinTool.SHELL);

  private PermissionDecision decide(String tool, JsonNode input) {
    if (tool.length() > ToolInput.MAX_TEXT_CHARS) {
      return PermissionDecision.deny(
          Reason.builtin(
              ReasonCode.UNKNOWN_TOOL,
              "a tool name of " + tool.length() + " characters names no tool"));
    }
    ToolName name = ToolName.parse(tool);
    if (name.kind() == ToolName.Kind.MCP_TOOL) {
      return evaluateMcp(name.server().orElseThrow(), name.tool().orElseThrow(), tool);
    }
    Optional<BuiltinTool> builtin = name.builtin();
    if (builtin.isEmpty()) {
      return PermissionDecision.deny(
          Reason.builtin(
              ReasonCode.UNKNOWN_TOOL,
              "'" + PathPolicy.shorten(tool) + "' is neither a built-in tool nor @server/tool"));
    }
    BuiltinTool b = builtin.get();
    if (!inTools(b)) {
      return PermissionDecision.deny(
          Reason.of(
              ReasonCode.UNAVAILABLE_TOOL,
              "'" + b.canonicalName() + "' is not in the agent's tools",
              new RuleOrigin(source, "/tools")));
    }
    if (options.subagent() && !SUBAGENT_TOOLS.contains(b)) {
      return PermissionDecision.deny(
          Reason.builtin(
              ReasonCode.UNAVAILABLE_TOOL,
              "'"
                  + b.canonicalName()
                  + "' is not available to a subagent (read, write, shell and MCP tools only;"
                  + " docs L13403–13425)"));
    }
    Optional<Reason> trusted = trustedBuiltin(b);
    boolean t = trusted.isPresent();
    PermissionDecision d;
    switch (b) {
      case READ:
        {
          ToolInput in = ToolInput.of(input);
          d = in.withProblems(read().evaluate(in.readPaths(), t));
          break;
        }
      case WRITE:
        d =
            write()
                .evaluate(
                    List.of(ToolInput.of(input).required("path", PathPolicy.MAX_PATH_CHARS)), t);
        break;
      case GREP:
        d = grep().evaluate(ToolInput.of(input).searchPaths(false), t);
        break;
      case GLOB:
        {
          ToolInput in = ToolInput.of(input);
          d = in.withProblems(glob().evaluate(in.searchPaths(true), t));
          break;
        }
      case SHELL:
        d =
            shell()
                .evaluate(ToolInput.of(input).required("command", ToolInput.MAX_COMMAND_CHARS), t);
        break;
      case AWS:
        {
          ToolInput in = ToolInput.of(input);
          d =
              aws()
                  .evaluate(
                      in.required("service_name", ToolInput.MAX_TEXT_CHARS),
                      in.required("operation_name", ToolInput.MAX_TEXT_CHARS),
                      t);
          break;
        }
      case WEB_FETCH:
        d = web().evaluate(ToolInput.of(input).required("url", ToolInput.MAX_TEXT_CHARS), t);
        break;
      case SUBAGENT:
        d = evaluateSubagent(ToolInput.of(input), t);
        break;
      case REPORT:
      case INTROSPECT:
      case THINKING:
      case TODO:
        d =
            PermissionDecision.allow(
                Reason.builtin(ReasonCode.DEFAULT, b.canonicalName() + " is trusted by default"));
        break;
      default:
        if (t) {
          return PermissionDecision.allow(trusted.get());
        }
        d =
            PermissionDecision.ask(
                Reason.builtin(ReasonCode.DEFAULT, b.canonicalName() + " asks by default"));
        break;
    }
    // A trusted tool whose settings did not object: the reason is the trust itself.
    if (t
        && d instanceof PermissionDecision.Allow
        && d.reasons().get(0).kind() == ReasonCode.TRUSTED_TOOL) {
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
              ReasonCode.UNAVAILABLE_TOOL,
              "'" + written + "' is not in the agent's tools",
              new RuleOrigin(source, "/tools")));
    }
    McpRules rules = mcp();
    McpServer s = rules.servers().get(server);
    if (s == null) {
      return PermissionDecision.deny(
          Reason.of(
              ReasonCode.UNAVAILABLE_TOOL,
              "no MCP server '"
                  + server
                  + "' in the agent's effective MCP configuration (mcpServers"
                  + (McpConfig.includesFiles(agent) ? ", mcp.json files" : "")
                  + ")",
              new RuleOrigin(source, "/tools")));
    }
    McpToolPolicy policy = rules.policies().get(server);
    if (s.disabled()) {
      return PermissionDecision.deny(
          Reason.of(
              ReasonCode.UNAVAILABLE_TOOL,
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
                ReasonCode.ALLOWED_TOOLS,
                b.canonicalName() + " matches allowedTools '" + m.get().entry() + "'",
                m.get().origin()));
      }
      if (trust.isTrusted(n)) {
        return Optional.of(
            Reason.builtin(
                ReasonCode.SESSION_TRUST, b.canonicalName() + " is trusted for this session"));
      }
    }
    return Optional.empty();
  }

  /** The keys an agent name may be written under; every one present is judged. */
  private static final List<String> AGENT_NAME_KEYS = List.of("agent_name", "agentName", "agent");

  /**
   * The subagent tool's input, as upstream {@code use_subagent.rs} defines it: {@code {"command":
   * "InvokeSubagents", "content": {"subagents": [{"query": ..., "agent_name": "reviewer"}, ...]}}}
   * or {@code {"command": "ListAgents"}}. Every agent the call could spawn is judged and the
   * strictest decision wins (deny if any is denied, ask if any asks): each element of {@code
   * content.subagents} and of a top-level {@code subagents}, the top-level object and {@code
   * content} when they carry a name themselves, and in each of these every spelling present —
   * {@code agent_name}, {@code agentName}, {@code agent} (the {@code delegate} tool's field) — so
   * an input naming one agent for the judge and another for the runner is judged by both. A
   * subagent that names none is the default agent ({@code kiro_default}). {@code ListAgents} is
   * allowed with subagent settings or trust; naming agents as well judges them too.
   */
  private PermissionDecision evaluateSubagent(ToolInput in, boolean toolTrusted) {
    List<PermissionDecision> decisions = new ArrayList<>();
    boolean listing =
        in.part(in.get("command"), "command", ToolInput.MAX_TEXT_CHARS)
            .orElse("")
            .equals("ListAgents");
    if (listing) {
      decisions.add(
          toolTrusted || subagentSettings
              ? PermissionDecision.allow(
                  Reason.builtin(
                      ReasonCode.LIST_AGENTS,
                      "listing the agents is allowed (subagent settings or trust)"))
              : PermissionDecision.ask(
                  Reason.builtin(ReasonCode.DEFAULT, "listing the agents asks")));
    }
    JsonNode content = in.get("content");
    if (content != null && !content.isNull() && !content.isObject()) {
      in.problem("'content' is " + ToolInput.type(content) + ", not an object");
    }
    List<JsonNode> calls = new ArrayList<>();
    List<String> where = new ArrayList<>();
    boolean listed = false;
    if (content != null && content.isObject()) {
      listed |= addSubagents(in, content.get("subagents"), "content/subagents", calls, where);
      if (namesAgent(content)) {
        calls.add(content);
        where.add("content");
      }
    }
    listed |= addSubagents(in, in.get("subagents"), "subagents", calls, where);
    JsonNode self = in.object();
    if (self != null && namesAgent(self)) {
      calls.add(self);
      where.add("the input");
    } else if (calls.isEmpty() && !listed && !listing && !in.hasProblems()) {
      // {"command": "InvokeSubagents"} alone (or {}): the default agent, as upstream.
      calls.add(null);
      where.add("the input");
    }
    if (calls.size() > ToolInput.MAX_ITEMS) {
      throw ToolInput.deny("the call names more than " + ToolInput.MAX_ITEMS + " subagents");
    }
    if (calls.isEmpty() && decisions.isEmpty()) {
      return in.withProblems(
          PermissionDecision.ask(
              Reason.builtin(ReasonCode.UNREADABLE_INPUT, "the subagent call names no subagent")));
    }
    for (int i = 0; i < calls.size(); i++) {
      for (String agentName : subagentNames(in, calls.get(i), where.get(i))) {
        decisions.add(subagent().evaluate(agentName, toolTrusted));
      }
    }
    if (decisions.isEmpty()) {
      return in.withProblems(
          PermissionDecision.ask(
              Reason.builtin(
                  ReasonCode.UNREADABLE_INPUT, "the subagent call names no readable agent")));
    }
    return in.withProblems(PermissionDecision.strictest(decisions));
  }

  /** Adds the elements of a {@code subagents} value; true when the value is present. */
  private static boolean addSubagents(
      ToolInput in, JsonNode list, String at, List<JsonNode> calls, List<String> where) {
    if (list == null || list.isNull()) {
      return false;
    }
    if (!list.isArray()) {
      in.problem("'" + at + "' is " + ToolInput.type(list) + ", not an array");
      return true;
    }
    int i = 0;
    for (JsonNode call : list) {
      if (calls.size() >= ToolInput.MAX_ITEMS) {
        throw ToolInput.deny("the call names more than " + ToolInput.MAX_ITEMS + " subagents");
      }
      calls.add(call);
      where.add(at + "/" + i++);
    }
    return true;
  }

  private static boolean namesAgent(JsonNode object) {
    for (String key : AGENT_NAME_KEYS) {
      JsonNode v = object.get(key);
      if (v != null && !v.isNull()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every agent one subagent entry names, under each accepted key; the default agent when it names
   * none (or for the bare input, {@code null}). An entry or a name of the wrong type is a problem
   * of {@code in} (it asks) and the other names are still judged.
   */
  static List<String> subagentNames(ToolInput in, JsonNode call, String where) {
    if (call == null) {
      return List.of(AgentSet.BUILTIN_DEFAULT_NAME);
    }
    if (!call.isObject()) {
      in.problem("'" + where + "' is " + ToolInput.type(call) + ", not an object");
      return List.of();
    }
    List<String> names = new ArrayList<>();
    boolean unreadable = false;
    for (String key : AGENT_NAME_KEYS) {
      JsonNode value = call.get(key);
      Optional<String> name =
          in.part(
              value, where.equals("the input") ? key : where + "/" + key, ToolInput.MAX_TEXT_CHARS);
      unreadable |= name.isEmpty() && value != null && !value.isNull();
      if (name.isPresent() && !names.contains(name.get())) {
        names.add(name.get());
      }
    }
    return names.isEmpty() && !unreadable ? List.of(AgentSet.BUILTIN_DEFAULT_NAME) : names;
  }
}
