package io.kiro4j.examples;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.tool.ModelTool;
import io.kiro4j.core.tool.ToolList;
import io.kiro4j.core.turn.AgentTurn;
import io.kiro4j.core.turn.Approval;
import io.kiro4j.core.turn.HookSource;
import io.kiro4j.core.turn.ToolCall;
import io.kiro4j.core.turn.ToolCallRecord;
import io.kiro4j.core.turn.ToolResult;
import io.kiro4j.core.turn.TurnModel;
import io.kiro4j.core.turn.TurnRecord;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.kiro.KiroMcp;
import io.kiro4j.mcp.kiro.RunningServers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * One agent turn of the sample workspace's {@code tide-ops} agent, with a scripted model standing
 * in for a real one: the tool list the model would be offered, then each call through the pipeline
 * (permission, hooks, the everything MCP server), with every step and its reason.
 *
 * <pre>
 * .ci/install-mcp-peers        # server-everything under .ci-cache/mcp-peers
 * java -cp examples/target/kiro4j.jar io.kiro4j.examples.TurnExample \
 *     examples/sample-workspace examples/sample-home
 * </pre>
 */
public final class TurnExample {

  private TurnExample() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: TurnExample WORKSPACE USER_HOME");
      System.exit(2);
    }
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder().root(Path.of(args[0])).userHome(Path.of(args[1])).build());
    Agent agent = AgentSet.of(ws).find("tide-ops").orElseThrow();

    // 1. Start the MCP servers the agent's tools name, and list what the model is offered.
    ToolList.Builder list = ToolList.builder(ws, agent);
    McpConfig config = McpConfig.of(ws, agent);
    try (McpServerGroup group =
            McpServerGroup.start(
                list.mcpServers().stream().map(s -> KiroMcp.launch(config, s)).toList(),
                Duration.ofSeconds(30));
        HookRunner hooks = HookRunner.builder().build()) {
      RunningServers servers = RunningServers.of(group);
      ToolList tools = list.mcpTools(servers).build();
      System.out.println("Offered to the model:");
      for (ModelTool t : tools.tools()) {
        System.out.println("  " + t.modelName() + "  <- " + t.reason());
      }
      tools.diagnostics().forEach(d -> System.err.println(d));

      // 2. The pipeline: the agent's hooks, the MCP servers, a host executor and an approver.
      AgentTurn pipeline =
          AgentTurn.builder(ws, agent, tools)
              .hooks(HookSource.of(AgentHooks.of(agent)), hooks)
              .mcpExecutor(servers)
              .builtinExecutor(
                  (tool, input, cancel) -> ToolResult.ok("(the host runs " + tool.name() + ")"))
              .approver(
                  (tool, input, ask) ->
                      tool.name().equals("@everything/get-sum")
                          ? Approval.approve("the user approved adding heights")
                          : Approval.reject("the user said no"))
              .listener(
                  step ->
                      System.out.printf(
                          "  %-13s %s %s: %s%n",
                          step.step(), step.tool(), step.outcome(), step.reason()))
              .build();

      // 3. A scripted model: a real host asks its model here, with tools.tools() as the tool list.
      Deque<ToolCall> script =
          new ArrayDeque<>(
              List.of(
                  ToolCall.of("everything___echo", Map.of("message", "high tide at 06:12")),
                  ToolCall.of("add_heights", Map.of("a", 2.5, "b", 1.25)),
                  ToolCall.of("add_heights", Map.of("a", 13, "b", 1)),
                  ToolCall.of("shell", Map.of("command", "rm -rf /"))));
      TurnModel model = turn -> script.isEmpty() ? List.of() : List.of(script.poll());
      System.out.println("Turn:");
      TurnRecord record = pipeline.run("When is high tide?", model);

      System.out.println("Results for the model:");
      for (ToolCallRecord c : record.calls()) {
        System.out.println(
            "  " + c.call().name() + " -> " + c.outcome() + ": " + c.result().text().strip());
      }
      System.out.println("Hook output for the context:");
      record.context().forEach(c -> System.out.println("  " + c.strip().replace("\n", "\n  ")));
    }
  }
}
