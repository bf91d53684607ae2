package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.mcp.ModelToolNames;
import io.kiro4j.core.resource.ResourceContext;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.resource.ResourceResolver;
import io.kiro4j.core.resource.ResourceResolvers;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an agent effectively has: its prompt text, its tools (given its MCP servers' tool lists when
 * known), its resources resolved to files, and its MCP servers.
 *
 * <pre>{@code
 * ResolvedAgent dev = ResolvedAgent.of(ws, AgentSet.of(ws).find("dev").orElseThrow());
 * dev.tools();       // ["read", "shell", "@git"] or, with tool lists, ["read", "@git/git_status"]
 * dev.resources();   // each URI with its files and the scheme that resolved it
 * }</pre>
 *
 * <h2>Tools</h2>
 *
 * {@code *} is every built-in tool and every enabled server; {@code @builtin} every built-in tool;
 * a name, alias or {@code @builtin/name} one built-in tool (canonical name); {@code @server} every
 * tool of that server ({@code @server} when its tools are unknown); {@code @server/tool} one tool
 * ({@code tool} may be a glob when the list is known); {@code @mcp} (a Kiro 3.0 tag), unless a
 * server is named {@code mcp}, every tool of every enabled server. Built-in tools come first in the
 * order of {@link BuiltinTool}, then MCP tools by server name; a server's {@code disabledTools} are
 * removed. A reference in {@code tools} or {@code allowedTools} to a server the agent does not have
 * is {@code AGENT-019}.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param agent the agent
 * @param prompt the effective prompt text
 * @param tools the tools the agent has, canonical names and {@code @server/tool}
 * @param allowedTools the {@code allowedTools} entries as written
 * @param modelToolNames the model-visible name of each concrete MCP tool in {@code tools}
 * @param resources each resource entry's resolution, in file order
 * @param mcp the agent's effective MCP servers
 * @param diagnostics the agent's diagnostics plus those of its MCP servers, resources and tools
 */
public record ResolvedAgent(
    Agent agent,
    Optional<String> prompt,
    List<String> tools,
    List<String> allowedTools,
    Map<String, String> modelToolNames,
    List<ResourceResolution> resources,
    McpConfig mcp,
    List<Diagnostic> diagnostics) {

  public ResolvedAgent {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(prompt, "prompt");
    tools = List.copyOf(tools);
    allowedTools = List.copyOf(allowedTools);
    modelToolNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modelToolNames));
    resources = List.copyOf(resources);
    Objects.requireNonNull(mcp, "mcp");
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Resolves with the resolvers found by {@link ResourceResolvers#discover} (once per workspace: a
   * service lookup searches the class path's jars) and no tool lists.
   */
  public static ResolvedAgent of(Workspace workspace, Agent agent) {
    return resolve(
        workspace, agent, workspace.view(ResourceResolvers.class, DEFAULT_RESOLVERS), Map.of());
  }

  // A class, not a method reference: a fresh JVM links each one it reaches (benchmarks/README.md,
  // "Cold start").
  private static final Function<Workspace, ResourceResolvers> DEFAULT_RESOLVERS =
      new Function<>() {
        @Override
        public ResourceResolvers apply(Workspace workspace) {
          return defaultResolvers();
        }
      };

  /** The discovered resolvers, plus the built-in {@code file} one if no provider was found. */
  public static ResourceResolvers defaultResolvers() {
    ResourceResolvers r = ResourceResolvers.discover(ResolvedAgent.class.getClassLoader());
    return r.forScheme("file").isPresent() ? r : r.with(new FileResourceResolver());
  }

  /**
   * Resolves {@code agent}.
   *
   * @param resolvers the resource resolvers per scheme
   * @param mcpToolLists the tool names of MCP servers, by server name, where known (for example
   *     from a {@code tools/list}); servers absent from the map have unknown tools
   */
  public static ResolvedAgent resolve(
      Workspace workspace,
      Agent agent,
      ResourceResolvers resolvers,
      Map<String, List<String>> mcpToolLists) {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(resolvers, "resolvers");
    Objects.requireNonNull(mcpToolLists, "mcpToolLists");
    McpConfig mcp = McpConfig.of(workspace, agent);
    List<Diagnostic> diags = new ArrayList<>(agent.diagnostics());
    diags.addAll(mcp.diagnostics());
    List<String> tools = tools(workspace, agent, mcp, mcpToolLists, diags);
    allowedToolsServers(workspace, agent, mcp, diags);
    List<String> concreteMcp = new ArrayList<>();
    for (String t : tools) {
      if (t.startsWith("@") && t.indexOf('/') > 0) {
        concreteMcp.add(t);
      }
    }
    Map<String, String> modelNames =
        ModelToolNames.assign(concreteMcp, agent.config().toolAliases());
    List<ResourceResolution> resources = new ArrayList<>();
    for (AgentResource r : agent.config().resources()) {
      ResourceResolution res = resolveResource(workspace, agent, r, resolvers);
      resources.add(res);
      diags.addAll(res.diagnostics());
    }
    return new ResolvedAgent(
        agent,
        agent.promptText(),
        tools,
        agent.config().allowedTools(),
        modelNames,
        resources,
        mcp,
        diags);
  }

  private static ResourceResolution resolveResource(
      Workspace ws, Agent agent, AgentResource r, ResourceResolvers resolvers) {
    JsonPosition at = agent.position("/resources/" + r.index());
    Path source = agent.path().orElse(ws.primaryRoot().path());
    ResourceContext context = new ResourceContext(ws, source, at.line(), at.column());
    String uri;
    if (r instanceof AgentResource.KnowledgeBase) {
      AgentResource.KnowledgeBase kb = (AgentResource.KnowledgeBase) r;
      if (kb.source().startsWith("file://")) {
        ResourceResolution files = new FileResourceResolver().resolve(kb.source(), context);
        return new ResourceResolution(
            kb.source(), files.files(), "knowledgeBase", files.diagnostics());
      }
      uri = kb.source();
    } else {
      uri = ((AgentResource.Uri) r).uri();
    }
    Optional<String> scheme = new AgentResource.Uri(r.index(), uri).scheme();
    Optional<ResourceResolver> resolver =
        scheme.isPresent() ? resolvers.forScheme(scheme.get()) : Optional.empty();
    if (resolver.isPresent()) {
      return resolver.get().resolve(uri, context);
    }
    return new ResourceResolution(
        uri,
        List.of(),
        "unresolved",
        List.of(
            Diagnostic.of(
                AgentCode.RESOURCE_UNRESOLVED,
                source,
                at.line(),
                at.column(),
                "no resolver for '"
                    + scheme.orElse("(no scheme)")
                    + "://' resources; '"
                    + uri
                    + "' is unresolved")));
  }

  /**
   * {@code allowedTools} entries naming an MCP server ({@code @server}, {@code @server/tool}) the
   * agent does not have: the entry can never apply ({@code AGENT-019}, as for {@code tools}). A
   * server name with wildcards and the {@code @mcp} tag (every MCP tool, Kiro 3.0) are not checked.
   */
  private static void allowedToolsServers(
      Workspace ws, Agent agent, McpConfig mcp, List<Diagnostic> diags) {
    List<String> written = agent.config().allowedTools();
    for (int i = 0; i < written.size(); i++) {
      ToolName t = ToolName.parse(written.get(i));
      if (t.kind() == ToolName.Kind.SERVER || t.kind() == ToolName.Kind.MCP_TOOL) {
        String server = t.server().orElseThrow();
        if (isNamedServer(server) && mcp.server(server).isEmpty()) {
          unknownServer(ws, agent, "/allowedTools/" + i, t, server, diags);
        }
      }
    }
  }

  /** A literal server name, not a pattern and not the {@code @mcp} tag. */
  private static boolean isNamedServer(String server) {
    return !server.isEmpty() && !AgentParser.hasWildcard(server) && !server.equals(MCP_TAG);
  }

  /** {@code @mcp}: every MCP tool (a Kiro 3.0 tool tag, newer than the docs snapshot). */
  private static final String MCP_TAG = "mcp";

  private static void unknownServer(
      Workspace ws,
      Agent agent,
      String pointer,
      ToolName t,
      String server,
      List<Diagnostic> diags) {
    if (agent.path().isEmpty()) {
      return;
    }
    JsonPosition p = agent.position(pointer);
    boolean files = McpConfig.includesFiles(agent);
    String hint = "";
    if (!files && McpConfig.of(ws).server(server).isPresent()) {
      hint =
          ": it is defined in an mcp.json file, which this agent does not include (set"
              + " \"includeMcpJson\": true)";
    } else if (files) {
      // A user's own ~/.kiro/settings/mcp.json, which a repository's lint cannot see, may define
      // it.
      hint = " in this workspace or this user's mcp.json (another user's may define it)";
    }
    Diagnostic d =
        Diagnostic.of(
            AgentCode.UNKNOWN_MCP_SERVER,
            agent.path().get(),
            p.line(),
            p.column(),
            "'"
                + t.text()
                + "' names MCP server '"
                + server
                + "', which the agent does not have"
                + hint);
    diags.add(files ? d.withSeverity(Severity.INFO) : d);
  }

  private static List<String> tools(
      Workspace ws,
      Agent agent,
      McpConfig mcp,
      Map<String, List<String>> lists,
      List<Diagnostic> diags) {
    Set<BuiltinTool> builtins = EnumSet.noneOf(BuiltinTool.class);
    Map<String, Set<String>> mcpTools = new LinkedHashMap<>();
    List<McpServer> servers = mcp.enabledServers();
    if (agent.format() == AgentFormat.MARKDOWN && agent.config().includesMcpJson()) {
      // A subagent's includeMcpJson: "all MCP tools are included" (L19715).
      addEvery(mcpTools, servers, lists);
    }
    List<String> written = agent.config().tools();
    for (int i = 0; i < written.size(); i++) {
      ToolName t = ToolName.parse(written.get(i));
      switch (t.kind()) {
        case ALL:
          builtins.addAll(EnumSet.allOf(BuiltinTool.class));
          addEvery(mcpTools, servers, lists);
          break;
        case ALL_BUILTIN:
          builtins.addAll(EnumSet.allOf(BuiltinTool.class));
          break;
        case BUILTIN:
          builtins.add(t.builtin().orElseThrow());
          break;
        case SERVER:
        case MCP_TOOL:
          String server = t.server().orElseThrow();
          if (server.equals(MCP_TAG)
              && t.kind() == ToolName.Kind.SERVER
              && mcp.server(server).isEmpty()) {
            addEvery(mcpTools, servers, lists);
          } else if (mcp.server(server).isEmpty()) {
            if (isNamedServer(server)) {
              unknownServer(ws, agent, "/tools/" + i, t, server, diags);
            }
          } else if (mcp.server(server).get().disabled()) {
            break;
          } else if (t.kind() == ToolName.Kind.SERVER) {
            addAll(mcpTools, server, lists);
          } else {
            addOne(mcpTools, server, t.tool().orElseThrow(), lists);
          }
          break;
        default:
          break; // unknown names are reported at load (AGENT-005)
      }
    }
    List<String> out = new ArrayList<>();
    for (BuiltinTool b : builtins) {
      out.add(b.canonicalName());
    }
    for (String server : new TreeSet<>(mcpTools.keySet())) {
      Optional<McpServer> s = mcp.server(server);
      List<String> disabled = s.isPresent() ? s.get().config().disabledTools() : List.of();
      for (String tool : mcpTools.get(server)) {
        if (tool.isEmpty()) {
          out.add("@" + server);
        } else if (!disabled.contains(tool)) {
          out.add(ToolName.qualified(server, tool));
        }
      }
    }
    return out;
  }

  private static void addEvery(
      Map<String, Set<String>> acc, List<McpServer> servers, Map<String, List<String>> lists) {
    for (McpServer s : servers) {
      addAll(acc, s.name(), lists);
    }
  }

  /** The tools found for {@code server} so far; a new entry on first use. */
  private static Set<String> toolsOf(Map<String, Set<String>> acc, String server) {
    Set<String> set = acc.get(server);
    if (set == null) {
      set = new LinkedHashSet<>();
      acc.put(server, set);
    }
    return set;
  }

  /** Every tool of {@code server}: its listed tools, or "" (all, unknown) when not listed. */
  private static void addAll(
      Map<String, Set<String>> acc, String server, Map<String, List<String>> lists) {
    Set<String> set = toolsOf(acc, server);
    List<String> known = lists.get(server);
    if (known == null) {
      set.clear();
      set.add("");
    } else if (!set.contains("")) {
      set.addAll(known);
    }
  }

  private static void addOne(
      Map<String, Set<String>> acc, String server, String tool, Map<String, List<String>> lists) {
    Set<String> set = toolsOf(acc, server);
    if (set.contains("")) {
      return;
    }
    List<String> known = lists.get(server);
    if (known == null || !AgentParser.hasWildcard(tool)) {
      if (known == null || known.contains(tool)) {
        set.add(tool);
      }
      return;
    }
    try {
      Glob g = Glob.compile(tool, GlobDialect.TOOL_NAME);
      for (String k : known) {
        if (g.matches(k)) {
          set.add(k);
        }
      }
    } catch (GlobSyntaxException e) {
      // reported at load (GLOB-001)
    }
  }
}
