package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Key handling must stay linear (issue 13, item 5): an agent file with {@code keys} unknown
 * top-level keys, one per line or all on one (minified) line, loaded and validated (one SCHEMA-002
 * position per key), and the key position of every member of the parsed document. Doubling {@code
 * keys} should about double the time; before the fix 200,000 keys took minutes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonKeys}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonKeysBenchmark {

  @Param({"50000", "100000", "200000"})
  public int keys;

  @Param({"true", "false"})
  public boolean oneLine;

  private Path dir;
  private WorkspaceOptions options;
  private String text;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StringBuilder json = new StringBuilder(keys * 16).append("{\"name\": \"big\"");
    for (int i = 0; i < keys; i++) {
      json.append(oneLine ? ", " : ",\n  ").append("\"k").append(i).append("\": ").append(i);
    }
    text = json.append("}").toString();
    dir = Files.createTempDirectory("kiro4j-json-keys-bench");
    Path root = Files.createDirectories(dir.resolve("ws"));
    Files.writeString(
        Files.createDirectories(root.resolve(".kiro/agents")).resolve("big.json"), text);
    options =
        WorkspaceOptions.builder()
            .root(root)
            .userHome(Files.createDirectories(dir.resolve("home")))
            .environment(Environment.empty())
            .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Discover, parse, validate (a SCHEMA-002 with its position per key, 10,000 kept). */
  @Benchmark
  public int loadAgentWithManyKeys() {
    return AgentSet.load(Kiro.open(options)).diagnostics().size();
  }

  /** Parse, then ask where every member's key is. */
  @Benchmark
  public int keyPositionOfEveryMember() {
    JsonDocument doc =
        JsonLoader.strict().parse(text, Path.of("big.json")).document().orElseThrow();
    int sum = 0;
    for (int i = 0; i < keys; i++) {
      sum += doc.keyPosition("/k" + i).column();
    }
    return sum;
  }
}
