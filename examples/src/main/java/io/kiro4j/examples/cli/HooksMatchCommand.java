package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.hook.AgentHookRef;
import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.HookCode;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookMatch;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.hook.IdeHook;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j hooks match}: which hooks fire for an event, and why. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {"Show the hooks that fire for an event, in declaration order, with reasons."})
final class HooksMatchCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Mixin HookEventOptions eventOptions;

  @Spec CommandSpec spec;

  /** What matched, plus the diagnostics that go with it. */
  record Matched(
      Workspace workspace,
      HookEvent event,
      List<HookMatch> matches,
      Optional<Agent> agent,
      List<Diagnostic> diagnostics) {}

  static Matched match(WorkspaceOptionsMixin options, HookEventOptions eventOptions) {
    HookEvent event = eventOptions.toEvent();
    Workspace ws = options.open(List.of(), null);
    HookSet hooks = HookSet.of(ws);
    List<Diagnostic> diagnostics = new ArrayList<>(hooks.diagnostics());
    if (event instanceof HookEvent.UserTriggered) {
      ((HookEvent.UserTriggered) event)
          .hook()
          .filter(name -> hooks.manual(name).isEmpty())
          .ifPresent(
              name ->
                  diagnostics.add(
                      Diagnostic.ofFile(
                          HookCode.UNKNOWN_HOOK,
                          ws.primaryRoot().kiroDir().resolve("hooks"),
                          "no enabled manual hook is named '" + name + "'")));
    }
    List<HookMatch> matches = new ArrayList<>(hooks.match(event));
    Optional<Agent> agent = HooksCommand.agent(ws, eventOptions.agent);
    agent.ifPresent(a -> matches.addAll(AgentHooks.of(a).match(event)));
    return new Matched(ws, event, List.copyOf(matches), agent, diagnostics);
  }

  static ObjectNode matchJson(Workspace ws, HookMatch m, Optional<Agent> agent) {
    ObjectNode n = JsonOutput.object();
    n.put("name", m.hook().name());
    n.put("source", m.hook().source());
    if (m.hook() instanceof IdeHook) {
      IdeHook h = (IdeHook) m.hook();
      JsonOutput.putPath(n, ws, h.path());
      n.putNull("agent");
      n.put("action", h.action().jsonName());
    } else {
      AgentHookRef h = (AgentHookRef) m.hook();
      Optional<java.nio.file.Path> file = agent.flatMap(Agent::path);
      if (file.isPresent()) {
        JsonOutput.putPath(n, ws, file.get());
      } else {
        n.putNull("path");
        n.putNull("root");
      }
      n.put("agent", h.agent());
      n.put("action", "command");
    }
    n.put("reason", m.reason());
    return n;
  }

  @Override
  public Integer call() {
    Matched r = match(options, eventOptions);
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      ArrayNode matched = doc.putArray("matched");
      r.matches().forEach(m -> matched.add(matchJson(r.workspace(), m, r.agent())));
      doc.set("diagnostics", JsonOutput.diagnostics(r.workspace(), r.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      out.println("Matched hooks (" + r.matches().size() + "):");
      for (HookMatch m : r.matches()) {
        out.printf("  %-6s %-30s [%s]%n", m.hook().source(), m.hook().name(), m.reason());
      }
      JsonOutput.sorted(r.workspace(), r.diagnostics())
          .forEach(d -> out.println(JsonOutput.line(r.workspace(), d)));
    }
    out.flush();
    return Diagnostics.anyError(r.diagnostics()) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }
}
