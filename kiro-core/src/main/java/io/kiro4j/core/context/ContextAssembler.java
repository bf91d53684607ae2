package io.kiro4j.core.context;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentFormat;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.steering.AppliedSteering;
import io.kiro4j.core.steering.InclusionMode;
import io.kiro4j.core.steering.InclusionReason;
import io.kiro4j.core.steering.SteeringCode;
import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.steering.SteeringRequest;
import io.kiro4j.core.steering.SteeringSelection;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.AmazonQFolders;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Assembles the context of one agent turn: which agent prompt, steering, {@code AGENTS.md},
 * resources, skills, powers, specs, referenced files, session files and prompts go to the model, in
 * what order, within what budget, each with the rule that put it there.
 *
 * <pre>{@code
 * Workspace ws = Kiro.open(Path.of("."));
 * ContextAssembler assembler = ContextAssembler.of(ws);   // reuse it: it caches token counts
 * AssembledContext ctx = assembler.assemble(ContextRequest.builder()
 *     .mode(ContextMode.IDE)
 *     .file(Path.of("src/components/Button.tsx"))
 *     .prompt("add a checkout page")
 *     .build());
 * ctx.items().forEach(i -> System.out.println(i.kind().label() + " " + i.source()));
 * ctx.dropped().forEach(d -> System.out.println("left out " + d.source() + ": " + d.reason()));
 * }</pre>
 *
 * <h2>Order</h2>
 *
 * <ol>
 *   <li>The agent's prompt.
 *   <li>IDE mode: steering by inclusion mode ({@link SteeringSet#select}: global before workspace,
 *       {@code AGENTS.md} first), then manual steering invoked as slash commands. CLI mode: a
 *       custom agent's {@code file://} resources in the order written (steering only through them,
 *       docs L13301–13313); the built-in default agent's steering files and {@code README.md} (docs
 *       L7116–7123).
 *   <li>The {@link ContextProvider providers}' items, providers in name order ({@code powers},
 *       {@code skills}, {@code specs}, ...).
 *   <li>IDE mode: {@code #file} and {@code #folder} references, in request order.
 *   <li>Session context files, in request order (docs L7180–7203).
 *   <li>The {@code @} prompt, expanded (docs L10500–10566).
 * </ol>
 *
 * <h2>Budget</h2>
 *
 * Context files ({@link ContextKind#isContextFile()}) may take 75% of the context window (docs
 * L7142; the docs say files past the limit are dropped but not which). kiro4j walks the items in
 * the order above and keeps each file that still fits; a file that does not fit is dropped and the
 * walk goes on, so a later, smaller file may still fit. The earlier an item, the higher its
 * priority: the agent's configuration beats what the turn adds, and session files (temporary) come
 * last. A file already included (same canonical path) is dropped as a duplicate.
 *
 * <p>Thread-safe: immutable apart from bounded caches of token counts and of how files are shown
 * (their display path and canonical path, as first seen; open a new workspace and assembler to see
 * a moved symlink); one assembler may serve many concurrent turns.
 *
 * @since 0.2
 */
public final class ContextAssembler {

  /**
   * The files one {@code #folder} reference or one session context entry adds at most: far more
   * than fit in a context window, and a bound on what a {@code **} glob over a large repository
   * reads.
   */
  static final int MAX_FOLDER_FILES = 200;

  /** {@code #} providers that need the editor, a terminal or an index: the host's (docs L19190). */
  private static final Set<String> HOST_PROVIDERS =
      Set.of(
          "codebase",
          "git",
          "git diff",
          "terminal",
          "problems",
          "url",
          "code",
          "repository",
          "current",
          "docs",
          "mcp");

  private final Workspace workspace;
  private final List<ContextProvider> providers;
  private final TokenCache tokens;
  private final ShownPaths paths;
  private final Optional<McpPromptSource> mcpPrompts;

  private ContextAssembler(
      Workspace workspace,
      List<ContextProvider> providers,
      TokenCache tokens,
      ShownPaths paths,
      Optional<McpPromptSource> mcpPrompts) {
    this.workspace = workspace;
    this.paths = paths;
    List<ContextProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparing(ContextProvider::name));
    this.providers = List.copyOf(sorted);
    this.tokens = tokens;
    this.mcpPrompts = mcpPrompts;
  }

  /**
   * An assembler for {@code workspace} with the providers found by {@link ServiceLoader} (those of
   * kiro-skills and kiro-specs when they are on the path) and the {@link TokenCounter#standard()
   * standard} token counter.
   */
  public static ContextAssembler of(Workspace workspace) {
    return discover(workspace, ContextAssembler.class.getClassLoader());
  }

  /** As {@link #of}, with the providers visible to {@code loader}; the first of a name wins. */
  public static ContextAssembler discover(Workspace workspace, ClassLoader loader) {
    Objects.requireNonNull(workspace, "workspace");
    Map<String, ContextProvider> byName = new LinkedHashMap<>();
    for (ContextProvider p : ServiceLoader.load(ContextProvider.class, loader)) {
      byName.putIfAbsent(p.name(), p);
    }
    return new ContextAssembler(
        workspace,
        List.copyOf(byName.values()),
        new TokenCache(TokenCounter.standard()),
        new ShownPaths(workspace),
        Optional.empty());
  }

  /** An assembler with no provider at all: core's rules only. */
  public static ContextAssembler coreOnly(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    return new ContextAssembler(
        workspace,
        List.of(),
        new TokenCache(TokenCounter.standard()),
        new ShownPaths(workspace),
        Optional.empty());
  }

  /** This assembler plus {@code provider}, which replaces any other of its name. */
  public ContextAssembler with(ContextProvider provider) {
    Objects.requireNonNull(provider, "provider");
    List<ContextProvider> list = new ArrayList<>();
    for (ContextProvider p : providers) {
      if (!p.name().equals(provider.name())) {
        list.add(p);
      }
    }
    list.add(provider);
    return new ContextAssembler(workspace, list, tokens, paths, mcpPrompts);
  }

  /** This assembler counting tokens with {@code counter} (a fresh count cache). */
  public ContextAssembler tokenCounter(TokenCounter counter) {
    return new ContextAssembler(
        workspace,
        providers,
        new TokenCache(Objects.requireNonNull(counter, "counter")),
        paths,
        mcpPrompts);
  }

  /** This assembler expanding {@code @server/prompt} invocations with {@code source}. */
  public ContextAssembler mcpPrompts(McpPromptSource source) {
    return new ContextAssembler(
        workspace, providers, tokens, paths, Optional.of(Objects.requireNonNull(source, "source")));
  }

  /** The providers' names, in the order they run. */
  public List<String> providers() {
    return providers.stream().map(ContextProvider::name).toList();
  }

  /** The workspace. */
  public Workspace workspace() {
    return workspace;
  }

  /** Assembles the context of {@code request}. Never throws for bad files or references. */
  public AssembledContext assemble(ContextRequest request) {
    Objects.requireNonNull(request, "request");
    ContextContribution c = new ContextContribution(workspace, paths);
    AgentSet agents = AgentSet.of(workspace);
    Agent agent = chooseAgent(agents, request, c);
    boolean custom = agent.scope() != Scope.BUILTIN;
    Path base = request.workingDirectory().orElse(workspace.primaryRoot().path());

    agentPrompt(agent, c);
    List<ResourceResolution> resources = List.of();
    References refs = References.classify(request, SteeringSet.of(workspace), base);
    List<Diagnostic> steeringProblems = new ArrayList<>();
    if (request.mode() == ContextMode.IDE) {
      steeringProblems = ideSteering(request, refs, base, c);
    } else {
      ideOnly(request, c);
      if (custom) {
        resources = ResolvedAgent.of(workspace, agent).resources();
        agentResources(resources, c);
      } else {
        defaultAgentFiles(c);
      }
    }
    activeServers(request.mode(), agent, custom, c);

    ContextScope scope =
        new ContextScope(
            workspace, agent, custom, request, resources, powerAccess(request.mode(), agent));
    Set<String> names = new HashSet<>();
    for (ContextProvider p : providers) {
      names.add(p.name());
      p.contribute(scope, c);
    }
    if (!request.skills().isEmpty() && !names.contains("skills")) {
      c.diagnostic(
          atRequest(
              ContextCode.NO_PROVIDER,
              "skills " + request.skills() + " requested but no skills provider is on the path"));
    }

    for (Diagnostic d : steeringProblems) {
      // A #name no workspace steering file matches may be a power's manual steering.
      if (!unknownSteeringClaimed(d, request, c)) {
        c.diagnostic(d);
      }
    }
    if (request.mode() == ContextMode.IDE) {
      referencedFiles(refs, c);
      unclaimedReferences(refs, c);
    }
    sessionFiles(request.sessionFiles(), base, c);
    prompt(request.prompt(), c);
    return Budget.apply(c, agent, request.contextWindow(), tokens);
  }

  // ---------------------------------------------------------------- agent

  private Agent chooseAgent(AgentSet agents, ContextRequest request, ContextContribution c) {
    Agent fallback =
        request.mode() == ContextMode.CLI
            ? agents.defaultAgent()
            : agents.find(AgentSet.BUILTIN_DEFAULT_NAME).orElse(agents.defaultAgent());
    if (request.agent().isEmpty()) {
      return fallback;
    }
    String name = request.agent().get();
    // The IDE reads Markdown agents, the CLI JSON ones (docs L14717, L19680): prefer the mode's.
    AgentFormat preferred =
        request.mode() == ContextMode.IDE ? AgentFormat.MARKDOWN : AgentFormat.JSON;
    Optional<Agent> found =
        agents.agents().stream()
            .filter(a -> a.name().equals(name))
            .min(Comparator.comparing(a -> a.format() == preferred ? 0 : 1));
    if (found.isEmpty()) {
      c.diagnostic(
          Diagnostic.ofFile(
              ContextCode.UNKNOWN_AGENT,
              workspace.primaryRoot().kiroDir().resolve("agents"),
              "no agent named '" + name + "'; using " + fallback.name()));
      return fallback;
    }
    return found.get();
  }

  private void agentPrompt(Agent agent, ContextContribution c) {
    Optional<String> text = agent.promptText().filter(t -> !t.isBlank());
    if (text.isEmpty()) {
      return;
    }
    ContextReason reason = new ContextReason("prompt of agent " + agent.name(), "docs L5957");
    Optional<Path> file = agent.promptFile().or(agent::path);
    if (file.isPresent()) {
      c.add(ContextKind.AGENT_PROMPT, file.get(), 1, reason, text.get(), List.of());
    } else {
      c.addText(ContextKind.AGENT_PROMPT, "agent:" + agent.name(), reason, text.get());
    }
  }

  /**
   * IDE: an IDE Markdown agent takes powers only with {@code includePowers: true} (docs L19715);
   * the main agent activates them by keywords. CLI: none (powers are IDE pages of the docs).
   */
  private PowerAccess powerAccess(ContextMode mode, Agent agent) {
    if (mode == ContextMode.CLI) {
      return PowerAccess.NONE;
    }
    if (agent.scope() == Scope.BUILTIN) {
      return PowerAccess.BY_KEYWORDS;
    }
    return includesPowers(agent) ? PowerAccess.ALL : PowerAccess.NONE;
  }

  /** {@code includePowers: true} in a Markdown agent's front matter. */
  private static boolean includesPowers(Agent agent) {
    return agent.format() == AgentFormat.MARKDOWN && agent.config().includePowers().orElse(false);
  }

  /**
   * The configured MCP servers: the IDE's main agent has the {@code mcp.json} files' (docs
   * L1818–1821); an agent has its own plus those it includes. An installed power's server ({@code
   * power-<power>-<server>} in the user file, docs L1648) is active only when its power is: the
   * powers provider declares it.
   */
  private void activeServers(ContextMode mode, Agent agent, boolean custom, ContextContribution c) {
    McpConfig mcp =
        mode == ContextMode.IDE && !custom
            ? McpConfig.of(workspace)
            : McpConfig.of(workspace, agent);
    for (McpServer s : mcp.enabledServers()) {
      if (s.name().startsWith("power-")) {
        continue;
      }
      boolean own = agent.config().mcpServers().containsKey(s.name());
      String included =
          mode == ContextMode.IDE && !custom
              ? "docs L1818–1821"
              : agent.format() == AgentFormat.MARKDOWN ? "docs L19715" : "docs L6357–6368";
      c.activeServer(
          s.name(),
          own
              ? new ContextReason("mcpServers of agent " + agent.name(), "docs L6005")
              : new ContextReason(
                  "mcp.json server (" + s.layer().name().toLowerCase(Locale.ROOT) + ")", included));
    }
  }

  // ---------------------------------------------------------------- steering

  /** Whether {@code d} says a {@code #name} is unknown and a provider claimed that reference. */
  private static boolean unknownSteeringClaimed(
      Diagnostic d, ContextRequest request, ContextContribution c) {
    if (!d.code().equals(SteeringCode.UNKNOWN_REFERENCE.info().id())) {
      return false;
    }
    for (String ref : request.references()) {
      String bare = ref.startsWith("steering:") ? ref.substring("steering:".length()) : ref;
      if (bare.endsWith(".md")) {
        bare = bare.substring(0, bare.length() - 3);
      }
      if (c.isClaimed(ref) && d.message().startsWith("#" + bare + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Adds the IDE's steering; returns the selection's problems for after the providers ran. */
  private List<Diagnostic> ideSteering(
      ContextRequest request, References refs, Path base, ContextContribution c) {
    SteeringSet steering = SteeringSet.of(workspace);
    SteeringRequest.Builder sr = SteeringRequest.builder().workingDirectory(base);
    request.files().forEach(sr::file);
    refs.steering().forEach(sr::reference);
    SteeringSelection sel = steering.select(sr.build());
    for (AppliedSteering a : sel.applied()) {
      addSteering(steering, a.file(), reasonOf(a.reason()), c);
    }
    for (String command : request.slashCommands()) {
      Optional<SteeringFile> manual =
          steering.files().stream()
              .filter(f -> f.mode() == InclusionMode.MANUAL)
              .filter(f -> f.name().equals(command) || f.fileName().equals(command))
              .findFirst();
      if (manual.isPresent()) {
        addSteering(
            steering,
            manual.get(),
            new ContextReason("slash command /" + command, "docs L19208–19222"),
            c);
      } else {
        c.diagnostic(
            Diagnostic.ofFile(
                ContextCode.UNKNOWN_SLASH_COMMAND,
                workspace.primaryRoot().kiroDir().resolve("steering"),
                "/"
                    + command
                    + " is no manual steering file (a manual hook of that name is run by the"
                    + " turn)"));
      }
    }
    return sel.diagnostics();
  }

  private void addSteering(
      SteeringSet steering, SteeringFile f, ContextReason reason, ContextContribution c) {
    ContextKind kind = f.isAgentsMd() ? ContextKind.AGENTS_MD : ContextKind.STEERING;
    if (f.references().isEmpty()) {
      c.add(kind, f.path(), f.bodyLine(), reason, f.body(), List.of());
    } else {
      var expanded = steering.expand(f);
      c.add(kind, f.path(), f.bodyLine(), reason, expanded.text(), expanded.diagnostics());
    }
  }

  private static ContextReason reasonOf(InclusionReason r) {
    if (r instanceof InclusionReason.AgentsMd) {
      return new ContextReason(r.label(), "docs L1099–1103");
    }
    if (r instanceof InclusionReason.FileMatch) {
      return new ContextReason(
          r.label() + " matched " + ((InclusionReason.FileMatch) r).file(), "docs L1126–1158");
    }
    if (r instanceof InclusionReason.Reference) {
      return new ContextReason(r.label(), "docs L1160–1193");
    }
    return new ContextReason(r.label(), "docs L1113");
  }

  private void ideOnly(ContextRequest request, ContextContribution c) {
    if (!request.references().isEmpty() || !request.slashCommands().isEmpty()) {
      c.diagnostic(
          atRequest(
              ContextCode.IDE_ONLY,
              "# references and slash commands are IDE features; ignored in CLI mode"));
    }
  }

  // ---------------------------------------------------------------- CLI resources

  private void agentResources(List<ResourceResolution> resources, ContextContribution c) {
    Path steeringDir = workspace.primaryRoot().kiroDir().resolve("steering");
    for (ResourceResolution r : resources) {
      switch (r.resolvedBy()) {
        case "file":
          if (r.files().isEmpty()) {
            c.unavailable(ContextKind.RESOURCE_FILE, r.uri(), "matches no file", r.diagnostics());
            break;
          }
          r.diagnostics().forEach(c::diagnostic);
          for (Path file : r.files()) {
            boolean steering = file.startsWith(steeringDir);
            c.addFile(
                ContextKind.RESOURCE_FILE,
                file,
                new ContextReason(
                    "resource " + r.uri(),
                    steering ? "docs L6214–6235, L13301–13313" : "docs L6214–6235"));
          }
          break;
        case "unresolved":
          c.unavailable(ContextKind.RESOURCE_FILE, r.uri(), "no resolver", r.diagnostics());
          break;
        default:
          // knowledgeBase: searched on demand, not loaded (docs L7095); skill: the skills provider.
          break;
      }
    }
  }

  /**
   * Kiro CLI's built-in default agent loads the steering folders and {@code README.md} as files
   * (docs L7116–7123) and {@code AGENTS.md} (docs L10953–10956: it keeps Amazon Q's paths too).
   */
  private void defaultAgentFiles(ContextContribution c) {
    SteeringSet steering = SteeringSet.of(workspace);
    ContextReason reason =
        new ContextReason(
            "default agent resource .kiro/steering/**/*.md, ~/.kiro/steering/**/*.md",
            "docs L7116–7123");
    ContextReason agentsMd =
        new ContextReason("default agent resource AGENTS.md", "docs L10953–10956");
    for (SteeringFile f : steering.files()) {
      addSteering(steering, f, f.isAgentsMd() ? agentsMd : reason, c);
    }
    Path readme = workspace.primaryRoot().path().resolve("README.md");
    if (TextFile.isPresent(readme)) {
      c.addFile(
          ContextKind.RESOURCE_FILE,
          readme,
          new ContextReason("default agent resource README.md", "docs L7121"));
    }
    // A project still on the Q Developer CLI's layout (no .kiro): its rules are the default agent's
    // resources as they were in Amazon Q (docs L10920, L10955-10956).
    ContextReason rules =
        new ContextReason(
            "default agent resource .amazonq/rules/**/*.md (Amazon Q rules)", "docs L10955–10956");
    for (WorkspaceRoot root : workspace.roots()) {
      Optional<Path> q = AmazonQFolders.projectFolder(root);
      if (q.isPresent()) {
        Diagnostics problems = new Diagnostics();
        for (Path f :
            workspace.listFiles(q.get().resolve("rules"), p -> p.endsWith(".md"), problems)) {
          c.addFile(ContextKind.RESOURCE_FILE, f, rules);
        }
        problems.toList().forEach(c::diagnostic);
      }
    }
  }

  // ---------------------------------------------------------------- references and files

  private void referencedFiles(References refs, ContextContribution c) {
    for (References.FileRef ref : refs.files()) {
      Path target = ref.path();
      ContextReason reason = new ContextReason("#" + ref.reference(), "docs L19194–19197");
      if (Files.isDirectory(target)) {
        Diagnostics problems = new Diagnostics();
        List<Path> files = workspace.listFiles(target, p -> true, problems);
        problems.toList().forEach(c::diagnostic);
        if (files.isEmpty()) {
          notFound(ref.reference(), target, "the folder has no file", c);
        }
        int n = 0;
        for (Path f : files) {
          if (n++ == MAX_FOLDER_FILES) {
            c.diagnostic(
                Diagnostic.ofFile(
                        ContextCode.FILE_NOT_FOUND,
                        target,
                        "#"
                            + ref.reference()
                            + " holds more than "
                            + MAX_FOLDER_FILES
                            + " files; the rest are left out")
                    .withSeverity(io.kiro4j.core.diagnostic.Severity.INFO));
            break;
          }
          containedFile(ContextKind.FILE, f, reason, "#" + ref.reference(), c);
        }
      } else if (Files.exists(target)) {
        containedFile(ContextKind.FILE, target, reason, "#" + ref.reference(), c);
      } else {
        notFound(ref.reference(), target, "no such file or folder", c);
      }
    }
  }

  private void notFound(String reference, Path target, String why, ContextContribution c) {
    c.unavailable(
        ContextKind.FILE,
        target,
        why,
        List.of(
            Diagnostic.ofFile(
                ContextCode.FILE_NOT_FOUND,
                workspace.primaryRoot().kiroDir(),
                "#" + reference + ": " + why + " (" + workspace.displayPath(target) + ")")));
  }

  /** Adds {@code file} if it lies in a root and is not ignored; otherwise reports it. */
  private void containedFile(
      ContextKind kind, Path file, ContextReason reason, String what, ContextContribution c) {
    io.kiro4j.core.workspace.Containment check =
        io.kiro4j.core.workspace.Containment.check(workspace, file);
    if (check.allowed()) {
      c.addFile(kind, file, reason);
      return;
    }
    c.unavailable(
        kind,
        file,
        check.insideRoots() ? "excluded by .kiroignore" : "outside every workspace root",
        List.of(
            Diagnostic.ofFile(
                ContextCode.FILE_OUTSIDE_WORKSPACE,
                workspace.primaryRoot().kiroDir(),
                what
                    + ": "
                    + file
                    + (check.insideRoots()
                        ? " is excluded by .kiroignore"
                        : " is outside every workspace root")
                    + "; not loaded")));
  }

  private void unclaimedReferences(References refs, ContextContribution c) {
    for (String ref : refs.others()) {
      if (c.isClaimed(ref)) {
        continue;
      }
      int colon = ref.indexOf(':');
      String provider = (colon < 0 ? ref : ref.substring(0, colon)).toLowerCase(Locale.ROOT);
      if (HOST_PROVIDERS.contains(provider)) {
        c.diagnostic(
            atRequest(
                ContextCode.HOST_REFERENCE,
                "#" + ref + " needs the editor or an index; the host adds it (docs L19190)"));
      } else if (provider.equals("spec")) {
        c.diagnostic(
            atRequest(
                ContextCode.NO_PROVIDER,
                "#" + ref + ": no provider handles #spec (kiro-specs is not on the path)"));
      } else {
        c.diagnostic(
            atRequest(
                ContextCode.UNKNOWN_REFERENCE,
                "#" + ref + " names no steering file, file, folder or spec"));
      }
    }
  }

  /** Session context files: paths or globs, as {@code /context add} takes them (docs L7180). */
  private void sessionFiles(List<String> entries, Path base, ContextContribution c) {
    ContextReason reason = new ContextReason("session context (/context add)", "docs L7180–7203");
    for (String entry : entries) {
      List<Path> files = SessionFiles.resolve(workspace, base, entry, c);
      if (files.isEmpty()) {
        c.unavailable(
            ContextKind.SESSION_FILE,
            entry,
            "matches no file",
            List.of(
                Diagnostic.ofFile(
                    ContextCode.FILE_NOT_FOUND,
                    workspace.primaryRoot().kiroDir(),
                    "session context '" + entry + "' matches no file")));
      }
      for (Path f : files.subList(0, Math.min(files.size(), MAX_FOLDER_FILES))) {
        containedFile(ContextKind.SESSION_FILE, f, reason, "session context '" + entry + "'", c);
      }
      if (files.size() > MAX_FOLDER_FILES) {
        c.diagnostic(
            atRequest(
                    ContextCode.FILE_NOT_FOUND,
                    "session context '"
                        + entry
                        + "' matches "
                        + files.size()
                        + " files; only the first "
                        + MAX_FOLDER_FILES
                        + " are read")
                .withSeverity(io.kiro4j.core.diagnostic.Severity.INFO));
      }
    }
  }

  // ---------------------------------------------------------------- prompts

  /**
   * An {@code @name} at the start of the prompt: {@code .kiro/prompts/name.md} of the first root,
   * else {@code ~/.kiro/prompts/name.md}, else an MCP prompt; {@code @server/name "arg"...} is an
   * MCP prompt (docs L10500–10566).
   */
  private void prompt(String text, ContextContribution c) {
    Optional<PromptInvocation> parsed = PromptInvocation.parse(text);
    if (parsed.isEmpty()) {
      return;
    }
    PromptInvocation inv = parsed.get();
    if (inv.server().isEmpty() && inv.isFileName()) {
      List<Path> places =
          List.of(
              workspace.primaryRoot().kiroDir().resolve("prompts").resolve(inv.name() + ".md"),
              workspace.globalKiroDir().resolve("prompts").resolve(inv.name() + ".md"));
      for (int i = 0; i < places.size(); i++) {
        Path file = places.get(i);
        if (TextFile.isPresent(file)) {
          ContextReason reason =
              new ContextReason(
                  "@" + inv.name() + (i == 0 ? " (local prompt)" : " (global prompt)"),
                  "docs L10500–10566");
          if (!inv.arguments().isEmpty()) {
            c.diagnostic(
                Diagnostic.ofFile(
                    ContextCode.PROMPT_ARGUMENTS,
                    file,
                    "@"
                        + inv.name()
                        + " is a file prompt and takes no arguments; "
                        + inv.arguments().size()
                        + " ignored (docs L10522)"));
          }
          c.addFile(ContextKind.PROMPT, file, reason);
          return;
        }
      }
    }
    String shown = "@" + inv.server().map(s -> s + "/").orElse("") + inv.name();
    if (mcpPrompts.isEmpty()) {
      ContextCode code =
          inv.server().isPresent()
              ? ContextCode.MCP_PROMPT_UNAVAILABLE
              : ContextCode.UNKNOWN_PROMPT;
      String why =
          inv.server().isPresent()
              ? "no MCP prompt source to expand it"
              : "no local or global prompt of that name, and no MCP prompt source";
      c.unavailable(
          ContextKind.PROMPT,
          shown,
          why,
          List.of(
              Diagnostic.ofFile(
                  code, workspace.primaryRoot().kiroDir().resolve("prompts"), shown + ": " + why)));
      return;
    }
    McpPromptSource.Expansion e =
        mcpPrompts.get().expand(inv.server(), inv.name(), inv.arguments());
    if (e instanceof McpPromptSource.Expansion.Expanded) {
      McpPromptSource.Expansion.Expanded x = (McpPromptSource.Expansion.Expanded) e;
      c.addText(
          ContextKind.PROMPT,
          "mcp:" + x.server() + "/" + inv.name(),
          new ContextReason(shown + " (MCP prompt)", "docs L10520–10536"),
          x.text());
    } else {
      boolean rejected = e instanceof McpPromptSource.Expansion.Rejected;
      String why =
          rejected
              ? "refused: " + ((McpPromptSource.Expansion.Rejected) e).message()
              : "no local, global or MCP prompt of that name";
      c.unavailable(
          ContextKind.PROMPT,
          shown,
          why,
          List.of(
              Diagnostic.ofFile(
                  rejected ? ContextCode.MCP_PROMPT_UNAVAILABLE : ContextCode.UNKNOWN_PROMPT,
                  workspace.primaryRoot().kiroDir().resolve("prompts"),
                  shown + ": " + io.kiro4j.core.text.DisplayText.escape(why))));
    }
  }

  private Diagnostic atRequest(ContextCode code, String message) {
    return Diagnostic.ofFile(code, workspace.primaryRoot().kiroDir(), message);
  }
}
