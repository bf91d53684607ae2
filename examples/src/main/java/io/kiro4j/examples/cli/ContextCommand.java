package io.kiro4j.examples.cli;

import io.kiro4j.core.context.ActiveServer;
import io.kiro4j.core.context.AssembledContext;
import io.kiro4j.core.context.ContextAssembler;
import io.kiro4j.core.context.ContextItem;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextRequest;
import io.kiro4j.core.context.DroppedItem;
import io.kiro4j.core.workspace.DisplayPath;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j context}: the context of one agent turn, item by item, with reasons. */
@Command(
    name = "context",
    mixinStandardHelpOptions = true,
    description = {
      "Show the context of one agent turn, like /context show: each item that goes to the model"
          + " (agent prompt, steering, AGENTS.md, resources, skills, powers, specs, files, session"
          + " files, prompt) in order, with its source, the rule that includes it and its token"
          + " estimate; then what was left out and why, and the active MCP servers."
    })
final class ContextCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--agent", paramLabel = "NAME", description = "The agent (default: the default).")
  String agent;

  @Option(
      names = "--mode",
      paramLabel = "ide|cli",
      description = "Which product's rules: ide (default) or cli.")
  String mode = "ide";

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "A file in focus, relative to the current directory or absolute (repeatable).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--prompt", paramLabel = "TEXT", description = "The prompt text.")
  String prompt = "";

  @Option(
      names = "--ref",
      paramLabel = "NAME",
      description =
          "A # reference: name, steering:NAME, file:PATH, folder:PATH, spec:NAME (repeatable).")
  List<String> refs = new ArrayList<>();

  @Option(
      names = "--slash",
      paramLabel = "COMMAND",
      description = "A slash command: manual steering by name (repeatable, IDE).")
  List<String> slashCommands = new ArrayList<>();

  @Option(
      names = "--session",
      paramLabel = "PATH",
      description =
          "A session context file or glob, as /context add takes it, relative to the first root"
              + " (repeatable).")
  List<String> sessionFiles = new ArrayList<>();

  @Option(
      names = "--skill",
      paramLabel = "NAME",
      description = "A skill activated by the model: its instructions are added (repeatable).")
  List<String> skills = new ArrayList<>();

  @Option(
      names = "--context-window",
      paramLabel = "TOKENS",
      description = "The model's context window in tokens (default 200000).")
  int contextWindow = ContextRequest.DEFAULT_CONTEXT_WINDOW;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ContextMode contextMode = mode();
    if (contextWindow < 1) {
      throw new UsageException("--context-window must be a positive number of tokens");
    }
    Workspace ws = options.open(List.of(), null);
    ContextRequest request = request(contextMode);
    AssembledContext ctx = ContextAssembler.of(ws).assemble(request);

    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      JsonOutput.print(out, json(ws, contextMode, request, ctx));
    } else {
      text(HumanOutput.of(out), ws, contextMode, request, ctx);
    }
    out.flush();
    return ctx.hasErrors() ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  private ContextMode mode() {
    return TurnSetup.mode(mode);
  }

  private ContextRequest request(ContextMode contextMode) {
    ContextRequest.Builder b =
        ContextRequest.builder().mode(contextMode).prompt(prompt).contextWindow(contextWindow);
    if (agent != null) {
      b.agent(agent);
    }
    Path cwd = Path.of("").toAbsolutePath();
    files.forEach(f -> b.file(cwd.resolve(f)));
    try {
      refs.forEach(b::reference);
      slashCommands.forEach(b::slashCommand);
      sessionFiles.forEach(b::sessionFile);
      skills.forEach(b::skill);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return b.build();
  }

  private static ObjectNode json(
      Workspace ws, ContextMode mode, ContextRequest request, AssembledContext ctx) {
    ObjectNode doc = JsonOutput.document();
    doc.put("mode", mode.label());
    doc.put("agent", ctx.agent().name());
    doc.put("contextWindow", ctx.contextWindow());
    doc.put("contextFileBudget", ctx.contextFileBudget());
    doc.put("contextFileTokens", ctx.contextFileTokens());
    ArrayNode items = doc.putArray("items");
    for (ContextItem i : ctx.items()) {
      ObjectNode n = items.addObject();
      n.put("kind", i.kind().label());
      putSource(n, ws, i.path(), i.source());
      n.put("line", i.line());
      n.put("reason", i.reason().label());
      n.put("tokens", i.tokens());
      n.put("text", i.text());
    }
    ArrayNode dropped = doc.putArray("dropped");
    for (DroppedItem d : ctx.dropped()) {
      ObjectNode n = dropped.addObject();
      n.put("kind", d.kind().label());
      putSource(n, ws, d.path(), d.source());
      n.put("reason", d.reason());
      n.put("tokens", d.tokens());
    }
    ArrayNode servers = doc.putArray("activeServers");
    for (ActiveServer s : ctx.activeServers()) {
      ObjectNode n = servers.addObject();
      n.put("name", s.name());
      n.put("reason", s.reason().label());
    }
    doc.set("diagnostics", JsonOutput.diagnostics(ws, ctx.diagnostics()));
    return doc;
  }

  /** {@code source} as shown, with {@code root} (index, or null for a global or no file). */
  private static void putSource(ObjectNode n, Workspace ws, Optional<Path> path, String source) {
    n.put("source", source);
    Optional<DisplayPath> dp = path.map(ws::displayPath);
    if (dp.isPresent() && dp.get().root().isPresent()) {
      n.put("root", dp.get().root().getAsInt());
    } else {
      n.putNull("root");
    }
  }

  private static void text(
      HumanOutput out,
      Workspace ws,
      ContextMode mode,
      ContextRequest request,
      AssembledContext ctx) {
    out.printf(
        "Context (%s, agent %s): context files %d of %d tokens (%s of a %d-token window)%n",
        mode.label(),
        ctx.agent().name(),
        ctx.contextFileTokens(),
        ctx.contextFileBudget(),
        percent(ctx.contextFileTokens(), ctx.contextWindow()),
        ctx.contextWindow());
    out.println("Items (" + ctx.items().size() + "):");
    for (ContextItem i : ctx.items()) {
      out.printf(
          "  %-14s %-40s %7d tokens  %s%n",
          i.kind().label(), i.source(), i.tokens(), i.reason().label());
    }
    out.println("Dropped (" + ctx.dropped().size() + "):");
    for (DroppedItem d : ctx.dropped()) {
      out.printf(
          "  %-14s %-40s %7d tokens  %s%n", d.kind().label(), d.source(), d.tokens(), d.reason());
    }
    out.println("Active MCP servers (" + ctx.activeServers().size() + "):");
    for (ActiveServer s : ctx.activeServers()) {
      out.printf("  %-30s %s%n", s.name(), s.reason().label());
    }
    if (!ctx.diagnostics().isEmpty()) {
      out.println("Diagnostics (" + ctx.diagnostics().size() + "):");
      JsonOutput.sorted(ws, ctx.diagnostics())
          .forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
    }
  }

  private static String percent(int part, int whole) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
