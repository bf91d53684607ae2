package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.hook.AgentHookRef;
import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.ForeignHookFile;
import io.kiro4j.core.hook.HookAction;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j hooks}: lists the hooks of a workspace; {@code match} and {@code run} below. */
@Command(
    name = "hooks",
    mixinStandardHelpOptions = true,
    subcommands = {
      HooksMatchCommand.class,
      HooksRunCommand.class,
      HooksToggleCommands.Enable.class,
      HooksToggleCommands.Disable.class
    },
    description = {
      "List the IDE hook files of the workspace (<root>/.kiro/hooks/*.kiro.hook): event, action,"
          + " patterns or tool types, and every problem found. 'hooks match' and 'hooks run' take"
          + " an event."
    })
final class HooksCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(
      names = "--agent",
      paramLabel = "NAME",
      description = "Also list the hooks of this CLI agent, by trigger then list order.")
  String agentName;

  @Spec CommandSpec spec;

  /** The agent named {@code name} (none when {@code name} is null); a usage error if unknown. */
  static Optional<Agent> agent(Workspace ws, String name) {
    if (name == null) {
      return Optional.empty();
    }
    Optional<Agent> agent = AgentSet.of(ws).find(name);
    if (agent.isEmpty()) {
      throw new UsageException("no agent named '" + name + "'");
    }
    return agent;
  }

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    HookSet hooks = HookSet.of(ws);
    Optional<Agent> agent = agent(ws, agentName);
    List<Diagnostic> diagnostics = new ArrayList<>(hooks.diagnostics());
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      ArrayNode list = hooksJson(ws, hooks);
      agent.ifPresent(a -> list.addAll(agentHooksJson(ws, a)));
      doc.set("hooks", list);
      ArrayNode foreign = doc.putArray("foreign");
      for (ForeignHookFile f : hooks.foreign()) {
        ObjectNode n = foreign.addObject();
        JsonOutput.putPath(n, ws, f.path());
        n.put("format", f.format());
      }
      doc.set("diagnostics", JsonOutput.diagnostics(ws, diagnostics));
      JsonOutput.print(out, doc);
    } else {
      printHooks(out, ws, hooks);
      agent.ifPresent(
          a -> {
            out.println("Agent " + a.name() + " hooks:");
            for (AgentHookRef h : AgentHooks.of(a).hooks()) {
              out.printf(
                  "  %-17s %-24s %s%s%n",
                  h.trigger(),
                  h.name(),
                  h.command(),
                  h.matcher().map(m -> "  [matcher " + m + "]").orElse(""));
            }
          });
      if (!diagnostics.isEmpty()) {
        out.println("Diagnostics (" + diagnostics.size() + "):");
        JsonOutput.sorted(ws, diagnostics).forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
      }
    }
    out.flush();
    return Diagnostics.anyError(diagnostics) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  /** The hooks in the JSON shape of {@code kiro4j hooks} (also used by {@code inspect}). */
  static ArrayNode hooksJson(Workspace ws, HookSet hooks) {
    ArrayNode arr = JsonOutput.array();
    for (IdeHook h : hooks.hooks()) {
      ObjectNode n = arr.addObject();
      n.put("name", h.name());
      n.put("source", "ide");
      JsonOutput.putPath(n, ws, h.path());
      n.putNull("agent");
      n.put("enabled", h.enabled());
      n.put("event", h.trigger().jsonName());
      n.put("action", h.action().jsonName());
      n.set("patterns", JsonOutput.plain(h.patterns()));
      n.set("toolTypes", JsonOutput.plain(h.toolTypes()));
      putOptional(n, "description", h.description().orElse(null));
      putOptional(n, "version", h.version().orElse(null));
      putOptional(n, "slashCommand", h.slashCommand().orElse(null));
      if (h.action() instanceof HookAction.RunCommand) {
        HookAction.RunCommand c = (HookAction.RunCommand) h.action();
        n.putNull("prompt");
        n.put("command", c.command());
        n.put("timeoutSeconds", c.timeout().toMillis() / 1000.0);
      } else {
        n.put("prompt", ((HookAction.AskAgent) h.action()).prompt());
        n.putNull("command");
        n.putNull("timeoutSeconds");
      }
    }
    return arr;
  }

  /** An agent's hooks in the list shape. */
  static ArrayNode agentHooksJson(Workspace ws, Agent agent) {
    ArrayNode arr = JsonOutput.array();
    for (AgentHookRef h : AgentHooks.of(agent).hooks()) {
      ObjectNode n = arr.addObject();
      n.put("name", h.name());
      n.put("source", "agent");
      if (agent.path().isPresent()) {
        JsonOutput.putPath(n, ws, agent.path().get());
      } else {
        n.putNull("path");
        n.putNull("root");
      }
      n.put("agent", h.agent());
      n.put("enabled", true);
      n.put("event", h.trigger());
      n.put("action", "command");
      putOptional(n, "matcher", h.matcher().orElse(null));
      n.put("command", h.command());
      n.put("timeoutMs", h.timeout().toMillis());
      n.put("cacheTtlSeconds", h.cacheTtl().toSeconds());
      n.put("maxOutputSize", h.maxOutputSize());
    }
    return arr;
  }

  /** The text listing (also used by {@code inspect}). */
  static void printHooks(PrintWriter out, Workspace ws, HookSet hooks) {
    out.println("Hooks (" + hooks.hooks().size() + "):");
    for (IdeHook h : hooks.hooks()) {
      String target =
          h.trigger().isFileEvent()
              ? " " + h.patterns()
              : h.trigger().isToolEvent() ? " " + h.toolTypes() : "";
      out.printf(
          "  %-13s %-10s %-30s %s%s%s%n",
          h.trigger().jsonName(),
          h.action().jsonName(),
          h.name(),
          ws.displayPath(h.path()),
          target,
          h.enabled() ? "" : " (disabled)");
    }
    for (ForeignHookFile f : hooks.foreign()) {
      out.printf("  %-13s %-10s %s%n", "(foreign)", f.format(), ws.displayPath(f.path()));
    }
  }

  private static void putOptional(ObjectNode n, String key, String value) {
    if (value == null) {
      n.putNull(key);
    } else {
      n.put(key, value);
    }
  }
}
