package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.skills.Skills;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.validation.ValidationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Discovering, validating and rendering 1,000 skills in one process (target: under 150 ms after
 * warm-up), and validating one skill with the reference rules (skills-ref: about 5.4 ms per skill
 * in one process). Each skill has a 20 KB body that discovery must not read.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Skills}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SkillsBenchmark {

  private Path dir;
  private Path root;
  private Path home;
  private Path oneSkill;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("kiro4j-skills-bench");
    root = Files.createDirectories(dir.resolve("ws"));
    home = Files.createDirectories(dir.resolve("home"));
    String body = "Step: check the thing carefully and write it down.\n".repeat(400);
    for (int i = 0; i < 1_000; i++) {
      String name = String.format("skill-%04d", i);
      Path d = Files.createDirectories(root.resolve(".kiro/skills").resolve(name));
      Files.writeString(
          d.resolve("SKILL.md"),
          "---\nname: "
              + name
              + "\ndescription: Does task number "
              + i
              + " for <projects> & teams. Use when asked about task "
              + i
              + ".\nlicense: Apache-2.0\nmetadata:\n  author: bench\n  version: \"1.0\"\n---\n\n# "
              + name
              + "\n\n"
              + body);
    }
    oneSkill = root.resolve(".kiro/skills/skill-0500");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** Opens the workspace, discovers and validates 1,000 skills, renders the XML block. */
  @Benchmark
  public int discoverValidateRender1000() {
    SkillSet set =
        SkillSet.load(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(root)
                    .userHome(home)
                    .environment(Environment.empty())
                    .build()),
            ValidationOptions.kiro());
    return Skills.xml(set).length();
  }

  /** Validates one skill folder with the reference rules. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int validateOne() {
    return Skills.validate(oneSkill).errors().size();
  }
}
