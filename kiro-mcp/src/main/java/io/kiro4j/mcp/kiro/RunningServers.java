package io.kiro4j.mcp.kiro;

import io.kiro4j.core.tool.McpToolSource;
import io.kiro4j.core.tool.McpToolSpec;
import io.kiro4j.core.tool.ModelTool;
import io.kiro4j.core.tool.ServerTools;
import io.kiro4j.core.turn.Cancellation;
import io.kiro4j.core.turn.ToolExecutor;
import io.kiro4j.core.turn.ToolResult;
import io.kiro4j.mcp.client.CallToolResult;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.Tool;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * The servers of a started {@link McpServerGroup} as kiro-core's tool list and turn pipeline need
 * them: their tools ({@link McpToolSource}, for {@link io.kiro4j.core.tool.ToolList}) and the calls
 * of those tools ({@link ToolExecutor}, for {@link io.kiro4j.core.turn.AgentTurn}).
 *
 * <pre>{@code
 * McpConfig config = McpConfig.of(ws, agent);
 * try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
 *   RunningServers servers = RunningServers.of(group);
 *   ToolList tools = ToolList.builder(ws, agent).mcpTools(servers).build();
 *   AgentTurn pipeline = AgentTurn.builder(ws, agent, tools).mcpExecutor(servers).build();
 * }
 * }</pre>
 *
 * <p>The tools are those each server listed at start-up. A call goes to the server's client with
 * the server's request timeout; when the turn is cancelled the request is cancelled too ({@code
 * notifications/cancelled}). A tool that reports an error ({@code isError}) is a result with {@link
 * ToolResult#error()} set, not a failure; a request that fails (timeout, closed connection) throws.
 *
 * <p>Thread-safe. It does not own the group: close the group.
 *
 * @since 0.2
 */
public final class RunningServers implements McpToolSource, ToolExecutor {

  private final McpServerGroup group;

  private RunningServers(McpServerGroup group) {
    this.group = group;
  }

  /** The servers of {@code group}. */
  public static RunningServers of(McpServerGroup group) {
    return new RunningServers(Objects.requireNonNull(group, "group"));
  }

  @Override
  public ServerTools tools(String server) {
    Optional<ServerState> state = group.server(server);
    if (state.isEmpty()) {
      return ServerTools.unavailable(server, "not started");
    }
    ServerState s = state.get();
    if (s.status() != ServerState.Status.CONNECTED) {
      return ServerTools.unavailable(
          server, s.status().label() + s.error().map(e -> " (" + e + ")").orElse(""));
    }
    List<McpToolSpec> tools = new ArrayList<>();
    for (Tool t : s.tools()) {
      tools.add(new McpToolSpec(t.name(), t.description(), t.inputSchema()));
    }
    return ServerTools.listed(server, tools);
  }

  @Override
  public ToolResult execute(ModelTool tool, JsonNode input, Cancellation cancellation) {
    String server =
        tool.server()
            .orElseThrow(() -> new IllegalArgumentException(tool.name() + " is no MCP tool"));
    McpClient client =
        group
            .server(server)
            .flatMap(ServerState::client)
            .orElseThrow(
                () -> new IllegalStateException("MCP server '" + server + "' is not connected"));
    CompletableFuture<CallToolResult> call =
        client.callToolAsync(tool.serverTool().orElseThrow(), input);
    // Cancelling the future sends notifications/cancelled for the request.
    cancellation.onCancel(() -> call.cancel(true));
    CallToolResult result = McpClient.await(call);
    return new ToolResult(result.isError(), result.text(), Optional.of(result.raw()));
  }

  @Override
  public String toString() {
    return "RunningServers" + group.servers().stream().map(ServerState::name).toList();
  }
}
