package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.frontmatter.FrontMatter;
import io.kiro4j.core.internal.frontmatter.FrontMatterShape;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.json.JsonSyntax;
import io.kiro4j.core.workspace.AmazonQFolders;
import io.kiro4j.core.workspace.LayoutCode;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The custom agents of a workspace: discovery, precedence, the default agent and lookup by name
 * (docs L6506-6564, L12429-12690, L14649-14839).
 *
 * <pre>{@code
 * AgentSet agents = AgentSet.of(ws);              // read when first asked, cached on the workspace
 * Agent dev = agents.find("dev").orElseThrow();
 * Agent fallback = agents.defaultAgent();         // chat.defaultAgent, else kiro_default
 * agents.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <h2>What is read</h2>
 *
 * <ul>
 *   <li>{@code <root>/.kiro/agents/*.json} and {@code *.md} of every root, and {@code
 *       ~/.kiro/agents/*.json} and {@code *.md} (not recursive, as upstream).
 *   <li>The CLI reads {@code .kiro/agents/*.json} (docs L14717) and the IDE {@code *.md} custom
 *       subagents (L19680): a JSON agent and a Markdown agent of one name are two products' files,
 *       both listed, never a duplicate. Precedence holds per format: a workspace agent wins over a
 *       global agent of the same name and format, with {@code AGENT-003}; within one scope the
 *       first agent of a name and format wins (first root, then file name), with {@code AGENT-004}.
 *   <li>A {@code .md} file without front matter there is not an agent (people keep prompt files and
 *       notes in that folder): it is not listed, and each folder holding such files says so once
 *       ({@code AGENT-023}, info).
 *   <li>The default agent is {@code chat.defaultAgent} of {@code ~/.kiro/settings/cli.json}
 *       (L10944, L12492) when it names an agent, else the built-in {@code kiro_default}.
 *   <li>Agents with errors are listed with their diagnostics (Kiro would refuse them) and still
 *       take part in precedence.
 * </ul>
 *
 * Thread-safe. With {@link #load} every file is read at once; with {@link #of} files are read when
 * first needed (a single lookup reads only the files that may declare its name), so a file changed
 * between two questions to one set may show in the later answer.
 */
public final class AgentSet {

  /** The name of Kiro CLI's built-in default agent. */
  public static final String BUILTIN_DEFAULT_NAME = "kiro_default";

  /*
   * Comparators and Optional chains in this class are written out as plain code: it runs at the
   * first decision of a fresh JVM, where each lambda or method reference is a class generated at
   * run time (no class-data archive holds those).
   */
  private static final Comparator<Agent> BY_NAME = new ByName(false);

  /** By name; of one name the CLI's JSON agent first ({@link AgentFormat}'s order). */
  private static final Comparator<Agent> BY_NAME_THEN_FORMAT = new ByName(true);

  private static final class ByName implements Comparator<Agent> {
    private final boolean thenFormat;

    ByName(boolean thenFormat) {
      this.thenFormat = thenFormat;
    }

    @Override
    public int compare(Agent a, Agent b) {
      int c = a.name().compareTo(b.name());
      return c != 0 || !thenFormat ? c : a.format().compareTo(b.format());
    }
  }

  private final Workspace workspace;
  private final JsonLoader loader;

  /** Every agent, loaded at the first question that needs them all; then the only source. */
  private volatile Loaded loaded;

  /** Answers of {@link #find} before {@link #loaded}, each from the files that may declare it. */
  private final Map<String, Optional<Agent>> found = new ConcurrentHashMap<>();

  private volatile Agent lazyDefault;

  /** The outcome of discovery and precedence over every agent file (or over the candidates). */
  private static final class Loaded {
    final List<Agent> agents;
    final List<Agent> overridden;
    final Agent defaultAgent;
    final List<Diagnostic> diagnostics;

    Loaded(List<Agent> agents, List<Agent> overridden, Agent defaultAgent, List<Diagnostic> diags) {
      this.agents = List.copyOf(agents);
      this.overridden = List.copyOf(overridden);
      this.defaultAgent = defaultAgent;
      this.diagnostics = List.copyOf(diags);
    }
  }

  private AgentSet(Workspace workspace, JsonLoader loader, Loaded loaded) {
    this.workspace = workspace;
    this.loader = loader;
    this.loaded = loaded;
  }

  /**
   * The agents of {@code workspace} (strict JSON), cached on it. The files are read when first
   * needed: {@link #find} and {@link #defaultAgent} read only the files that may declare the name
   * asked for (its file name, or a file whose text holds the name) when that settles the answer as
   * reading every file would; {@link #agents}, {@link #overridden} and {@link #diagnostics} read
   * them all.
   */
  public static AgentSet of(Workspace workspace) {
    return workspace.view(AgentSet.class, LAZILY);
  }

  // A class, not AgentSet::lazily: a fresh JVM links each method reference it reaches through
  // java.lang.invoke, in the interpreter (benchmarks/README.md, "Cold start").
  private static final Function<Workspace, AgentSet> LAZILY =
      new Function<>() {
        @Override
        public AgentSet apply(Workspace workspace) {
          return lazily(workspace);
        }
      };

  private static AgentSet lazily(Workspace workspace) {
    return new AgentSet(workspace, JsonLoader.strict(), null);
  }

  /** Loads the agents of {@code workspace} with strict JSON, as Kiro CLI reads them. */
  public static AgentSet load(Workspace workspace) {
    return load(workspace, JsonSyntax.STRICT);
  }

  /**
   * Loads the agents of {@code workspace}. With {@link JsonSyntax#LENIENT}, comments and trailing
   * commas are warnings ({@code JSON-002}, {@code JSON-003}) instead of errors.
   */
  public static AgentSet load(Workspace workspace, JsonSyntax syntax) {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(syntax, "syntax");
    JsonLoader loader = syntax == JsonSyntax.STRICT ? JsonLoader.strict() : JsonLoader.lenient();
    return new AgentSet(workspace, loader, resolve(workspace, loader, null));
  }

  /**
   * Discovery and precedence over the agent files, in the order Kiro reads them; with {@code only},
   * over the files it selects: every agent of the names it holds takes part, in the same order, so
   * the one {@code find} picks of those names is the same as over every file.
   */
  private static Loaded resolve(Workspace workspace, JsonLoader loader, Candidates only) {
    Diagnostics listing = new Diagnostics();
    List<Agent> loadedWorkspace = new ArrayList<>();
    for (WorkspaceRoot root : workspace.roots()) {
      loadedWorkspace.addAll(
          loadDir(
              workspace, root.kiroDir().resolve("agents"), Scope.WORKSPACE, loader, only, listing));
      Optional<Path> amazonQ = AmazonQFolders.projectFolder(root);
      Optional<Path> legacy =
          amazonQ.isPresent() ? Optional.of(amazonQ.get().resolve("cli-agents")) : Optional.empty();
      if (legacy.isPresent()) {
        // Kiro CLI reads a project's .amazonq/cli-agents while the project has no .kiro (L10920).
        List<Agent> agents =
            loadDir(workspace, legacy.get(), Scope.WORKSPACE, loader, only, listing);
        for (Agent a : agents) {
          loadedWorkspace.add(
              a.withDiagnostics(
                  List.of(
                      Diagnostic.ofFile(
                          LayoutCode.AMAZONQ_READ,
                          a.path().orElseThrow(),
                          "agent read from the Amazon Q Developer CLI's .amazonq/cli-agents/, as"
                              + " Kiro CLI does (docs L10920); `kiro4j migrate` copies it to"
                              + " .kiro/agents/"))));
        }
      }
    }
    List<Agent> loadedGlobal =
        workspace.readsGlobalScope()
            ? loadDir(
                workspace,
                workspace.globalKiroDir().resolve("agents"),
                Scope.GLOBAL,
                loader,
                only,
                listing)
            : List.of();

    List<Agent> overridden = new ArrayList<>();
    Map<String, Agent> ws = firstByName(loadedWorkspace, overridden);
    Map<String, Agent> global = firstByName(loadedGlobal, overridden);
    Map<String, Agent> effective = new LinkedHashMap<>(global);
    for (Agent a : ws.values()) {
      Agent g = global.get(key(a));
      if (g != null) {
        overridden.add(g);
        a =
            a.withDiagnostics(
                List.of(
                    at(
                        a,
                        AgentCode.WORKSPACE_OVERRIDES_GLOBAL,
                        "workspace agent '"
                            + a.name()
                            + "' overrides the global agent "
                            + workspace.displayPath(g.path().orElseThrow()).path())));
      }
      effective.put(key(a), a);
    }
    Agent builtin = BuiltinAgent.create();
    effective.putIfAbsent(key(builtin), builtin);
    List<Agent> all = shortcutConflicts(new ArrayList<>(effective.values()));
    // By name; of one name the CLI's JSON agent first (find and --agent pick it).
    all.sort(BY_NAME_THEN_FORMAT);

    Agent defaultAgent = builtin;
    Optional<String> configured =
        only == null ? defaultAgentSetting(workspace, listing) : Optional.empty();
    if (configured.isPresent()) {
      Optional<Agent> named = find(all, configured.get());
      if (named.isPresent()) {
        defaultAgent = named.get();
      } else {
        listing.add(
            Diagnostic.ofFile(
                AgentCode.DEFAULT_AGENT_MISSING,
                cliSettings(workspace),
                "chat.defaultAgent '"
                    + configured.get()
                    + "' names no agent; using "
                    + BUILTIN_DEFAULT_NAME));
      }
    }
    List<Diagnostic> diags = new ArrayList<>(listing.toList());
    for (Agent a : all) {
      diags.addAll(a.diagnostics());
    }
    for (Agent a : overridden) {
      diags.addAll(a.diagnostics());
    }
    overridden.sort(BY_NAME);
    return new Loaded(all, overridden, defaultAgent, diags);
  }

  private static List<Agent> loadDir(
      Workspace ws,
      Path dir,
      Scope scope,
      JsonLoader loader,
      Candidates only,
      Diagnostics listing) {
    // A missing folder lists nothing, or the editor's unsaved agents (the overlay's files).
    List<Agent> out = new ArrayList<>();
    List<Path> notAgents = new ArrayList<>();
    for (Path file : ws.listFiles(dir, AGENT_FILE, listing)) {
      if (only != null && !only.selects(ws, file)) {
        continue;
      }
      if (AgentParser.formatOf(file) == AgentFormat.MARKDOWN && withoutFrontMatter(ws, file)) {
        notAgents.add(file);
        continue;
      }
      out.add(AgentParser.load(ws, file, scope, loader, new Diagnostics()));
    }
    if (!notAgents.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Path p : notAgents.subList(0, Math.min(5, notAgents.size()))) {
        names.add(p.getFileName().toString());
      }
      if (notAgents.size() > 5) {
        names.add("...");
      }
      listing.add(
          Diagnostic.ofFile(
              AgentCode.MARKDOWN_WITHOUT_FRONT_MATTER,
              notAgents.get(0),
              notAgents.size()
                  + (notAgents.size() == 1 ? " Markdown file" : " Markdown files")
                  + " in this agents folder "
                  + (notAgents.size() == 1 ? "has" : "have")
                  + " no front matter ("
                  + String.join(", ", names)
                  + "): not read as agents (a custom subagent file starts with --- front matter,"
                  + " docs L19680)"));
    }
    return out;
  }

  /** True for a readable file with no front matter block at all (a prompt file, notes). */
  private static boolean withoutFrontMatter(Workspace ws, Path file) {
    Optional<String> text = ws.read(file, new Diagnostics());
    return text.isPresent()
        && FrontMatter.split(new TextFile(file, text.get()).text()).shape()
            == FrontMatterShape.NONE;
  }

  /** Agents of one name are the same agent only in the same format (JSON: CLI, Markdown: IDE). */
  private static String key(Agent a) {
    return a.format().name() + ":" + a.name();
  }

  private static boolean isAgentFile(String name) {
    return name.endsWith(".json") || name.endsWith(".md");
  }

  /** An agent file directly in the folder listed (a relative name without a slash). */
  private static final Predicate<String> AGENT_FILE =
      new Predicate<>() {
        @Override
        public boolean test(String rel) {
          return rel.indexOf('/') < 0 && isAgentFile(rel);
        }
      };

  private static Map<String, Agent> firstByName(List<Agent> loaded, List<Agent> overridden) {
    Map<String, Agent> out = new LinkedHashMap<>();
    for (Agent a : loaded) {
      Agent first = out.get(key(a));
      if (first == null) {
        out.put(key(a), a);
      } else {
        overridden.add(
            a.withDiagnostics(
                List.of(
                    at(
                        a,
                        AgentCode.DUPLICATE_NAME,
                        "another "
                            + a.scope().label()
                            + " agent is also named '"
                            + a.name()
                            + "' ("
                            + (first.path().isPresent()
                                ? first.path().get().getFileName().toString()
                                : "?")
                            + "); this one is ignored"))));
      }
    }
    return out;
  }

  private static Diagnostic at(Agent a, AgentCode code, String message) {
    JsonPosition p = a.config().name().isPresent() ? a.position("/name") : JsonPosition.START;
    return Diagnostic.of(code, a.path().orElseThrow(), p.line(), p.column(), message);
  }

  private static List<Agent> shortcutConflicts(List<Agent> agents) {
    Map<String, List<Agent>> byShortcut = new LinkedHashMap<>();
    for (Agent a : agents) {
      Optional<String> s = shortcut(a);
      if (s.isPresent()) {
        List<Agent> same = byShortcut.get(s.get());
        if (same == null) {
          same = new ArrayList<>();
          byShortcut.put(s.get(), same);
        }
        same.add(a);
      }
    }
    List<Agent> out = new ArrayList<>();
    for (Agent a : agents) {
      Optional<String> s = shortcut(a);
      if (s.isPresent() && byShortcut.get(s.get()).size() > 1 && a.path().isPresent()) {
        JsonPosition p = a.position("/keyboardShortcut");
        a =
            a.withDiagnostics(
                List.of(
                    Diagnostic.of(
                        AgentCode.SHORTCUT_CONFLICT,
                        a.path().get(),
                        p.line(),
                        p.column(),
                        "keyboard shortcut "
                            + s.get()
                            + " is also declared by another agent; it is disabled")));
      }
      out.add(a);
    }
    return out;
  }

  /** The agent's keyboard shortcut, normalised, when it declares a valid one. */
  private static Optional<String> shortcut(Agent a) {
    Optional<String> written = a.config().keyboardShortcut();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<KeyboardShortcut> parsed = KeyboardShortcut.parse(written.get());
    return parsed.isPresent() ? Optional.of(parsed.get().toString()) : Optional.empty();
  }

  /** {@code ~/.kiro/settings/cli.json}. */
  static Path cliSettings(Workspace ws) {
    return ws.globalKiroDir().resolve("settings").resolve("cli.json");
  }

  private static Optional<String> defaultAgentSetting(Workspace ws, Diagnostics diags) {
    Path file = cliSettings(ws);
    Optional<String> text = ws.readIfPresent(file, diags);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonResult r = JsonLoader.lenient().parse(new TextFile(file, text.get()).text(), file);
    if (r.document().isEmpty()) {
      diags.add(
          Diagnostic.ofFile(AgentCode.BAD_CLI_SETTINGS, file, "cli settings are not valid JSON"));
      return Optional.empty();
    }
    JsonDocument doc = r.document().get();
    JsonNode root = doc.root();
    JsonNode v = root.get("chat.defaultAgent");
    String pointer = "/chat.defaultAgent";
    if (v == null && root.get("chat") != null) {
      v = root.get("chat").get("defaultAgent");
      pointer = "/chat/defaultAgent";
    }
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isString()) {
      diags.add(
          doc.diagnostic(
              AgentCode.BAD_CLI_SETTINGS, pointer, "chat.defaultAgent must be a string"));
      return Optional.empty();
    }
    return Optional.of(v.stringValue());
  }

  private static Optional<Agent> find(List<Agent> agents, String name) {
    for (Agent a : agents) {
      if (a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    for (Agent a : agents) {
      if (a.path().isPresent() && AgentParser.stem(a.path().get()).equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The workspace these agents belong to. */
  public Workspace workspace() {
    return workspace;
  }

  /**
   * The effective agents (including the built-in default), sorted by name; a JSON and a Markdown
   * agent of one name are both here, the JSON one first.
   */
  public List<Agent> agents() {
    return loaded().agents;
  }

  /** Agents hidden by a same-named agent of higher precedence, sorted by name. */
  public List<Agent> overridden() {
    return loaded().overridden;
  }

  /**
   * The agent {@code --agent name} selects: by {@code name}, else by file name (the Kiro CLI looks
   * up by file name in some paths). When a JSON (CLI) and a Markdown (IDE) agent share the name,
   * the JSON one.
   */
  public Optional<Agent> find(String name) {
    Objects.requireNonNull(name, "name");
    Loaded all = loaded;
    if (all != null) {
      return find(all.agents, name);
    }
    Optional<Agent> answer = found.get(name);
    if (answer == null) {
      answer = lookUp(name);
      if (answer == null) {
        return find(loaded().agents, name);
      }
      Optional<Agent> earlier = found.putIfAbsent(name, answer);
      answer = earlier != null ? earlier : answer;
    }
    return answer;
  }

  /** The agent used without {@code --agent}: {@code chat.defaultAgent} or {@code kiro_default}. */
  public Agent defaultAgent() {
    Loaded all = loaded;
    if (all != null) {
      return all.defaultAgent;
    }
    Agent agent = lazyDefault;
    if (agent == null) {
      // Its diagnostics (BAD_CLI_SETTINGS, DEFAULT_AGENT_MISSING) are the full load's.
      Optional<String> configured = defaultAgentSetting(workspace, new Diagnostics());
      if (configured.isEmpty()) {
        agent = BuiltinAgent.create();
      } else {
        Optional<Agent> named = lookUp(configured.get());
        if (named == null || named.isEmpty()) {
          return loaded().defaultAgent;
        }
        agent = named.get();
      }
      lazyDefault = agent;
    }
    return agent;
  }

  /** Every diagnostic: of the effective and the overridden agents and of the discovery. */
  public List<Diagnostic> diagnostics() {
    return loaded().diagnostics;
  }

  private Loaded loaded() {
    Loaded all = loaded;
    if (all == null) {
      synchronized (this) {
        all = loaded;
        if (all == null) {
          all = resolve(workspace, loader, null);
          loaded = all;
        }
      }
    }
    return all;
  }

  /**
   * The agent {@code find(name)} returns, from the files that may declare {@code name} only; null
   * when only every file can tell: when no agent has that name (the file-name fallback needs every
   * agent's name to know which are in effect) or when a name is one that text matching cannot find
   * reliably. An agent with a keyboard shortcut is judged among every file that may declare one and
   * every file that may declare their names: a conflict with any agent in effect adds a diagnostic
   * to it.
   */
  private Optional<Agent> lookUp(String name) {
    if (!Candidates.plainName(name)) {
      return null;
    }
    // One pass over the files that may declare the name or a shortcut: enough unless an agent
    // with a shortcut there has another name, whose files could override it (then a second pass).
    List<String> names = new ArrayList<>();
    names.add(name);
    Loaded part = resolve(workspace, loader, new Candidates(names, true));
    Optional<Agent> named = named(part, name);
    if (named.isPresent() && named.get().config().keyboardShortcut().isPresent()) {
      for (Agent a : part.agents) {
        if (a.config().keyboardShortcut().isPresent() && !names.contains(a.name())) {
          if (!Candidates.plainName(a.name())) {
            return null;
          }
          names.add(a.name());
        }
      }
      if (names.size() > 1) {
        named = named(resolve(workspace, loader, new Candidates(names, true)), name);
      }
    }
    return named.isEmpty() ? null : named;
  }

  private static Optional<Agent> named(Loaded loaded, String name) {
    for (Agent a : loaded.agents) {
      if (a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The agent files a lookup reads: those that may declare one of {@code names} (by file name, or
   * by text spelling the name) and, with {@code shortcuts}, those that may declare a keyboard
   * shortcut.
   */
  private static final class Candidates {
    private final List<String> names;
    private final boolean shortcuts;

    Candidates(List<String> names, boolean shortcuts) {
      this.names = List.copyOf(names);
      this.shortcuts = shortcuts;
    }

    boolean selects(Workspace ws, Path file) {
      if (names.contains(AgentParser.stem(file))) {
        return true;
      }
      // A file that cannot be read is named by its file name and declares no shortcut.
      Optional<String> text = ws.read(file, new Diagnostics());
      if (text.isEmpty()) {
        return false;
      }
      String spelled = unescaped(text.get());
      for (String name : names) {
        if (spelled.contains(name)) {
          return true;
        }
      }
      return shortcuts && spelled.contains("keyboardShortcut");
    }

    /**
     * Letters, digits, {@code -}, {@code _} and {@code .}: in JSON and YAML such a name (or key) is
     * written as itself or with escapes that {@link #unescaped} spells out, never by folding lines
     * (that adds a space).
     */
    static boolean plainName(String name) {
      if (name.isEmpty()) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean plain =
            c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '_'
                || c == '.';
        if (!plain) {
          return false;
        }
      }
      return true;
    }

    /**
     * The text with the escapes that can spell a plain name written out: a backslash then {@code u}
     * and four hex digits (JSON and YAML), {@code x} and two or {@code U} and eight (YAML), and
     * YAML's escaped line break (which joins the lines without a space). Other escapes stay as
     * written: none of them stands for a letter, digit, {@code -}, {@code _} or {@code .}.
     */
    static String unescaped(String text) {
      if (text.indexOf('\\') < 0) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c != '\\' || i + 1 >= text.length()) {
          out.append(c);
          i++;
          continue;
        }
        char e = text.charAt(i + 1);
        int digits = e == 'u' ? 4 : e == 'x' ? 2 : e == 'U' ? 8 : 0;
        int code = digits == 0 ? -1 : hex(text, i + 2, digits);
        if (code >= 0 && code <= Character.MAX_CODE_POINT) {
          out.appendCodePoint(code);
          i += 2 + digits;
        } else if (e == '\n' || e == '\r') {
          i += 2;
          while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
            i++;
          }
        } else {
          out.append(c).append(e);
          i += 2;
        }
      }
      return out.toString();
    }

    /** The value of {@code count} hex digits at {@code from}, or -1. */
    private static int hex(String text, int from, int count) {
      if (from + count > text.length()) {
        return -1;
      }
      long value = 0;
      for (int k = from; k < from + count; k++) {
        int d = Character.digit(text.charAt(k), 16);
        if (d < 0) {
          return -1;
        }
        value = value * 16 + d;
      }
      return value > Integer.MAX_VALUE ? -1 : (int) value;
    }
  }
}
