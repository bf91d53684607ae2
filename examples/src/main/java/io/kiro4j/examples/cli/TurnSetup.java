package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.tool.ToolList;
import io.kiro4j.core.turn.HookSource;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerLaunch;
import io.kiro4j.mcp.kiro.KiroMcp;
import io.kiro4j.mcp.kiro.RunningServers;
import io.kiro4j.skills.power.PowerMatch;
import io.kiro4j.skills.power.PowerSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code kiro4j tools} and {@code kiro4j turn} share: the agent's tool list with its MCP
 * servers started (only those a tools entry names, 30 s start-up timeout), and the hooks of the
 * mode. Close it to stop the servers.
 */
final class TurnSetup implements AutoCloseable {

  /** IDE or CLI (the context assembly's mode): which hooks fire, whether powers gate servers. */
  static ContextMode mode(String text) {
    return ContextMode.parse(text)
        .orElseThrow(() -> new UsageException("--mode takes ide or cli, not '" + text + "'"));
  }

  final Workspace workspace;
  final Agent agent;
  final ContextMode mode;
  final McpServerGroup group;
  final RunningServers servers;
  final ToolList tools;
  final List<String> activePowers;

  TurnSetup(Workspace ws, Agent agent, ContextMode mode, String prompt) {
    this.workspace = ws;
    this.agent = agent;
    this.mode = mode;
    ToolList.Builder b = ToolList.builder(ws, agent);
    List<String> powers = new ArrayList<>();
    if (mode == ContextMode.IDE) {
      // Powers are an IDE feature: their servers are offered only while a keyword activates them.
      for (PowerMatch m : PowerSet.of(ws).activate(prompt == null ? "" : prompt)) {
        powers.add(m.power().name());
      }
      b.activePowers(powers);
    }
    this.activePowers = List.copyOf(powers);
    McpConfig config = McpConfig.of(ws, agent);
    List<ServerLaunch> launches = new ArrayList<>();
    for (McpServer s : b.mcpServers()) {
      launches.add(KiroMcp.launch(config, s));
    }
    this.group = McpServerGroup.start(launches, Duration.ofSeconds(30));
    this.servers = RunningServers.of(group);
    this.tools = b.mcpTools(servers).build();
  }

  /** The hooks of the mode: the agent's (CLI) or the workspace's hook files (IDE). */
  HookSource hooks() {
    return mode == ContextMode.CLI
        ? HookSource.of(AgentHooks.of(agent))
        : HookSource.of(HookSet.of(workspace));
  }

  @Override
  public void close() {
    group.close();
  }
}
