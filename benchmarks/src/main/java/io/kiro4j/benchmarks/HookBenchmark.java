package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookMatch;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.hook.ToolUse;
import io.kiro4j.core.hook.run.CommandRequest;
import io.kiro4j.core.hook.run.CommandResult;
import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two measures of issue 5: the runner's overhead per command hook against a bare {@link
 * ProcessBuilder} spawn of {@code bash -c true} (same run), and matching 100 IDE hooks against one
 * event.
 *
 * <p>{@code match*}: 100 hook files in one root (34 fileEdited with two patterns each, 33
 * preToolUse with tool types, 33 promptSubmit); one operation matches one event. {@code runnerTrue}
 * runs {@code bash -c true} through {@link HookRunner#execute} (supervised process, output pumps,
 * tree stop); {@code bareProcessBuilderTrue} starts it with {@link ProcessBuilder} and waits.
 *
 * <pre>
 * mvn -B -ntp -o -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar HookBenchmark -f 1 -wi 2 -w 1s -i 3 -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class HookBenchmark {

  private Path dir;
  private HookSet hooks;
  private HookRunner runner;
  private HookEvent fileEvent;
  private HookEvent toolEvent;
  private CommandRequest trueRequest;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("kiro4j-hook-bench");
    Path hooksDir = Files.createDirectories(dir.resolve(".kiro/hooks"));
    for (int i = 0; i < 100; i++) {
      String when =
          i % 3 == 0
              ? "{\"type\":\"fileEdited\",\"patterns\":[\"src/**/*.{ts,tsx}\",\"docs/"
                  + i
                  + "/*.md\"]}"
              : i % 3 == 1
                  ? "{\"type\":\"preToolUse\",\"toolTypes\":[\"write\",\"@github/*\"]}"
                  : "{\"type\":\"promptSubmit\"}";
      Files.writeString(
          hooksDir.resolve("h" + i + ".kiro.hook"),
          "{\"name\":\"h"
              + i
              + "\",\"when\":"
              + when
              + ",\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}");
    }
    Files.createDirectories(dir.resolve("src/app"));
    hooks =
        HookSet.load(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(dir)
                    .userHome(dir)
                    .environment(Environment.empty())
                    .build()));
    if (hooks.hooks().size() != 100) {
      throw new IllegalStateException("expected 100 hooks, got " + hooks.hooks().size());
    }
    fileEvent = new HookEvent.FileEdited(List.of(dir.resolve("src/app/Button.tsx")));
    toolEvent = new HookEvent.PreToolUse(new ToolUse("fsWrite", Set.of("write"), Optional.empty()));
    runner = HookRunner.builder().build();
    trueRequest = CommandRequest.of("true", dir, Duration.ofSeconds(10));
  }

  @TearDown
  public void tearDown() throws IOException {
    runner.close();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<HookMatch> matchFileEventAgainst100Hooks() {
    return hooks.match(fileEvent);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<HookMatch> matchToolEventAgainst100Hooks() {
    return hooks.match(toolEvent);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public CommandResult runnerTrue() {
    return runner.execute(trueRequest).join();
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int bareProcessBuilderTrue() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", "true").directory(dir.toFile()).start();
    return p.waitFor();
  }
}
