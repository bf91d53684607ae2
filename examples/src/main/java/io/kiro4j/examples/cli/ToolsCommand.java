package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.tool.ModelTool;
import io.kiro4j.core.tool.ToolList;
import io.kiro4j.core.tool.WithheldTool;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j tools}: the tools an agent's model is offered, and those it is not. */
@Command(
    name = "tools",
    mixinStandardHelpOptions = true,
    description = {
      "The model-facing tool list of an agent: every tool offered (name, model name, source,"
          + " description, input schema, why) and every tool withheld (why). Starts the MCP"
          + " servers the agent's tools name (30 s start-up timeout) to list their tools."
    })
final class ToolsCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(
      names = "--agent",
      paramLabel = "NAME",
      description = "The agent (default: chat.defaultAgent, else kiro_default).")
  String agent;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "cli",
      description = "ide or cli (default): in ide, powers' servers are offered only when active.")
  String mode;

  @Option(
      names = "--prompt",
      paramLabel = "TEXT",
      description = "The request: its keywords activate powers (ide).")
  String prompt;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ContextMode m = TurnSetup.mode(mode);
    Workspace ws = options.open(List.of(), null);
    Agent a = McpToolsCommand.permissionAgent(ws, agent);
    PrintWriter out = HumanOutput.out(spec);
    List<Diagnostic> diagnostics = new ArrayList<>(a.diagnostics());
    try (TurnSetup setup = new TurnSetup(ws, a, m, prompt)) {
      ToolList list = setup.tools;
      diagnostics.addAll(list.diagnostics());
      if (options.json) {
        ObjectNode doc = JsonOutput.document();
        doc.put("agent", a.name());
        doc.put("mode", m.name().toLowerCase(Locale.ROOT));
        doc.set("tools", tools(list));
        ArrayNode withheld = doc.putArray("withheld");
        for (WithheldTool w : list.withheld()) {
          withheld.addObject().put("name", w.name()).put("reason", w.reason());
        }
        doc.set("diagnostics", JsonOutput.diagnostics(ws, diagnostics));
        JsonOutput.print(out, doc);
      } else {
        out.printf(
            "Tools offered to agent '%s' (%s mode):%n",
            a.name(), m.name().toLowerCase(Locale.ROOT));
        for (ModelTool t : list.tools()) {
          out.printf("  %-24s %-28s %s%n", t.modelName(), t.name(), t.reason());
        }
        out.println("Withheld:");
        for (WithheldTool w : list.withheld()) {
          out.printf("  %-28s %s%n", w.name(), w.reason());
        }
        JsonOutput.sorted(ws, diagnostics).forEach(d -> out.println(JsonOutput.line(ws, d)));
      }
      out.flush();
    }
    return Diagnostics.anyError(diagnostics) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  /** The offered tools in the contract's shape. */
  static ArrayNode tools(ToolList list) {
    ArrayNode arr = JsonOutput.array();
    for (ModelTool t : list.tools()) {
      ObjectNode n = arr.addObject();
      n.put("name", t.name());
      n.put("modelName", t.modelName());
      n.put("source", t.source());
      n.put("description", t.description());
      n.set("inputSchema", t.inputSchema());
      n.put("reason", t.reason());
    }
    return arr;
  }
}
