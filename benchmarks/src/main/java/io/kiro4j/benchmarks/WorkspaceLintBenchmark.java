package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Opening and linting a workspace of 5,000 steering files, against the floor of merely reading
 * those files and parsing their front matter with SnakeYAML (target: within 2× of the floor).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WorkspaceLint}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkspaceLintBenchmark {

  private GeneratedWorkspace generated;
  private WorkspaceOptions options;

  @Setup(Level.Trial)
  public void setUp() {
    generated = GeneratedWorkspace.create(5_000);
    options =
        WorkspaceOptions.builder()
            .root(generated.root)
            .userHome(generated.home)
            .environment(Environment.empty())
            .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    generated.delete();
  }

  /** kiro4j: open the workspace, load and lint every steering file. */
  @Benchmark
  public int kiro4jOpenAndLint() {
    SteeringSet steering = SteeringSet.load(Kiro.open(options));
    return steering.files().size() + steering.diagnostics().size();
  }

  /** The floor: walk, read each file, cut the front matter by hand and parse it with SnakeYAML. */
  @Benchmark
  public int readAndParseFrontMatterWithSnakeYaml() throws IOException {
    Load load = new Load(LoadSettings.builder().build());
    int count = 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(generated.root.resolve(".kiro/steering"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path p : files) {
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      if (text.startsWith("---\n")) {
        int end = text.indexOf("\n---\n", 3);
        if (end > 0 && load.loadFromString(text.substring(4, end + 1)) != null) {
          count++;
        }
      }
    }
    return count;
  }
}
