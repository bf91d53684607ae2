package io.kiro4j.core.turn;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.tool.McpToolSpec;
import io.kiro4j.core.tool.ModelTool;
import io.kiro4j.core.tool.ServerTools;
import io.kiro4j.core.tool.ToolList;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A workspace with agent {@code dev}: tools read, shell, introspect and MCP server {@code srv} (a
 * listed fake with tools {@code echo} and {@code wipe}); {@code rm .*} denied; {@code git status}
 * allowed; {@code @srv/echo} in allowedTools. Executors record what they ran.
 */
final class TurnFixture {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final Path root;
  final Workspace ws;
  final Agent agent;
  final ToolList tools;
  final List<String> executed = new CopyOnWriteArrayList<>();

  TurnFixture(Path tmp, String hooks) {
    try {
      root = tmp.toRealPath().resolve("app");
      Files.createDirectories(root.resolve(".kiro/agents"));
      Files.writeString(
          root.resolve(".kiro/agents/dev.json"),
          "{\"name\": \"dev\", \"tools\": [\"read\", \"shell\", \"introspect\", \"@srv\"],"
              + " \"allowedTools\": [\"@srv/echo\"],"
              + " \"toolAliases\": {\"@srv/wipe\": \"wipe_everything\"},"
              + " \"mcpServers\": {\"srv\": {\"command\": \"srv\"}},"
              + " \"toolsSettings\": {\"shell\": {\"deniedCommands\": [\"rm .*\"],"
              + " \"allowedCommands\": [\"git status\"]}},"
              + " \"hooks\": {"
              + hooks
              + "}}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ws =
        Workspace.open(
            WorkspaceOptions.builder().root(root).userHome(root.resolve("home")).build());
    agent = AgentSet.of(ws).find("dev").orElseThrow();
    tools =
        ToolList.builder(ws, agent)
            .mcpTools(
                server ->
                    ServerTools.listed(
                        server,
                        List.of(
                            new McpToolSpec("echo", Optional.of("echoes"), object()),
                            new McpToolSpec("wipe", Optional.empty(), object()))))
            .build();
  }

  static JsonNode object() {
    return JsonNodeFactory.instance.objectNode().put("type", "object");
  }

  ToolExecutor recording(String kind) {
    return (ModelTool tool, JsonNode input, Cancellation c) -> {
      executed.add(tool.name());
      return ToolResult.ok(kind + " ran " + tool.name());
    };
  }

  AgentTurn.Builder pipeline(HookRunner runner) {
    return AgentTurn.builder(ws, agent, tools)
        .hooks(HookSource.of(AgentHooks.of(agent)), runner)
        .builtinExecutor(recording("host"))
        .mcpExecutor(recording("mcp"));
  }

  static JsonNode input(String json) {
    return JSON.readTree(json);
  }
}
