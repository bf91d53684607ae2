package io.kiro4j.benchmarks;

import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does matching a batch of workspace paths against steering-style globs take with kiro4j's
 * {@link GlobDialect#WORKSPACE_FILE} engine, compared with the JDK's {@code glob:} {@link
 * PathMatcher} on the same patterns and paths?
 *
 * <p>One operation matches 1,000 paths against 3 patterns ({@code **}{@code /*.java}, {@code
 * src/**}{@code /*.{ts,tsx}}, {@code docs/*.md}) and returns the number of matches. The paths are
 * chosen so both engines agree (the JDK's {@code **}{@code /} needs at least one folder), and
 * {@link #setUp()} checks that they do. Inputs are built once: a {@link String} for kiro4j, a
 * {@link Path} for the JDK; only matching is timed.
 *
 * <pre>
 * mvn -B -ntp -o -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar GlobMatch -f 1 -wi 2 -w 1s -i 3 -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GlobMatchBenchmark {

  private static final String[] PATTERNS = {"**/*.java", "src/**/*.{ts,tsx}", "docs/*.md"};

  private static final String[] FOLDERS = {
    "src/main/java/io/kiro4j/core/glob",
    "src/test/java/io/kiro4j/core/ignore",
    "src/app/components/forms",
    "src/app/pages",
    "docs",
    "docs/guide",
    "packages/web/src/pages",
    "node_modules/react/cjs",
    ".kiro/steering",
    "test/unit",
  };

  private static final String[] EXTENSIONS = {
    ".java", ".ts", ".tsx", ".md", ".json", ".js", ".css", ".test.ts"
  };

  private String[] paths;
  private Path[] jdkPaths;
  private Glob[] globs;
  private PathMatcher[] matchers;

  /** Builds 1,000 deterministic paths and both engines' matchers, and checks they agree. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<String> list = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      String folder = FOLDERS[random.nextInt(FOLDERS.length)];
      String name = "File" + random.nextInt(500) + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
      list.add(folder + "/" + name);
    }
    paths = list.toArray(new String[0]);
    jdkPaths = new Path[paths.length];
    for (int i = 0; i < paths.length; i++) {
      jdkPaths[i] = Path.of(paths[i]);
    }
    globs = new Glob[PATTERNS.length];
    matchers = new PathMatcher[PATTERNS.length];
    for (int i = 0; i < PATTERNS.length; i++) {
      globs[i] = Glob.compile(PATTERNS[i], GlobDialect.WORKSPACE_FILE);
      matchers[i] = FileSystems.getDefault().getPathMatcher("glob:" + PATTERNS[i]);
    }
    for (int i = 0; i < paths.length; i++) {
      for (int g = 0; g < PATTERNS.length; g++) {
        if (globs[g].matches(paths[i]) != matchers[g].matches(jdkPaths[i])) {
          throw new IllegalStateException(
              "engines disagree on " + PATTERNS[g] + " for " + paths[i]);
        }
      }
    }
    if (kiro4j() == 0) {
      throw new IllegalStateException("no path matches; the benchmark would measure nothing");
    }
  }

  /** kiro4j's allocation-free matcher on {@link String} paths. */
  @Benchmark
  public int kiro4j() {
    int count = 0;
    for (Glob glob : globs) {
      for (String path : paths) {
        if (glob.matches(path)) {
          count++;
        }
      }
    }
    return count;
  }

  /** The JDK's {@code glob:} matcher (a regular expression underneath) on {@link Path}s. */
  @Benchmark
  public int jdkPathMatcher() {
    int count = 0;
    for (PathMatcher matcher : matchers) {
      for (Path path : jdkPaths) {
        if (matcher.matches(path)) {
          count++;
        }
      }
    }
    return count;
  }
}
