package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j agent NAME}: the resolved view of one agent. */
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    subcommands = {
      AgentEditCommands.Create.class,
      AgentEditCommands.Edit.class,
      AgentEditCommands.SetDefault.class
    },
    description = {
      "Show what an agent effectively has: prompt, tools, allowed tools, resources resolved to"
          + " files, MCP servers, and its diagnostics. An unknown NAME is a usage error (exit 2)."
    })
final class AgentCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  // Optional for picocli, so that 'agent create NAME' does not ask for the parent's NAME.
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description =
          "The agent's name. An agent named like a subcommand is shown after --: agent -- edit.")
  String name;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (name == null) {
      throw new UsageException("Missing required parameter: 'NAME'");
    }
    Workspace ws = options.open(List.of(), null);
    Agent agent =
        AgentSet.of(ws)
            .find(name)
            .orElseThrow(() -> new UsageException("no agent named '" + name + "'"));
    ResolvedAgent r = ResolvedAgent.of(ws, agent);
    List<Diagnostic> diagnostics = AgentOutput.distinct(r.diagnostics());
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      AgentOutput.resolved(doc, ws, r);
      JsonOutput.print(out, doc);
    } else {
      out.println(
          "Agent "
              + agent.name()
              + " ("
              + agent.scope().label()
              + agent.path().map(p -> ", " + ws.displayPath(p).path()).orElse("")
              + ")");
      agent.config().description().ifPresent(d -> out.println("  description: " + d));
      out.println(
          "  prompt: "
              + r.prompt()
                  .map(p -> p.length() > 60 ? p.substring(0, 60) + "…" : p)
                  .orElse("(none)")
                  .replace('\n', ' '));
      out.println("  tools: " + r.tools());
      out.println("  allowedTools: " + r.allowedTools());
      out.println("  resources:");
      for (ResourceResolution res : r.resources()) {
        out.println(
            "    " + res.uri() + "  [" + res.resolvedBy() + ", " + res.files().size() + " files]");
        res.files().forEach(f -> out.println("      " + ws.displayPath(f).path()));
      }
      out.println("  MCP servers:");
      for (McpServer s : r.mcp().servers()) {
        out.printf(
            "    %-20s %-9s %-5s %s%s%n",
            s.name(),
            s.layer().label(),
            s.transport().label(),
            ws.displayPath(s.origin()).path(),
            s.disabled() ? "  (disabled)" : "");
      }
      if (!diagnostics.isEmpty()) {
        out.println("Diagnostics (" + diagnostics.size() + "):");
        JsonOutput.sorted(ws, diagnostics).forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
      }
    }
    out.flush();
    return Diagnostics.anyError(diagnostics) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }
}
