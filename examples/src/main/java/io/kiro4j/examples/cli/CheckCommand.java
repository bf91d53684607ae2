package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.PermissionOptions;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.permission.TerminalMode;
import io.kiro4j.core.permission.TerminalTrust;
import io.kiro4j.core.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j check}: the permission decision for a tool call or an IDE terminal command. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Decide a tool call (allow / ask / deny) with the rules that decided it. --terminal COMMAND"
          + " decides an IDE terminal command from kiroAgent.trustedCommands and"
          + " kiroAgent.commandDenylist (user settings ~/.config/Kiro/User/settings.json, or the"
          + " macOS / Windows equivalent, and each root's .vscode/settings.json) plus --trusted and"
          + " --denied."
    })
final class CheckCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--terminal", paramLabel = "COMMAND", description = "An IDE terminal command.")
  String terminal;

  @Option(
      names = "--trusted",
      paramLabel = "PATTERN",
      description = "A trusted command pattern added to the settings (repeatable).")
  List<String> trusted = new ArrayList<>();

  @Option(
      names = "--denied",
      paramLabel = "PATTERN",
      description = "A denylist entry added to the settings (repeatable).")
  List<String> denied = new ArrayList<>();

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "kiro (default: as the docs' tables) or strict (every simple command).")
  String mode = "kiro";

  @Option(
      names = "--tool",
      paramLabel = "TOOL",
      description = "A tool: canonical name, alias or @server/tool.")
  String tool;

  @Option(names = "--input", paramLabel = "JSON", description = "The tool's input (default {}).")
  String input = "{}";

  @Option(
      names = "--agent",
      paramLabel = "NAME",
      description = "The agent (default: the default agent).")
  String agentName;

  @Option(
      names = "--cwd",
      paramLabel = "DIR",
      description = "Working directory (default: first root).")
  Path cwd;

  @Option(
      names = "--trust",
      paramLabel = "TOOL",
      description = "A tool trusted for the session (repeatable); '*' trusts all.")
  List<String> trust = new ArrayList<>();

  @Option(
      names = "--subagent",
      description =
          "Decide the call as made by the agent running as a subagent (read, write, shell and MCP"
              + " tools only).")
  boolean subagent;

  @Option(names = "--batch", paramLabel = "FILE", description = "A JSON Lines file of calls.")
  Path batch;

  /** For --batch only (built on first use). */
  private static final class Mapper {
    static final JsonMapper INSTANCE = JsonMapper.builder().build();
  }

  @Mixin CommandOutput output;

  @Override
  public Integer call() {
    if (batch != null) {
      return batch();
    }
    if (tool != null) {
      return single();
    }
    if (terminal == null) {
      throw new UsageException("one of --terminal, --tool or --batch is required");
    }
    TerminalMode m;
    try {
      m = TerminalMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--mode must be kiro or strict, not " + mode);
    }
    Workspace ws = options.open(List.of(), null);
    TerminalTrust.Builder b = TerminalTrust.fromSettings(ws, m);
    for (int i = 0; i < trusted.size(); i++) {
      b.trusted(trusted.get(i), new RuleOrigin("--trusted", String.valueOf(i)));
    }
    for (int i = 0; i < denied.size(); i++) {
      b.denied(denied.get(i), new RuleOrigin("--denied", String.valueOf(i)));
    }
    TerminalTrust trust = b.build();
    PermissionDecision d = trust.evaluate(terminal);
    PrintWriter out = output.out();
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("decision", d.label());
      doc.set("reasons", reasons(d));
      doc.put("mode", m.name().toLowerCase(Locale.ROOT));
      ArrayNode files = doc.putArray("settingsFiles");
      trust.settingsFiles().forEach(f -> files.add(ws.displayPath(f).toString()));
      doc.set("diagnostics", JsonOutput.diagnostics(ws, trust.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      out.println(d.label());
      for (Reason r : d.reasons()) {
        out.println("  " + r);
      }
      for (Diagnostic diag : JsonOutput.sorted(ws, trust.diagnostics())) {
        out.println("  " + JsonOutput.line(ws, diag));
      }
    }
    out.flush();
    return Kiro4jCli.OK;
  }

  private Integer single() {
    Workspace ws = options.open(List.of(), null);
    // The streaming loader, not the mapper: building a mapper is most of a one-decision run.
    // A duplicate key is a warning there and the later value wins, as with the mapper.
    JsonResult parsed = JsonLoader.strict().parse(input, Path.of("--input"));
    if (parsed.hasErrors() || parsed.document().isEmpty()) {
      String why =
          parsed.diagnostics().stream()
              .filter(d -> d.severity() == Severity.ERROR)
              .map(Diagnostic::message)
              .findFirst()
              .orElse("no JSON value");
      throw new UsageException("--input is not JSON: " + why);
    }
    JsonNode in = parsed.document().get().root();
    PermissionEngine engine = engine(ws, agentName, cwd, trust, subagent, new HashMap<>());
    PermissionDecision d = engine.evaluate(tool, in);
    PrintWriter out = output.out();
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("decision", d.label());
      doc.set("reasons", reasons(d));
      doc.set("diagnostics", JsonOutput.diagnostics(ws, engine.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      out.println(d.label());
      for (Reason r : d.reasons()) {
        out.println("  " + r);
      }
    }
    out.flush();
    return Kiro4jCli.OK;
  }

  private Integer batch() {
    Workspace ws = options.open(List.of(), null);
    List<String> lines;
    try {
      lines = Files.readAllLines(batch);
    } catch (IOException e) {
      throw new UsageException("cannot read " + batch + ": " + e.getMessage());
    }
    Map<String, PermissionEngine> engines = new HashMap<>();
    PrintWriter out = output.out();
    boolean bad = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      ObjectNode result = JsonOutput.object();
      try {
        JsonNode call = Mapper.INSTANCE.readTree(line);
        if (!call.isObject() || call.get("tool") == null || !call.get("tool").isString()) {
          throw new IllegalArgumentException("a line needs an object with a string \"tool\"");
        }
        List<String> trusted = new ArrayList<>();
        JsonNode t = call.get("trusted");
        if (t != null && t.isArray()) {
          t.forEach(n -> trusted.add(n.asString()));
        }
        String agent =
            call.has("agent") && call.get("agent").isString() ? call.get("agent").asString() : null;
        Path dir =
            call.has("cwd") && call.get("cwd").isString()
                ? Path.of(call.get("cwd").asString())
                : null;
        boolean asSubagent = call.has("subagent") && call.get("subagent").asBoolean(false);
        PermissionEngine engine = engine(ws, agent, dir, trusted, asSubagent, engines);
        JsonNode in =
            call.get("input") == null ? Mapper.INSTANCE.createObjectNode() : call.get("input");
        PermissionDecision d = engine.evaluate(call.get("tool").asString(), in);
        result.put("decision", d.label());
        result.set("reasons", reasons(d));
      } catch (JacksonException | IllegalArgumentException | UsageException e) {
        bad = true;
        result.putNull("decision");
        result.put(
            "error",
            e instanceof JacksonException
                ? ((JacksonException) e).getOriginalMessage()
                : e.getMessage());
        result.put("line", i + 1);
      }
      out.println(Mapper.INSTANCE.writeValueAsString(result));
    }
    out.flush();
    return bad ? Kiro4jCli.USAGE : Kiro4jCli.OK;
  }

  private static PermissionEngine engine(
      Workspace ws,
      String agentName,
      Path cwd,
      List<String> trusted,
      boolean asSubagent,
      Map<String, PermissionEngine> cache) {
    String key = agentName + "\u0000" + cwd + "\u0000" + trusted + "\u0000" + asSubagent;
    PermissionEngine cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    AgentSet agents = AgentSet.of(ws);
    Agent agent;
    if (agentName == null) {
      agent = agents.defaultAgent();
    } else {
      agent =
          agents
              .find(agentName)
              .orElseThrow(() -> new UsageException("no agent named " + agentName));
    }
    SessionTrust session = SessionTrust.none();
    for (String t : trusted) {
      session = t.equals("*") ? session.trustAllTools() : session.trust(t);
    }
    Path dir = cwd == null ? ws.primaryRoot().path() : cwd.toAbsolutePath();
    PermissionEngine e =
        PermissionEngine.of(
            agent, ws, dir, session, PermissionOptions.builder().subagent(asSubagent).build());
    cache.put(key, e);
    return e;
  }

  /** Reasons as the contract shapes them: {@code {"code", "message", "source", "pointer"}}. */
  static ArrayNode reasons(PermissionDecision d) {
    ArrayNode array = JsonOutput.array();
    for (Reason r : d.reasons()) {
      ObjectNode n = array.addObject();
      n.put("code", r.code());
      n.put("message", r.message());
      if (r.origin().isPresent()) {
        n.put("source", r.origin().get().source());
        n.put("pointer", r.origin().get().pointer());
      } else {
        n.putNull("source");
        n.putNull("pointer");
      }
    }
    return array;
  }
}
