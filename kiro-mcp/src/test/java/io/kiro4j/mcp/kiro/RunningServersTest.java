package io.kiro4j.mcp.kiro;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.tool.ModelTool;
import io.kiro4j.core.tool.ServerTools;
import io.kiro4j.core.tool.ToolList;
import io.kiro4j.core.turn.AgentTurn;
import io.kiro4j.core.turn.Approver;
import io.kiro4j.core.turn.CallOutcome;
import io.kiro4j.core.turn.HookSource;
import io.kiro4j.core.turn.ToolCall;
import io.kiro4j.core.turn.ToolCallRecord;
import io.kiro4j.core.turn.TurnRecord;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.group.McpServerGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The tool list and the turn pipeline against the real server-everything. */
@DisabledOnOs(OS.WINDOWS)
class RunningServersTest {

  private static Workspace workspace(Path root, Path home) throws IOException {
    String script = Peers.everything().toString().replace("\\", "\\\\");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"tools\": [\"read\", \"@everything\", \"@broken\"],"
            + " \"allowedTools\": [\"@everything/echo\"],"
            + " \"toolAliases\": {\"@everything/get-sum\": \"add\"},"
            + " \"mcpServers\": {\"everything\": {\"command\": \"node\", \"args\": [\""
            + script
            + "\", \"stdio\"], \"disabledTools\": [\"get-env\"]},"
            + " \"broken\": {\"command\": \"/no/such/server\"}},"
            + " \"hooks\": {\"preToolUse\": [{\"matcher\": \"@everything/get-sum\", \"command\":"
            + " \"if grep -q '\\\"a\\\":13'; then echo unlucky >&2; exit 2; fi\"}]}}");
    return Kiro.open(WorkspaceOptions.builder().roots(List.of(root)).userHome(home).build());
  }

  @Test
  void theToolListOffersTheRunningServersToolsAndTheTurnCallsThem(
      @TempDir Path root, @TempDir Path home) throws IOException {
    Workspace ws = workspace(root, home);
    Agent dev = AgentSet.of(ws).find("dev").orElseThrow();
    ToolList.Builder list = ToolList.builder(ws, dev);
    McpConfig config = McpConfig.of(ws, dev);
    try (McpServerGroup group =
            McpServerGroup.start(
                list.mcpServers().stream().map(s -> KiroMcp.launch(config, s)).toList(),
                Duration.ofSeconds(30));
        HookRunner hooks = HookRunner.builder().build()) {
      RunningServers servers = RunningServers.of(group);
      ToolList tools = list.mcpTools(servers).build();
      assertThat(tools.resolve("everything___echo")).isPresent();
      ModelTool add = tools.resolve("add").orElseThrow();
      assertThat(add.name()).isEqualTo("@everything/get-sum");
      assertThat(add.inputSchema().path("properties").has("a")).isTrue();
      assertThat(tools.withheld("@everything/get-env").orElseThrow().reason())
          .contains("disabledTools");
      assertThat(tools.withheld("@broken").orElseThrow().reason()).contains("not running");
      assertThat(tools.diagnostics()).extracting(d -> d.code()).containsExactly("TOOL-001");

      AgentTurn pipeline =
          AgentTurn.builder(ws, dev, tools)
              .hooks(HookSource.of(AgentHooks.of(dev)), hooks)
              .mcpExecutor(servers)
              .approver(Approver.approveAll())
              .build();
      List<ToolCall> script =
          List.of(
              ToolCall.of("everything___echo", Map.of("message", "high tide")),
              ToolCall.of("add", Map.of("a", 2, "b", 3)),
              ToolCall.of("add", Map.of("a", 13, "b", 1)),
              ToolCall.of("@everything/get-env", Map.of()));
      java.util.Iterator<ToolCall> next = script.iterator();
      TurnRecord r =
          pipeline.run("tides", turn -> next.hasNext() ? List.of(next.next()) : List.of());
      List<ToolCallRecord> calls = r.calls();
      assertThat(calls.get(0).outcome()).isEqualTo(CallOutcome.EXECUTED);
      assertThat(calls.get(0).permission().orElseThrow().label()).isEqualTo("allow");
      assertThat(calls.get(0).result().text()).isEqualTo("Echo: high tide");
      assertThat(calls.get(1).outcome()).isEqualTo(CallOutcome.EXECUTED);
      assertThat(calls.get(1).approval().orElseThrow().approved()).isTrue();
      assertThat(calls.get(1).result().text()).contains("5");
      assertThat(calls.get(2).outcome()).isEqualTo(CallOutcome.BLOCKED);
      assertThat(calls.get(2).result().text()).contains("unlucky");
      assertThat(calls.get(3).outcome()).isEqualTo(CallOutcome.UNKNOWN_TOOL);
    }
  }

  @Test
  void aServerNotInTheGroupIsUnavailable(@TempDir Path root, @TempDir Path home)
      throws IOException {
    workspace(root, home);
    try (McpServerGroup group = McpServerGroup.start(List.of(), Duration.ofSeconds(1))) {
      ServerTools t = RunningServers.of(group).tools("everything");
      assertThat(t.unavailable()).contains("not started");
      assertThat(t.tools()).isEmpty();
    }
  }
}
