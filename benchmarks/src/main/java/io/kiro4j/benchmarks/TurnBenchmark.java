package io.kiro4j.benchmarks;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.tool.McpToolSpec;
import io.kiro4j.core.tool.ServerTools;
import io.kiro4j.core.tool.ToolList;
import io.kiro4j.core.turn.AgentTurn;
import io.kiro4j.core.turn.ToolCall;
import io.kiro4j.core.turn.ToolCallRecord;
import io.kiro4j.core.turn.ToolResult;
import io.kiro4j.core.turn.Turn;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The tool-call pipeline's own overhead per call (issue 16 target ≤ 50 µs): a turn of 100 calls of
 * no-op tools and no hooks, so what is timed is name resolution, the permission decision, the steps
 * and their records. The calls mix a built-in tool allowed by default ({@code introspect}), a
 * {@code read} inside the working directory (a path decision) and an MCP tool allowed by {@code
 * allowedTools}.
 *
 * <pre>
 * mvn -B -ntp -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar TurnBenchmark -f 1 -wi 3 -w 2 -i 5 -r 2
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TurnBenchmark {

  private static final int CALLS = 100;

  private AgentTurn pipeline;
  private ToolCall[] calls;

  @Setup
  public void setUp() throws IOException {
    Path root = Files.createTempDirectory("kiro4j-turn-bench").toRealPath();
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"tools\": [\"introspect\", \"read\", \"@srv\"],"
            + " \"allowedTools\": [\"@srv/echo\"], \"mcpServers\": {\"srv\": {\"command\": \"x\"}}}");
    Workspace ws =
        Workspace.open(
            WorkspaceOptions.builder().root(root).userHome(root.resolve("home")).build());
    Agent agent = AgentSet.of(ws).find("dev").orElseThrow();
    JsonNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
    ToolList tools =
        ToolList.builder(ws, agent)
            .mcpTools(
                server ->
                    ServerTools.listed(
                        server, List.of(new McpToolSpec("echo", Optional.empty(), schema))))
            .build();
    ToolResult ok = ToolResult.ok("ok");
    pipeline =
        AgentTurn.builder(ws, agent, tools)
            .builtinExecutor((tool, input, cancel) -> ok)
            .mcpExecutor((tool, input, cancel) -> ok)
            .build();
    JsonMapper json = JsonMapper.builder().build();
    calls =
        new ToolCall[] {
          new ToolCall("introspect", json.readTree("{\"query\": \"q\"}")),
          new ToolCall(
              "read",
              json.readTree("{\"operations\": [{\"mode\": \"Line\", \"path\": \"src/a.txt\"}]}")),
          new ToolCall("srv___echo", json.readTree("{\"message\": \"m\"}"))
        };
    // Every call must really go through: a benchmark of refusals would time less.
    Turn check = pipeline.begin("p");
    for (ToolCall c : calls) {
      ToolCallRecord r = check.call(c);
      if (!r.executed()) {
        throw new IllegalStateException(c.name() + ": " + r.result().text());
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public void toolCallOverhead(Blackhole bh) {
    Turn turn = pipeline.begin("p");
    for (int i = 0; i < CALLS; i++) {
      bh.consume(turn.call(calls[i % calls.length]));
    }
    bh.consume(turn.end());
  }
}
