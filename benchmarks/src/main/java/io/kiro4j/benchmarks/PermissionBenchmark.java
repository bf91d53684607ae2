package io.kiro4j.benchmarks;

import io.kiro4j.core.internal.permission.PathPolicy;
import io.kiro4j.core.internal.permission.ShellPolicy;
import io.kiro4j.core.internal.permission.ToolPatternIndex;
import io.kiro4j.core.path.CanonicalPathCache;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Permission decisions per second on one thread (issue 4 targets): allowedTools with 100 patterns
 * on a 50/50 mix of hits and misses (≥ 2 M/s), path decisions for paths that do not exist (≥ 300
 * k/s), shell decisions for 10-token commands against 20 rules (≥ 100 k/s).
 *
 * <pre>
 * mvn -B -ntp -o -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Permission -f 1 -wi 2 -w 1s -i 3 -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PermissionBenchmark {

  private static final int N = 256;

  private ToolPatternIndex tools;
  private String[] toolNames;
  private String[] servers;
  private PathPolicy paths;
  private List<List<String>> pathInputs;
  private ShellPolicy shell;
  private String[] commands;
  private Path tmp;

  @Setup
  public void setUp() throws IOException {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      entries.add("tool_" + i);
      entries.add("@server" + i + "/read_*");
      entries.add("@srv" + i + "-*/get_?");
    }
    tools =
        ToolPatternIndex.compile(
            entries.subList(0, 100), new RuleOrigin("a.json", "/allowedTools"));
    toolNames = new String[N];
    servers = new String[N];
    for (int i = 0; i < N; i++) {
      boolean hit = i % 2 == 0;
      int k = i % 33;
      switch (i % 3) {
        case 0:
          servers[i] = null;
          toolNames[i] = hit ? "tool_" + k : "tool_x" + k;
          break;
        case 1:
          servers[i] = "server" + k;
          toolNames[i] = hit ? "read_file" : "write_file";
          break;
        default:
          servers[i] = "srv" + k + "-prod";
          toolNames[i] = hit ? "get_a" : "get_ab";
          break;
      }
    }
    tmp = Files.createTempDirectory("kiro4j-perm-bench").toRealPath();
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path cwd = Files.createDirectories(tmp.resolve("work"));
    Files.createDirectories(cwd.resolve("lib"));
    Files.createDirectories(home.resolve("docs"));
    PathExpansion expansion = new PathExpansion(home, Environment.empty());
    paths =
        PathPolicy.builder(expansion, cwd, new RuleOrigin("a.json", "/toolsSettings/read"))
            .workingDirectoryAllowed(true)
            .allowedPaths(List.of("~/notes", "/srv/data/*.csv", "/opt/tools"))
            .deniedPaths(List.of("~/.ssh", "secrets", "/srv/data/private/**"))
            .canonicalPathCache(CanonicalPathCache.create())
            .build();
    pathInputs = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      String p;
      switch (i % 4) {
        case 0:
          p = "src/main/missing" + i + "/File.java";
          break;
        case 1:
          p = "~/notes/day" + i + ".md";
          break;
        case 2:
          p = "/srv/data/report" + i + ".csv";
          break;
        default:
          p = "secrets/../secrets/key" + i;
          break;
      }
      pathInputs.add(List.of(p));
    }
    List<String> allowed = new ArrayList<>();
    List<String> denied = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      allowed.add("npm run build" + i + "( .*)?");
      denied.add("git push .*--force" + i + ".*");
    }
    shell =
        ShellPolicy.builder(new RuleOrigin("a.json", "/toolsSettings/shell"))
            .allowedCommands(allowed)
            .deniedCommands(denied)
            .autoAllowReadonly(true)
            .build();
    commands = new String[N];
    for (int i = 0; i < N; i++) {
      switch (i % 3) {
        case 0:
          commands[i] = "npm run build" + (i % 10) + " --prod --verbose --color=false x y z w";
          break;
        case 1:
          commands[i] = "cd app && git push origin main --force" + (i % 10) + " -q x";
          break;
        default:
          commands[i] = "grep -r needle src | head -n 20 | tail -n 5";
          break;
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void allowedTools(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(
          servers[i] == null
              ? tools.matchBuiltin(toolNames[i])
              : tools.matchMcp(servers[i], toolNames[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void pathDecision(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(paths.evaluate(pathInputs.get(i), false));
    }
  }

  private long fresh;

  /**
   * Paths never asked about before (a new file name each time, in the same folders): what the
   * {@code CanonicalPathCache} cannot remember, one {@code lstat} of the new name per decision.
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void pathDecisionFreshNames(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      // Both folders exist (created in setUp), so each new name costs one lstat.
      String dir = (i & 1) == 0 ? "lib/" : "~/docs/";
      bh.consume(paths.evaluate(List.of(dir + "f" + (fresh++) + ".txt"), false));
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void shellDecision(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(shell.evaluate(commands[i], false));
    }
  }
}
