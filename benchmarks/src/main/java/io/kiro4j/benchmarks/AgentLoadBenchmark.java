package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loading and schema-validating 1,000 agent files ({@code AgentSet.load}: discovery, positioned
 * parse, JSON Schema, model, checks, precedence), against the floor of reading the same files and
 * parsing them with plain Jackson {@code readTree} (target: within 2× of the floor).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AgentLoad}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AgentLoadBenchmark {

  private Path dir;
  private Path root;
  private Path home;
  private WorkspaceOptions options;
  private final JsonMapper mapper = JsonMapper.builder().build();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("kiro4j-agents-bench");
    root = Files.createDirectories(dir.resolve("ws"));
    home = Files.createDirectories(dir.resolve("home"));
    Path agents = Files.createDirectories(root.resolve(".kiro/agents"));
    for (int i = 0; i < 1_000; i++) {
      Files.writeString(agents.resolve("agent-" + i + ".json"), agent(i));
    }
    options =
        WorkspaceOptions.builder()
            .root(root)
            .userHome(home)
            .environment(Environment.empty())
            .build();
  }

  /** A realistic agent, close to the docs' complete example, varied per index. */
  static String agent(int i) {
    return "{\n"
        + "  \"name\": \"agent-"
        + i
        + "\",\n"
        + "  \"description\": \"Agent number "
        + i
        + " for AWS and Rust development\",\n"
        + "  \"prompt\": \"You are agent "
        + i
        + ". Be precise and brief.\",\n"
        + "  \"mcpServers\": {\n"
        + "    \"fetch\": {\"command\": \"fetch-server\", \"args\": []},\n"
        + "    \"git\": {\"command\": \"git-mcp\", \"args\": [\"--repo\", \".\"], \"timeout\": 120000}\n"
        + "  },\n"
        + "  \"tools\": [\"read\", \"write\", \"shell\", \"aws\", \"@git\", \"@fetch/fetch_url\"],\n"
        + "  \"toolAliases\": {\"@git/git_status\": \"status\", \"@fetch/fetch_url\": \"get\"},\n"
        + "  \"allowedTools\": [\"read\", \"@git/git_status\", \"@server/read_*\"],\n"
        + "  \"toolsSettings\": {\n"
        + "    \"write\": {\"allowedPaths\": [\"src/**\", \"tests/**\", \"Cargo.toml\"]},\n"
        + "    \"shell\": {\"allowedCommands\": [\"git status\"], \"deniedCommands\": [\"git push .*\"]},\n"
        + "    \"aws\": {\"allowedServices\": [\"s3\", \"lambda\"], \"autoAllowReadonly\": true}\n"
        + "  },\n"
        + "  \"resources\": [\"file://README.md\", \"file://docs/**/*.md\"],\n"
        + "  \"hooks\": {\n"
        + "    \"agentSpawn\": [{\"command\": \"git status\"}],\n"
        + "    \"postToolUse\": [{\"matcher\": \"fs_write\", \"command\": \"cargo fmt --all\"}]\n"
        + "  },\n"
        + "  \"model\": \"claude-sonnet-4\",\n"
        + "  \"welcomeMessage\": \"Ready ("
        + i
        + ")\"\n"
        + "}\n";
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** kiro4j: discover, parse with positions, validate against the schema, build the model. */
  @Benchmark
  public int kiro4jLoadAndValidate() {
    AgentSet set = AgentSet.load(Kiro.open(options));
    return set.agents().size() + set.diagnostics().size();
  }

  /** The floor: list the folder, read each file and parse it with plain Jackson. */
  @Benchmark
  public int readAndParseWithJackson() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(root.resolve(".kiro/agents"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int count = 0;
    for (Path p : files) {
      try {
        count += mapper.readTree(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).size();
      } catch (UncheckedIOException e) {
        throw e;
      }
    }
    return count;
  }
}
