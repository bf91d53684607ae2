package io.kiro4j.core.mcp;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.internal.json.JsonSchema;
import io.kiro4j.core.internal.mcp.McpEntryCheck;
import io.kiro4j.core.internal.variable.VariablePolicy;
import io.kiro4j.core.internal.variable.VariableSubstitution;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.json.JsonSyntax;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.workspace.AmazonQFolders;
import io.kiro4j.core.workspace.LayoutCode;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The effective MCP servers of a workspace, or of one agent in it, with where each came from.
 *
 * <pre>{@code
 * McpConfig files = McpConfig.of(ws);                 // workspace + user mcp.json
 * McpConfig forDev = McpConfig.of(ws, agents.find("dev").orElseThrow());
 * forDev.servers().forEach(s -> System.out.println(s.name() + " " + s.layer().label()));
 * }</pre>
 *
 * <h2>Rules (docs L5768-5808, L1814-1825, L20455, L6357-6368)</h2>
 *
 * <ul>
 *   <li>Layers, highest first: the agent's {@code mcpServers}, every root's {@code
 *       .kiro/settings/mcp.json}, the user's {@code ~/.kiro/settings/mcp.json}. A same-named entry
 *       of a higher layer replaces the lower one <em>as a whole</em> ({@code MCP-006}); among roots
 *       the last defining root wins. {@code disabled: true} in the winning entry turns the server
 *       off (it stays listed, disabled).
 *   <li>An agent takes the files' servers only when it includes {@code mcp.json} ({@code
 *       includeMcpJson}, else {@code useLegacyMcpJson}; default false); a Markdown subagent always
 *       sees them (see {@link #includesFiles}).
 *   <li>{@code ${VAR}} is substituted in {@code command}, {@code args}, {@code env}, {@code url}
 *       and {@code headers}: agent entries under the CLI policy (any set variable), file entries
 *       under {@link McpOptions} (the IDE's approved list by default).
 *   <li>Entry checks: {@code MCP-001}/{@code -003}/{@code -004}/{@code -007}/{@code -008} and
 *       {@code SECRET-001} per entry; {@code MCP-002} on the effective entry (a lower layer's
 *       fragment such as {@code {"disabled": true}} is legal: the files are merged, docs L1825).
 *   <li>Servers named {@code power-<power>-<server>} in the user file belong to installed powers
 *       (L1509-1529, L1648); their origin is the power's folder under {@code ~/.kiro/powers} when
 *       it exists.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class McpConfig {

  // Lazily: a valid mcp.json is judged without compiling the schema (see JsonSchema).
  static final JsonSchema SCHEMA =
      JsonSchema.fromResourceLazily(McpConfig.class, "mcp.schema.json");

  private final Path workingDirectory;
  private final PathExpansion pathExpansion;
  private final List<McpServer> servers;
  private final List<McpServer> overridden;
  private final List<Diagnostic> diagnostics;

  private McpConfig(
      Path workingDirectory,
      PathExpansion pathExpansion,
      List<McpServer> servers,
      List<McpServer> overridden,
      List<Diagnostic> diags) {
    this.workingDirectory = workingDirectory;
    this.pathExpansion = pathExpansion;
    this.servers = List.copyOf(servers);
    this.overridden = List.copyOf(overridden);
    this.diagnostics = List.copyOf(diags);
  }

  /** The servers of the workspace and user {@code mcp.json} files; cached on the workspace. */
  public static McpConfig of(Workspace workspace) {
    return cached(workspace, "", Optional.empty());
  }

  /** The servers {@code agent} has; cached on the workspace per agent. */
  public static McpConfig of(Workspace workspace, McpAgent agent) {
    String key =
        agent.scope().label()
            + ":"
            + agent.name()
            + ":"
            + (agent.path().isPresent() ? agent.path().get().toString() : "");
    return cached(workspace, key, Optional.of(agent));
  }

  /**
   * The workspace's config under {@code key}, loaded on first ask. No {@code computeIfAbsent}
   * lambdas: lint's cold path links every lambda it reaches through java.lang.invoke (see
   * benchmarks/README.md, "Cold start"); two threads may both load, and the first stored wins.
   */
  private static McpConfig cached(
      Workspace workspace, String key, Optional<? extends McpAgent> agent) {
    Map<String, McpConfig> configs = workspace.view(Cache.class, Cache.FACTORY).configs;
    McpConfig config = configs.get(key);
    if (config == null) {
      config = load(workspace, agent, McpOptions.defaults());
      McpConfig earlier = configs.putIfAbsent(key, config);
      if (earlier != null) {
        config = earlier;
      }
    }
    return config;
  }

  /** Per-workspace cache of loaded configs. */
  static final class Cache {
    static final Function<Workspace, Cache> FACTORY =
        new Function<>() {
          @Override
          public Cache apply(Workspace w) {
            return new Cache();
          }
        };

    final Map<String, McpConfig> configs = new ConcurrentHashMap<>();
  }

  /**
   * Whether the {@code mcp.json} servers are in {@code agent}'s configuration. A JSON (CLI) agent:
   * only with {@code includeMcpJson}, else {@code useLegacyMcpJson} (default false). A Markdown
   * (IDE subagent) agent: always, since its {@code tools} name the workspace's servers ({@code
   * "@context7"} in the docs' example, L19688, without {@code includeMcpJson}; "MCP servers work in
   * subagents exactly as they do in the main agent", L19672); there {@code includeMcpJson: true}
   * means "all MCP tools are included" in its tools (L19715).
   */
  public static boolean includesFiles(McpAgent agent) {
    Objects.requireNonNull(agent, "agent");
    return agent.includesMcpFiles();
  }

  /** Loads without caching. */
  public static McpConfig load(
      Workspace workspace, Optional<? extends McpAgent> agent, McpOptions options) {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(options, "options");
    Diagnostics diags = new Diagnostics();
    List<Entry> entries = new ArrayList<>();
    boolean files = agent.isEmpty() || includesFiles(agent.get());
    VariablePolicy filePolicy =
        options.cliPolicyForFiles()
            ? VariablePolicy.cli(workspace.environment())
            : VariablePolicy.ide(workspace.environment(), options.approvedVariables());
    if (files) {
      if (workspace.readsGlobalScope()) {
        Path global = workspace.globalKiroDir().resolve("settings").resolve("mcp.json");
        entries.addAll(
            readFile(
                workspace,
                global,
                McpLayer.GLOBAL,
                OptionalInt.empty(),
                options,
                filePolicy,
                diags));
      }
      for (WorkspaceRoot root : workspace.roots()) {
        Path f = root.kiroDir().resolve("settings").resolve("mcp.json");
        Optional<Path> legacyFolder = AmazonQFolders.projectFolder(root);
        if (legacyFolder.isPresent()
            && TextFile.isPresent(legacyFolder.get().resolve("mcp.json"))) {
          // Kiro CLI reads a project's .amazonq/mcp.json while the project has no .kiro (L10920).
          f = legacyFolder.get().resolve("mcp.json");
          diags.add(
              Diagnostic.ofFile(
                  LayoutCode.AMAZONQ_READ,
                  f,
                  "MCP servers read from the Amazon Q Developer CLI's .amazonq/mcp.json, as Kiro CLI"
                      + " does (docs L10920); the Kiro IDE does not read it. `kiro4j migrate` copies"
                      + " it to .kiro/settings/mcp.json"));
        }
        entries.addAll(
            readFile(
                workspace,
                f,
                McpLayer.WORKSPACE,
                OptionalInt.of(root.index()),
                options,
                filePolicy,
                diags));
      }
    }
    if (agent.isPresent() && agent.get().path().isPresent()) {
      McpAgent a = agent.get();
      VariablePolicy cli = VariablePolicy.cli(workspace.environment());
      Optional<WorkspaceRoot> root = workspace.rootOf(a.path().get());
      OptionalInt agentRoot =
          root.isPresent() ? OptionalInt.of(root.get().index()) : OptionalInt.empty();
      // A class, not a::position: lint links every method reference it reaches.
      Function<String, JsonPosition> positions =
          new Function<>() {
            @Override
            public JsonPosition apply(String pointer) {
              return a.position(pointer);
            }
          };
      for (Map.Entry<String, McpServerConfig> server : a.mcpServers().entrySet()) {
        String pointer = "/mcpServers/" + McpEntryCheck.escape(server.getKey());
        entries.add(
            new Entry(
                server.getKey(),
                server.getValue(),
                McpLayer.AGENT,
                a.path().get(),
                a.path().get(),
                agentRoot,
                a.position(pointer),
                positions,
                pointer,
                cli));
      }
    }
    // Entries come lowest first (global, roots in order, agent): a later one replaces.
    Map<String, Entry> effective = new LinkedHashMap<>();
    List<Entry> replaced = new ArrayList<>();
    for (Entry e : entries) {
      Entry lower = effective.put(e.name, e);
      if (lower != null) {
        replaced.add(lower);
        diags.add(
            Diagnostic.of(
                McpCode.OVERRIDDEN,
                lower.file,
                lower.at.line(),
                lower.at.column(),
                "server '"
                    + e.name
                    + "' is replaced by the "
                    + e.layer.label()
                    + " entry in "
                    + workspace.displayPath(e.file).path()));
      }
    }
    List<McpServer> servers = new ArrayList<>();
    for (Entry e : effective.values()) {
      if (e.config.command().isEmpty() && e.config.url().isEmpty() && !e.config.disabled()) {
        diags.add(
            Diagnostic.of(
                McpCode.NEITHER_COMMAND_NOR_URL,
                e.file,
                e.at.line(),
                e.at.column(),
                "server '" + e.name + "' has neither 'command' nor 'url'"));
      }
      servers.add(e.toServer(diags));
    }
    servers.sort(BY_NAME);
    List<McpServer> hidden = new ArrayList<>();
    for (Entry e : replaced) {
      hidden.add(e.toServer(new Diagnostics()));
    }
    return new McpConfig(
        workspace.primaryRoot().path(), workspace.pathExpansion(), servers, hidden, diags.toList());
  }

  private static List<Entry> readFile(
      Workspace ws,
      Path file,
      McpLayer layer,
      OptionalInt root,
      McpOptions options,
      VariablePolicy policy,
      Diagnostics diags) {
    List<Entry> out = new ArrayList<>();
    Optional<String> text = ws.readIfPresent(file, diags);
    if (text.isEmpty()) {
      return out;
    }
    JsonLoader loader =
        options.syntax() == JsonSyntax.STRICT ? JsonLoader.strict() : JsonLoader.lenient();
    JsonResult parsed = loader.parse(text.get(), file);
    diags.addAll(parsed.diagnostics());
    if (parsed.document().isEmpty()) {
      return out;
    }
    JsonDocument doc = parsed.document().get();
    diags.addAll(SCHEMA.validate(doc));
    JsonNode root0 = doc.root();
    if (!root0.isObject()) {
      return out;
    }
    for (String key : root0.propertyNames()) {
      if (McpEntryCheck.isNote(key)) {
        diags.add(
            doc.keyDiagnostic(
                McpCode.DESCRIPTIVE_KEY,
                "/" + McpEntryCheck.escape(key),
                "'" + key + "' is a note for readers; Kiro ignores it"));
      } else if (!key.equals("mcpServers") && !key.equals("$schema")) {
        diags.add(
            doc.keyDiagnostic(
                McpCode.UNKNOWN_KEY,
                "/" + McpEntryCheck.escape(key),
                "unknown key '" + key + "' in mcp.json; ignored"));
      }
    }
    JsonNode servers = root0.get("mcpServers");
    if (servers == null || !servers.isObject()) {
      if (servers == null) {
        diags.add(
            Diagnostic.ofFile(McpCode.NO_SERVERS_KEY, file, "mcp.json has no 'mcpServers' object"));
      }
      return out;
    }
    Function<String, JsonPosition> keyPositions = doc.keyPositions();
    Function<String, JsonPosition> valuePositions = doc.valuePositions();
    for (Map.Entry<String, JsonNode> e : servers.properties()) {
      String pointer = "/mcpServers/" + McpEntryCheck.escape(e.getKey());
      if (!e.getValue().isObject()) {
        continue; // the schema reports it
      }
      McpEntryCheck.check(
          e.getValue(),
          file,
          pointer,
          keyPositions,
          valuePositions,
          layer == McpLayer.GLOBAL,
          diags);
      Path origin = file;
      if (layer == McpLayer.GLOBAL) {
        Optional<Path> power = powerFolder(ws, e.getKey());
        origin = power.isPresent() ? power.get() : file;
      }
      out.add(
          new Entry(
              e.getKey(),
              McpServerConfig.fromJson(e.getValue()),
              layer,
              file,
              origin,
              root,
              doc.keyPosition(pointer),
              valuePositions,
              pointer,
              policy));
    }
    return out;
  }

  /** The folder of the installed power a {@code power-<power>-<server>} name belongs to. */
  static Optional<Path> powerFolder(Workspace ws, String serverName) {
    if (!serverName.startsWith("power-")) {
      return Optional.empty();
    }
    String rest = serverName.substring("power-".length());
    Path powers = ws.globalKiroDir().resolve("powers");
    for (Path base : List.of(powers.resolve("installed"), powers)) {
      if (!Files.isDirectory(base)) {
        continue;
      }
      Path best = null;
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base)) {
        for (Path d : dirs) {
          String p = d.getFileName().toString();
          if (Files.isDirectory(d)
              && rest.startsWith(p + "-")
              && (best == null || p.length() > best.getFileName().toString().length())) {
            best = d;
          }
        }
      } catch (java.io.IOException e) {
        continue;
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /** By name: a plain class, as lint's cold path links every lambda it reaches. */
  private static final Comparator<McpServer> BY_NAME =
      new Comparator<>() {
        @Override
        public int compare(McpServer a, McpServer b) {
          return a.name().compareTo(b.name());
        }
      };

  /** One layer's entry before merging. */
  private static final class Entry {
    final String name;
    final McpServerConfig config;
    final McpLayer layer;
    final Path file;
    final Path origin;
    final OptionalInt root;
    final JsonPosition at;
    final Function<String, JsonPosition> positions;
    final String pointer;
    final VariablePolicy policy;

    Entry(
        String name,
        McpServerConfig config,
        McpLayer layer,
        Path file,
        Path origin,
        OptionalInt root,
        JsonPosition at,
        Function<String, JsonPosition> positions,
        String pointer,
        VariablePolicy policy) {
      this.name = name;
      this.config = config;
      this.layer = layer;
      this.file = file;
      this.origin = origin;
      this.root = root;
      this.at = at;
      this.positions = positions;
      this.pointer = pointer;
      this.policy = policy;
    }

    McpServer toServer(Diagnostics diags) {
      VariableSubstitution s = new VariableSubstitution(policy);
      Optional<String> command = sub(s, config.command(), "/command", diags);
      List<String> args = new ArrayList<>();
      for (int i = 0; i < config.args().size(); i++) {
        args.add(sub(s, config.args().get(i), "/args/" + i, diags));
      }
      Map<String, String> env = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : config.env().entrySet()) {
        env.put(
            e.getKey(), sub(s, e.getValue(), "/env/" + McpEntryCheck.escape(e.getKey()), diags));
      }
      Optional<String> url = sub(s, config.url(), "/url", diags);
      Map<String, String> headers = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : config.headers().entrySet()) {
        headers.put(
            e.getKey(),
            sub(s, e.getValue(), "/headers/" + McpEntryCheck.escape(e.getKey()), diags));
      }
      return new McpServer(
          name,
          config.withValues(command, args, env, url, headers),
          layer,
          origin,
          file,
          root,
          at.line(),
          at.column());
    }

    private Optional<String> sub(
        VariableSubstitution s, Optional<String> value, String suffix, Diagnostics diags) {
      return value.isPresent() ? Optional.of(sub(s, value.get(), suffix, diags)) : value;
    }

    private String sub(VariableSubstitution s, String value, String suffix, Diagnostics diags) {
      if (value.indexOf("${") < 0) {
        return value;
      }
      JsonPosition p = positions.apply(pointer + suffix);
      return s.apply(value, file, p.line(), p.column(), diags);
    }
  }

  /**
   * The folder every local server starts in: the first root, whatever root defined the server
   * (L20455).
   */
  public Path workingDirectory() {
    return workingDirectory;
  }

  /**
   * The workspace's expansion, whose user home stands for a leading {@code ~} in a local server's
   * {@code command} and {@code args} when it is launched.
   */
  public PathExpansion pathExpansion() {
    return pathExpansion;
  }

  /** The effective servers, sorted by name (disabled ones included, with {@code disabled}). */
  public List<McpServer> servers() {
    return servers;
  }

  /** The effective servers that are not disabled, sorted by name. */
  public List<McpServer> enabledServers() {
    List<McpServer> enabled = new ArrayList<>();
    for (McpServer s : servers) {
      if (!s.disabled()) {
        enabled.add(s);
      }
    }
    return List.copyOf(enabled);
  }

  /** The effective server named {@code name}. */
  public Optional<McpServer> server(String name) {
    for (McpServer s : servers) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Entries replaced by a higher layer (or a later root), in load order. */
  public List<McpServer> overridden() {
    return overridden;
  }

  /** Every problem of the files read and of the merge. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
