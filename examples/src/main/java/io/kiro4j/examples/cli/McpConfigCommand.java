package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j mcp config [--agent NAME]}: the effective MCP servers and where each came from. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "The effective MCP servers: agent mcpServers > workspace .kiro/settings/mcp.json > user"
          + " ~/.kiro/settings/mcp.json, sorted by name, each with its layer and origin.",
      "Without --agent: the mcp.json files only."
    })
final class McpConfigCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--agent", paramLabel = "NAME", description = "Whose servers (agent layer).")
  String agent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    McpConfig config;
    if (agent == null) {
      config = McpConfig.of(ws);
    } else {
      Agent a =
          AgentSet.of(ws)
              .find(agent)
              .orElseThrow(() -> new UsageException("no agent named '" + agent + "'"));
      config = McpConfig.of(ws, a);
    }
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.set("servers", AgentOutput.servers(ws, config));
      doc.set("diagnostics", JsonOutput.diagnostics(ws, config.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      out.println("MCP servers (" + config.servers().size() + "):");
      for (McpServer s : config.servers()) {
        out.printf(
            "  %-24s %-9s %-5s %s%s%n",
            s.name(),
            s.layer().label(),
            s.transport().label(),
            ws.displayPath(s.origin()).path(),
            s.disabled() ? "  (disabled)" : "");
      }
      if (!config.diagnostics().isEmpty()) {
        out.println("Diagnostics (" + config.diagnostics().size() + "):");
        JsonOutput.sorted(ws, config.diagnostics())
            .forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
      }
    }
    out.flush();
    return Diagnostics.anyError(config.diagnostics()) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }
}
