package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.steering.SteeringRequest;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/**
 * Choosing the steering for one file among 1,000 steering files (target: under 50 µs). The
 * workspace is loaded once in setup; only {@code select} is timed.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SteeringSelect}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SteeringSelectBenchmark {

  private GeneratedWorkspace generated;
  private SteeringSet steering;
  private SteeringRequest request;

  @Setup(Level.Trial)
  public void setUp() {
    generated = GeneratedWorkspace.create(1_000);
    steering =
        SteeringSet.load(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(generated.root)
                    .userHome(generated.home)
                    .environment(Environment.empty())
                    .build()));
    request = SteeringRequest.builder().file(Path.of("src/components/forms/TextField.tsx")).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    generated.delete();
  }

  @Benchmark
  public int selectForOneFile() {
    return steering.select(request).applied().size();
  }
}
