package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.hook.run.HookResult;
import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.turn.AgentTurn;
import io.kiro4j.core.turn.Approver;
import io.kiro4j.core.turn.HookRun;
import io.kiro4j.core.turn.ToolCall;
import io.kiro4j.core.turn.ToolCallRecord;
import io.kiro4j.core.turn.ToolExecutor;
import io.kiro4j.core.turn.TurnRecord;
import io.kiro4j.core.turn.TurnStep;
import io.kiro4j.core.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j turn}: one agent turn with a scripted model, through the tool-call pipeline. */
@Command(
    name = "turn",
    mixinStandardHelpOptions = true,
    description = {
      "Run one agent turn with a scripted model (one tool call a line: {\"tool\": NAME, \"input\":"
          + " {...}}) through the tool-call pipeline: prompt hooks, then for each call name"
          + " resolution, permission, preToolUse hooks, approval, execution against the agent's"
          + " real MCP servers, postToolUse hooks, then stop hooks. Prints every step with its"
          + " outcome and reason. Built-in tools are not run (they are the host's): their calls"
          + " fail after the checks."
    })
final class TurnCommand implements Callable<Integer> {

  /** The longest script read. */
  private static final long MAX_SCRIPT_BYTES = 1 << 20;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--agent", required = true, paramLabel = "NAME", description = "The agent.")
  String agent;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "cli",
      description = "cli (default: the agent's hooks) or ide (the workspace's hook files, powers).")
  String mode;

  @Option(names = "--prompt", paramLabel = "TEXT", defaultValue = "", description = "The prompt.")
  String prompt;

  @Option(
      names = "--script",
      required = true,
      paramLabel = "FILE",
      description = "The model's tool calls, JSON Lines, relative to the current directory.")
  Path script;

  @Option(
      names = "--approve",
      description = "Approve the calls the permission rules ask about (default: reject them).")
  boolean approve;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ContextMode m = TurnSetup.mode(mode);
    List<ToolCall> calls = readScript(script);
    Workspace ws = options.open(List.of(), null);
    Agent a =
        AgentSet.of(ws)
            .find(agent)
            .orElseThrow(() -> new UsageException("no agent named '" + agent + "'"));
    PrintWriter out = HumanOutput.out(spec);
    List<Diagnostic> diagnostics = new ArrayList<>(a.diagnostics());
    List<TurnStep> live = new ArrayList<>();
    TurnRecord record;
    try (TurnSetup setup = new TurnSetup(ws, a, m, prompt);
        HookRunner runner = HookRunner.builder().build()) {
      diagnostics.addAll(setup.tools.diagnostics());
      AgentTurn pipeline =
          AgentTurn.builder(ws, a, setup.tools)
              .hooks(setup.hooks(), runner)
              .mcpExecutor(setup.servers)
              .builtinExecutor(
                  ToolExecutor.unavailable(
                      "not run: kiro4j turn runs MCP tools only; built-in tools are the host's"))
              .approver(approve ? Approver.approveAll() : Approver.rejectAll())
              .listener(
                  step -> {
                    if (!options.json) {
                      out.println(line(step));
                    }
                  })
              .build();
      Iterator<ToolCall> next = calls.iterator();
      record = pipeline.run(prompt, turn -> next.hasNext() ? List.of(next.next()) : List.of());
    }
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("agent", a.name());
      doc.put("mode", m.name().toLowerCase(Locale.ROOT));
      write(doc, record);
      doc.set("diagnostics", JsonOutput.diagnostics(ws, diagnostics));
      JsonOutput.print(out, doc);
    } else {
      for (ToolCallRecord c : record.calls()) {
        out.printf(
            "#%d %s -> %s: %s%n",
            c.index(),
            c.call().name(),
            c.outcome().name().toLowerCase(Locale.ROOT),
            c.result().text());
      }
      record.context().forEach(c -> HumanOutput.of(out).lines("context:\n" + c.strip()));
      record.warnings().forEach(w -> out.println("warning: " + w));
      record.hookProblems().forEach(p -> out.println("hook problem: " + p));
      JsonOutput.sorted(ws, diagnostics).forEach(d -> out.println(JsonOutput.line(ws, d)));
    }
    out.flush();
    return Diagnostics.anyError(diagnostics) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  private static String line(TurnStep s) {
    return String.format(
        "%-13s %s%s %s: %s",
        s.step().name().toLowerCase(Locale.ROOT),
        s.call() < 0 ? "" : "#" + s.call() + " ",
        s.tool().isEmpty() ? "turn" : s.tool(),
        s.outcome(),
        s.reason());
  }

  /** The script's calls; a line that is not a call is a usage error naming its line. */
  static List<ToolCall> readScript(Path file) {
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("--script " + file + " is not a regular file");
      }
      if (Files.size(file) > MAX_SCRIPT_BYTES) {
        throw new UsageException("--script " + file + " is larger than 1 MiB");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("--script " + file + " cannot be read: " + e.getMessage());
    }
    List<ToolCall> calls = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JacksonException e) {
        throw new UsageException(file + ":" + (i + 1) + ": not JSON: " + e.getOriginalMessage());
      }
      if (!node.isObject() || !node.path("tool").isString()) {
        throw new UsageException(
            file + ":" + (i + 1) + ": expected {\"tool\": NAME, \"input\": {...}}");
      }
      JsonNode input = node.get("input");
      if (input != null && !input.isNull() && !input.isObject()) {
        throw new UsageException(file + ":" + (i + 1) + ": \"input\" must be an object");
      }
      calls.add(new ToolCall(node.path("tool").asString(), input));
    }
    return calls;
  }

  private static void write(ObjectNode doc, TurnRecord record) {
    doc.put("prompt", record.prompt());
    doc.put("promptBlocked", record.promptBlocked().orElse(null));
    strings(doc.putArray("context"), record.context());
    strings(doc.putArray("prompts"), record.prompts());
    ArrayNode calls = doc.putArray("calls");
    for (ToolCallRecord c : record.calls()) {
      ObjectNode n = calls.addObject();
      n.put("index", c.index());
      n.put("tool", c.call().name());
      n.set("input", c.call().input());
      n.put("resolved", c.tool().map(t -> t.name()).orElse(null));
      n.put("permission", c.permission().map(p -> p.label()).orElse(null));
      n.put("outcome", c.outcome().name().toLowerCase(Locale.ROOT));
      ObjectNode result = n.putObject("result");
      result.put("error", c.result().error());
      result.put("text", c.result().text());
      ArrayNode steps = n.putArray("steps");
      for (TurnStep s : c.steps()) {
        steps
            .addObject()
            .put("step", s.step().name().toLowerCase(Locale.ROOT))
            .put("outcome", s.outcome())
            .put("reason", s.reason());
      }
    }
    ArrayNode hooks = doc.putArray("hooks");
    for (HookRun h : record.hooks()) {
      ObjectNode n = hooks.addObject();
      n.put("step", h.step().name().toLowerCase(Locale.ROOT));
      if (h.call() < 0) {
        n.putNull("call");
      } else {
        n.put("call", h.call());
      }
      n.put("blocked", h.outcome().blocked());
      ArrayNode results = n.putArray("results");
      for (HookResult r : h.outcome().results()) {
        ObjectNode rn = results.addObject();
        rn.put("name", r.name());
        if (r.exitCode().isPresent()) {
          rn.put("exitCode", r.exitCode().getAsInt());
        } else {
          rn.putNull("exitCode");
        }
        rn.put("timedOut", r.timedOut());
        rn.put("output", r.output());
      }
    }
    ArrayNode turnSteps = doc.putArray("steps");
    for (TurnStep s : record.steps()) {
      if (s.call() < 0) {
        turnSteps
            .addObject()
            .put("step", s.step().name().toLowerCase(Locale.ROOT))
            .put("outcome", s.outcome())
            .put("reason", s.reason());
      }
    }
    strings(doc.putArray("warnings"), record.warnings());
    strings(doc.putArray("hookProblems"), record.hookProblems());
    doc.put("cancelled", record.cancelled());
  }

  private static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }
}
