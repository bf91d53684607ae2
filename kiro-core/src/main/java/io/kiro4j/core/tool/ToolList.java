package io.kiro4j.core.tool;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentConfig;
import io.kiro4j.core.agent.AgentFormat;
import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.agent.ToolName;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.mcp.ModelToolNames;
import io.kiro4j.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools one agent's model is offered, each with why, and the tools it could name but is not
 * offered, each with why.
 *
 * <pre>{@code
 * Agent dev = AgentSet.of(ws).find("dev").orElseThrow();
 * ToolList list = ToolList.builder(ws, dev).mcpTools(runningServers).build();
 * for (ModelTool t : list.tools()) {
 *   System.out.println(t.modelName() + " <- " + t.reason());
 * }
 * list.resolve("fs_read");   // the read tool: model names, canonical names and aliases resolve
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>A tool is offered only when the agent's {@code tools} names it (docs L6036–6067): {@code *}
 *       every built-in and MCP tool, {@code @builtin} every built-in tool, a name or alias one
 *       built-in tool, {@code @server} every tool of a server, {@code @server/tool} one tool (a
 *       glob when it has {@code *} or {@code ?}), {@code @mcp} (unless a server is named {@code
 *       mcp}) every MCP tool; an IDE Markdown agent with {@code includeMcpJson} every MCP tool
 *       (docs L19715). {@code allowedTools} never offers a tool: it only spares the user a prompt
 *       (docs L6687–6700).
 *   <li>Built-in tools come first, in the order of {@link BuiltinTool}, under their canonical
 *       names, with the description and input schema of {@link BuiltinToolSpec}.
 *   <li>MCP tools come from the agent's effective MCP configuration ({@link McpConfig#of(Workspace,
 *       io.kiro4j.core.mcp.McpAgent)}), by server name then in the order the server lists them, as
 *       the {@link McpToolSource} reports them. A disabled server's tools, a server that is not
 *       running ({@code TOOL-001}) and a tool in its server's {@code disabledTools} are withheld.
 *   <li>Powers (when {@link Builder#activePowers} is set, the IDE): a server installed by a power
 *       ({@code power-<power>-<server>}, docs L1529, L1648) is offered only while its power is
 *       active: powers load their MCP tools on demand (docs L1715–1741).
 *   <li>Model names: {@code toolAliases} first, else {@code server___tool} sanitised ({@link
 *       ModelToolNames}); a model name that another offered tool already has is withheld ({@code
 *       TOOL-003}).
 * </ul>
 *
 * <p>Immutable and thread-safe (its {@link ModelTool}s' schemas are never modified).
 *
 * @since 0.2
 */
public final class ToolList {

  private static final String TOOLS_DOCS = "docs L6036–6067";

  private final String agent;
  private final List<ModelTool> tools;
  private final List<WithheldTool> withheld;
  private final List<Diagnostic> diagnostics;
  private final Map<String, ModelTool> byName;

  private ToolList(
      String agent, List<ModelTool> tools, List<WithheldTool> withheld, List<Diagnostic> diags) {
    this.agent = agent;
    this.tools = List.copyOf(tools);
    this.withheld = List.copyOf(withheld);
    this.diagnostics = List.copyOf(diags);
    Map<String, ModelTool> names = new HashMap<>();
    for (ModelTool t : this.tools) {
      names.put(t.modelName(), t);
    }
    for (ModelTool t : this.tools) {
      names.putIfAbsent(t.name(), t);
      t.builtin()
          .ifPresent(
              b -> {
                b.names().forEach(n -> names.putIfAbsent(n, t));
                names.putIfAbsent(ToolName.BUILTIN_NAMESPACE + "/" + b.canonicalName(), t);
              });
    }
    this.byName = Map.copyOf(names);
  }

  /** A builder for {@code agent}'s tool list in {@code workspace}. */
  public static Builder builder(Workspace workspace, Agent agent) {
    return new Builder(workspace, agent);
  }

  /** The agent's name. */
  public String agent() {
    return agent;
  }

  /** The tools offered to the model: built-in tools first, then MCP tools by server name. */
  public List<ModelTool> tools() {
    return tools;
  }

  /** The tools not offered, each with why, in the same order. */
  public List<WithheldTool> withheld() {
    return withheld;
  }

  /** Problems found while listing ({@link ToolCode}). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The offered tool a model or a config names: its model name first, then its canonical name, a
   * built-in alias ({@code fs_read}), {@code @builtin/read} or {@code @server/tool}.
   */
  public Optional<ModelTool> resolve(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Why a tool that is not offered is withheld: by its canonical name ({@code fs_read} finds {@code
   * read}), by {@code @server/tool}, or by its server's entry ({@code @server}).
   */
  public Optional<WithheldTool> withheld(String name) {
    Objects.requireNonNull(name, "name");
    String canonical = ToolName.parse(name).canonical();
    String server =
        canonical.startsWith("@") && canonical.indexOf('/') > 0
            ? canonical.substring(0, canonical.indexOf('/'))
            : null;
    for (WithheldTool w : withheld) {
      if (w.name().equals(canonical)) {
        return Optional.of(w);
      }
    }
    for (WithheldTool w : withheld) {
      if (w.name().equals(server)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ToolList[" + agent + ", tools=" + tools.size() + ", withheld=" + withheld.size() + "]";
  }

  /** Builds a {@link ToolList}. Not thread-safe. */
  public static final class Builder {
    private final Workspace workspace;
    private final Agent agent;
    private McpToolSource mcpTools = McpToolSource.none();
    private Optional<Set<String>> activePowers = Optional.empty();

    private Builder(Workspace workspace, Agent agent) {
      this.workspace = Objects.requireNonNull(workspace, "workspace");
      this.agent = Objects.requireNonNull(agent, "agent");
    }

    /** Where MCP servers' tools come from (default: none, so no MCP tool is offered). */
    public Builder mcpTools(McpToolSource source) {
      this.mcpTools = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Gates powers' servers on activation (the IDE): only the servers of these powers (by power
     * name) among the installed ones are offered. Not set (the default, the CLI, which has no
     * powers): a power's server is an ordinary server of the user's {@code mcp.json}.
     */
    public Builder activePowers(Collection<String> powers) {
      this.activePowers = Optional.of(Set.copyOf(powers));
      return this;
    }

    /**
     * The servers whose tools the list will ask the {@link McpToolSource} for: enabled servers of
     * the agent's effective MCP configuration that a tools entry names, less inactive powers'. A
     * host starts these (and no others) before {@link #build()}.
     */
    public List<McpServer> mcpServers() {
      return new Listing(workspace, agent, mcpTools, activePowers).serversToAsk();
    }

    /** The list. Never fails: a server that is not running is a withheld entry and a diagnostic. */
    public ToolList build() {
      return new Listing(workspace, agent, mcpTools, activePowers).list();
    }
  }

  /** One listing's state. */
  private static final class Listing {
    private final Workspace ws;
    private final Agent agent;
    private final AgentConfig config;
    private final McpToolSource source;
    private final Optional<Set<String>> activePowers;
    private final List<ToolName> entries;
    private McpConfig mcp;
    private final List<ModelTool> offered = new ArrayList<>();
    private final List<WithheldTool> withheld = new ArrayList<>();
    private final List<Diagnostic> diags = new ArrayList<>();

    Listing(Workspace ws, Agent agent, McpToolSource source, Optional<Set<String>> powers) {
      this.ws = ws;
      this.agent = agent;
      this.config = agent.config();
      this.source = source;
      this.activePowers = powers;
      this.entries = config.toolNames();
    }

    ToolList list() {
      for (BuiltinToolSpec spec : BuiltinToolSpec.all()) {
        builtin(spec);
      }
      List<Candidate> candidates = new ArrayList<>();
      mcp = McpConfig.of(ws, agent);
      unknownServers(mcp);
      List<McpServer> servers = new ArrayList<>(mcp.servers());
      servers.sort(Comparator.comparing(McpServer::name));
      for (McpServer server : servers) {
        server(server, candidates);
      }
      name(candidates);
      return new ToolList(agent.name(), offered, withheld, diags);
    }

    List<McpServer> serversToAsk() {
      mcp = McpConfig.of(ws, agent);
      List<McpServer> out = new ArrayList<>();
      for (McpServer s : mcp.enabledServers()) {
        if (serverEntry(s.name()).isPresent() && inactivePower(s.name()).isEmpty()) {
          out.add(s);
        }
      }
      return out;
    }

    private void builtin(BuiltinToolSpec spec) {
      BuiltinTool b = spec.tool();
      Optional<String> entry = Optional.empty();
      for (ToolName n : entries) {
        if (n.kind() == ToolName.Kind.ALL
            || n.kind() == ToolName.Kind.ALL_BUILTIN
            || n.builtin().orElse(null) == b) {
          entry = Optional.of(n.text());
          break;
        }
      }
      if (entry.isPresent()) {
        offered.add(
            new ModelTool(
                b.canonicalName(),
                b.canonicalName(),
                Optional.of(b),
                Optional.empty(),
                Optional.empty(),
                spec.description(),
                spec.inputSchema(),
                "tools entry '" + entry.get() + "' (" + TOOLS_DOCS + ")"));
        return;
      }
      withheld.add(new WithheldTool(b.canonicalName(), notInTools(b.names())));
    }

    /** Why a tool no tools entry names is withheld, mentioning an allowedTools entry naming it. */
    private String notInTools(List<String> names) {
      String why = "not in the agent's tools (" + TOOLS_DOCS + ")";
      for (String allowed : config.allowedTools()) {
        ToolName a = ToolName.parse(allowed);
        if (names.contains(a.canonical()) || names.contains(allowed)) {
          return why
              + "; allowedTools '"
              + allowed
              + "' only spares the prompt, it does not offer a tool (docs L6691–6695)";
        }
      }
      return why;
    }

    /** tools entries naming servers the agent does not have. */
    private void unknownServers(McpConfig mcp) {
      Set<String> seen = new LinkedHashSet<>();
      for (ToolName n : entries) {
        if (!n.isMcp()) {
          continue;
        }
        String s = n.server().orElseThrow();
        boolean tag = s.equals(MCP_TAG) && n.kind() == ToolName.Kind.SERVER;
        if (!tag && mcp.server(s).isEmpty() && seen.add(s)) {
          withheld.add(
              new WithheldTool(
                  "@" + s,
                  "tools entry '"
                      + n.text()
                      + "' names MCP server '"
                      + s
                      + "', which is not in the agent's effective MCP configuration"
                      + (McpConfig.includesFiles(agent)
                          ? ""
                          : " (mcp.json files are not included: includeMcpJson)")));
        }
      }
    }

    private void server(McpServer server, List<Candidate> candidates) {
      String name = server.name();
      String at = "@" + name;
      Optional<String> named = serverEntry(name);
      if (named.isEmpty()) {
        withheld.add(
            new WithheldTool(
                at, "no tools entry names MCP server '" + name + "' (" + TOOLS_DOCS + ")"));
        return;
      }
      if (server.disabled()) {
        withheld.add(
            new WithheldTool(
                at,
                "MCP server '"
                    + name
                    + "' is disabled ("
                    + ws.displayPath(server.file())
                    + " "
                    + server.pointer()
                    + "/disabled)"));
        return;
      }
      Optional<String> power = inactivePower(name);
      if (power.isPresent()) {
        withheld.add(new WithheldTool(at, power.get()));
        return;
      }
      ServerTools listed = source.tools(name);
      if (listed.unavailable().isPresent()) {
        String why = "MCP server '" + name + "' is not running: " + listed.unavailable().get();
        withheld.add(new WithheldTool(at, why));
        diags.add(
            Diagnostic.of(
                ToolCode.SERVER_UNAVAILABLE,
                server.file(),
                server.line(),
                server.column(),
                why + "; its tools are not offered"));
        return;
      }
      for (McpToolSpec tool : listed.tools()) {
        String qualified = ToolName.qualified(name, tool.name());
        if (server.config().isToolDisabled(tool.name())) {
          withheld.add(
              new WithheldTool(
                  qualified,
                  "in disabledTools of MCP server '"
                      + name
                      + "' ("
                      + ws.displayPath(server.file())
                      + " "
                      + server.pointer()
                      + "/disabledTools)"));
          continue;
        }
        Optional<String> entry = toolEntry(name, tool.name());
        if (entry.isEmpty()) {
          withheld.add(new WithheldTool(qualified, notInTools(List.of(qualified))));
          continue;
        }
        candidates.add(new Candidate(server, tool, qualified, entry.get()));
      }
    }

    /** The installed power a server belongs to when powers are gated and it is not active. */
    private Optional<String> inactivePower(String server) {
      if (activePowers.isEmpty() || !server.startsWith(POWER_PREFIX)) {
        return Optional.empty();
      }
      for (String p : activePowers.get()) {
        if (server.startsWith(POWER_PREFIX + p + "-")) {
          return Optional.empty();
        }
      }
      return Optional.of(
          "MCP server '"
              + server
              + "' belongs to an installed power (docs L1529, L1648) that is not active: a"
              + " power's tools load only when its keywords are in the request (docs L1715–1741)");
    }

    /** Why any tool of {@code server} may be offered: the first tools entry naming it. */
    private Optional<String> serverEntry(String server) {
      if (agent.format() == AgentFormat.MARKDOWN && config.includesMcpJson()) {
        return Optional.of("includeMcpJson");
      }
      for (ToolName n : entries) {
        if (n.kind() == ToolName.Kind.ALL
            || n.isMcp() && n.server().orElseThrow().equals(server)
            || isMcpTag(n, server)) {
          return Optional.of(n.text());
        }
      }
      return Optional.empty();
    }

    private boolean isMcpTag(ToolName n, String server) {
      return n.kind() == ToolName.Kind.SERVER
          && n.server().orElseThrow().equals(MCP_TAG)
          && !server.equals(MCP_TAG)
          && mcp.server(MCP_TAG).isEmpty();
    }

    /** The reason one MCP tool is offered, if a tools entry names it. */
    private Optional<String> toolEntry(String server, String tool) {
      if (agent.format() == AgentFormat.MARKDOWN && config.includesMcpJson()) {
        return Optional.of("includeMcpJson: all MCP tools are included (docs L19715)");
      }
      for (ToolName n : entries) {
        if (n.kind() == ToolName.Kind.ALL) {
          return Optional.of("tools entry '*': every tool (" + TOOLS_DOCS + ")");
        }
        if (isMcpTag(n, server)) {
          return Optional.of("tools entry '@mcp': every MCP tool");
        }
        if (!n.isMcp() || !n.server().orElseThrow().equals(server)) {
          continue;
        }
        if (n.kind() == ToolName.Kind.SERVER || matches(n.tool().orElseThrow(), tool)) {
          return Optional.of("tools entry '" + n.text() + "' (" + TOOLS_DOCS + ")");
        }
      }
      return Optional.empty();
    }

    private static boolean matches(String pattern, String tool) {
      if (pattern.equals(tool)) {
        return true;
      }
      if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
        return false;
      }
      try {
        return Glob.compile(pattern, GlobDialect.TOOL_NAME).matches(tool);
      } catch (GlobSyntaxException e) {
        return false; // reported when the agent is loaded (GLOB-001)
      }
    }

    private void name(List<Candidate> candidates) {
      List<String> qualified = new ArrayList<>();
      candidates.forEach(c -> qualified.add(c.qualified));
      Map<String, String> names = ModelToolNames.assign(qualified, config.toolAliases());
      Map<String, String> taken = new LinkedHashMap<>();
      offered.forEach(t -> taken.put(t.modelName(), t.name()));
      for (Candidate c : candidates) {
        String modelName = names.get(c.qualified);
        boolean alias = config.toolAliases().containsKey(c.qualified);
        String owner = taken.get(modelName);
        if (owner != null) {
          String why = "model name '" + modelName + "' is already the name of " + owner;
          withheld.add(new WithheldTool(c.qualified, why));
          agentDiagnostic(ToolCode.MODEL_NAME_TAKEN, aliasPointer(c.qualified, alias), why);
          continue;
        }
        if (alias && !ModelToolNames.isValid(modelName)) {
          agentDiagnostic(
              ToolCode.INVALID_MODEL_NAME,
              aliasPointer(c.qualified, true),
              "toolAliases value '"
                  + modelName
                  + "' for "
                  + c.qualified
                  + " is not a valid model tool name");
        }
        taken.put(modelName, c.qualified);
        String reason = c.entry + (alias ? "; model name from toolAliases (docs L6676–6689)" : "");
        offered.add(
            new ModelTool(
                c.qualified,
                modelName,
                Optional.empty(),
                Optional.of(c.server.name()),
                Optional.of(c.tool.name()),
                c.tool.description().orElse(""),
                c.tool.inputSchema().isObject() ? c.tool.inputSchema() : emptySchema(),
                reason));
      }
    }

    private static ObjectNode emptySchema() {
      ObjectNode n = JsonNodeFactory.instance.objectNode();
      n.put("type", "object");
      return n;
    }

    private String aliasPointer(String qualified, boolean alias) {
      return alias ? "/toolAliases/" + qualified.replace("~", "~0").replace("/", "~1") : "/tools";
    }

    private void agentDiagnostic(ToolCode code, String pointer, String message) {
      if (agent.path().isEmpty()) {
        return;
      }
      JsonPosition p = agent.position(pointer);
      diags.add(Diagnostic.of(code, agent.path().get(), p.line(), p.column(), message));
    }
  }

  private record Candidate(McpServer server, McpToolSpec tool, String qualified, String entry) {}

  /** {@code @mcp}: every MCP tool (a Kiro 3.0 tag), unless a server is named {@code mcp}. */
  private static final String MCP_TAG = "mcp";

  /** The prefix Kiro gives a power's servers when it installs the power (docs L1529). */
  private static final String POWER_PREFIX = "power-";
}
