package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j agents}: the custom agents of a workspace, workspace over global, by name. */
@Command(
    name = "agents",
    mixinStandardHelpOptions = true,
    description = {
      "List the agents: workspace .kiro/agents, global ~/.kiro/agents and the built-in default,"
          + " sorted by name, each with its diagnostics."
    })
final class AgentsCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    AgentSet set = AgentSet.of(ws);
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      ArrayNode agents = doc.putArray("agents");
      for (Agent a : set.agents()) {
        ObjectNode n = AgentOutput.agentHeader(ws, a);
        n.set("diagnostics", JsonOutput.diagnostics(ws, a.diagnostics()));
        agents.add(n);
      }
      doc.set("diagnostics", JsonOutput.diagnostics(ws, set.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      out.println("Agents (" + set.agents().size() + "), default: " + set.defaultAgent().name());
      for (Agent a : set.agents()) {
        out.printf(
            "  %-24s %-9s %s%s%n",
            a.name(),
            a.scope().label(),
            a.path().map(p -> ws.displayPath(p).path()).orElse("(built in)"),
            a.hasErrors() ? "  [errors: Kiro refuses it]" : "");
      }
      for (Agent a : set.overridden()) {
        out.println(
            "  overridden: "
                + a.name()
                + " "
                + a.path().map(p -> ws.displayPath(p).path()).orElse(""));
      }
      if (!set.diagnostics().isEmpty()) {
        out.println("Diagnostics (" + set.diagnostics().size() + "):");
        JsonOutput.sorted(ws, set.diagnostics())
            .forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
      }
    }
    out.flush();
    return Diagnostics.anyError(set.diagnostics()) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }
}
