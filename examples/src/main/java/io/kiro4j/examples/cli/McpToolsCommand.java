package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerState;
import io.kiro4j.mcp.kiro.KiroMcp;
import io.kiro4j.mcp.kiro.KiroTool;
import io.kiro4j.mcp.transport.http.DetectingHttpTransport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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

/** {@code kiro4j mcp tools}: start the effective servers and list their tools. */
@Command(
    name = "tools",
    mixinStandardHelpOptions = true,
    description = {
      "Start the effective MCP servers (all at once, 30 s start-up timeout) and list their tools"
          + " as @server/tool with the permission kiro4j check gives a call of each (the agent's"
          + " rules, autoApprove and disabledTools)."
    })
final class McpToolsCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--agent", paramLabel = "NAME", description = "Whose servers (agent layer).")
  String agent;

  @Option(names = "--server", paramLabel = "NAME", description = "Only this server.")
  String server;

  @Option(
      names = "--startup-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "How long the servers may take to start, signing in included (default 30; `mcp login`"
              + " gives 5 minutes).")
  int startupTimeout;

  @Spec CommandSpec spec;

  /** The agent {@code kiro4j check} decides for: the named one, else the default agent. */
  static Agent permissionAgent(Workspace ws, String agent) {
    AgentSet agents = AgentSet.of(ws);
    if (agent == null) {
      return agents.defaultAgent();
    }
    return agents
        .find(agent)
        .orElseThrow(() -> new UsageException("no agent named '" + agent + "'"));
  }

  static McpConfig config(Workspace ws, String agent) {
    if (agent == null) {
      return McpConfig.of(ws);
    }
    Agent a =
        AgentSet.of(ws)
            .find(agent)
            .orElseThrow(() -> new UsageException("no agent named '" + agent + "'"));
    return McpConfig.of(ws, a);
  }

  @Override
  public Integer call() {
    if (startupTimeout < 1) {
      throw new UsageException("--startup-timeout must be at least 1 second");
    }
    Workspace ws = options.open(List.of(), null);
    McpConfig config = config(ws, agent);
    if (server != null && config.server(server).isEmpty()) {
      throw new UsageException("no MCP server named '" + server + "'");
    }
    List<McpServer> chosen = new ArrayList<>();
    for (McpServer s : config.servers()) {
      if (server == null || s.name().equals(server)) {
        chosen.add(s);
      }
    }
    List<io.kiro4j.mcp.group.ServerLaunch> launches = new ArrayList<>();
    // A remote server that answers 401 runs the authorization flow; its URL goes to stderr.
    io.kiro4j.mcp.auth.OAuthOptions oauth =
        McpLoginCommand.oauth(ws, HumanOutput.err(spec)).toBuilder()
            .authorizationTimeout(Duration.ofSeconds(startupTimeout))
            .build();
    for (McpServer s : chosen) {
      if (!s.disabled()) {
        launches.add(KiroMcp.launch(config, s, oauth, ws.environment()));
      }
    }
    // The same engine `kiro4j check` compiles (same agent, first root, no session trust), so the
    // two commands cannot disagree about a tool.
    PermissionEngine engine =
        PermissionEngine.of(
            permissionAgent(ws, agent), ws, ws.primaryRoot().path(), SessionTrust.none());
    PrintWriter out = HumanOutput.out(spec);
    try (McpServerGroup group =
        McpServerGroup.start(launches, Duration.ofSeconds(startupTimeout))) {
      List<KiroTool> tools = KiroMcp.tools(config, group, engine);
      chosen.sort(Comparator.comparing(McpServer::name));
      ObjectNode doc = JsonOutput.document();
      ArrayNode servers = doc.putArray("servers");
      for (McpServer s : chosen) {
        ObjectNode n = servers.addObject();
        n.put("name", s.name());
        n.put("transport", s.transport().label());
        ServerState state = group.server(s.name()).orElse(null);
        String flavor = null;
        if (state != null
            && state.client().isPresent()
            && state.client().get().transport() instanceof DetectingHttpTransport) {
          flavor =
              ((DetectingHttpTransport) state.client().get().transport())
                  .flavor()
                  .map(f -> f.name().toLowerCase(Locale.ROOT))
                  .orElse(null);
        }
        n.put("httpFlavor", flavor);
        n.put("status", state == null ? "disabled" : state.status().label());
        n.put("error", state == null ? null : state.error().orElse(null));
        ArrayNode list = n.putArray("tools");
        for (KiroTool t : tools) {
          if (t.server().equals(s.name())) {
            ObjectNode tn = list.addObject();
            tn.put("name", t.tool().name());
            tn.put("qualifiedName", t.qualifiedName());
            tn.put("modelName", t.modelName());
            tn.put("permission", t.permissionLabel());
          }
        }
      }
      if (options.json) {
        JsonOutput.print(out, doc);
      } else {
        for (var n : servers) {
          out.printf(
              "%s (%s) %s%s%n",
              n.path("name").asString(),
              n.path("transport").asString(),
              n.path("status").asString(),
              n.path("error").isNull() ? "" : ": " + n.path("error").asString());
          for (var t : n.path("tools")) {
            out.printf(
                "  %-40s %s%n",
                t.path("qualifiedName").asString(), t.path("permission").asString());
          }
        }
      }
      out.flush();
    }
    return Kiro4jCli.OK;
  }
}
