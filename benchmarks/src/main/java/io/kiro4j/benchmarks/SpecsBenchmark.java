package io.kiro4j.benchmarks;

import io.kiro4j.specs.design.DesignDocument;
import io.kiro4j.specs.requirements.RequirementsDocument;
import io.kiro4j.specs.tasks.Task;
import io.kiro4j.specs.tasks.TaskList;
import io.kiro4j.specs.tasks.TaskState;
import io.kiro4j.specs.tasks.TaskWriter;
import io.kiro4j.specs.trace.TraceReport;
import io.kiro4j.specs.trace.Traceability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Issue 7's measures: parsing and tracing 200 specs of 50 tasks each (target under 200 ms after
 * warm-up), and one lossless task update on a 5,000-line tasks.md, fsync excluded (target under 5
 * ms): stat + read + hash for the stale check, temp file, atomic rename, re-parse.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SpecsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpecsBenchmark {

  private final List<String[]> specs = new ArrayList<>();
  private Path dir;
  private TaskList big;
  private Task toggled;
  private final TaskWriter writer = TaskWriter.builder().fsync(false).build();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    for (int s = 0; s < 200; s++) {
      specs.add(new String[] {requirements(10, 5), design(10), tasks(50, 10)});
    }
    dir = Files.createTempDirectory("kiro4j-specs-bench");
    Path p = dir.resolve("tasks.md");
    StringBuilder b = new StringBuilder("# Implementation Plan\n\n");
    int top = 0;
    while (b.chars().filter(c -> c == '\n').count() < 5_000) {
      top++;
      b.append("- [ ] ").append(top).append(". Top task ").append(top).append('\n');
      for (int i = 1; i <= 3; i++) {
        b.append("  - [x] ").append(top).append('.').append(i).append(" Sub task é\n");
        b.append("    - Detail line with a trailing space \n");
        b.append("    - _Requirements: ").append(i).append(".1, ").append(i).append(".2_\n");
      }
    }
    Files.write(p, b.toString().getBytes(StandardCharsets.UTF_8));
    big = TaskList.load(p);
    toggled = big.tasks().get(big.tasks().size() / 2);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  /** 200 specs × (requirements.md + design.md + tasks.md of 50 tasks): parse all, trace all. */
  @Benchmark
  public int parseAndTrace200Specs() {
    int uncovered = 0;
    for (String[] s : specs) {
      RequirementsDocument req = RequirementsDocument.parse(Path.of("requirements.md"), s[0]);
      DesignDocument design = DesignDocument.parse(Path.of("design.md"), s[1]);
      TaskList tasks = TaskList.parse(Path.of("tasks.md"), s[2]);
      TraceReport r =
          Traceability.trace(
              req.requirements(),
              Set.of(),
              Optional.of(req.path()),
              Optional.of(design),
              Optional.of(tasks));
      uncovered += r.uncovered().size() + tasks.runQueue().size();
    }
    return uncovered;
  }

  /** One state change on a 5,000-line tasks.md, written losslessly (no fsync). */
  @Benchmark
  public int setOneTaskIn5000Lines() {
    Task t = big.tasks().get(toggled.index());
    TaskState next = t.state() == TaskState.DONE ? TaskState.TODO : TaskState.DONE;
    try {
      big = writer.set(big, t, next);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return big.tasks().size();
  }

  static String requirements(int n, int criteria) {
    StringBuilder b = new StringBuilder("# Requirements Document\n\n## Introduction\n\nText.\n\n");
    b.append("## Glossary\n\n- **Service**: The system.\n\n## Requirements\n\n");
    for (int r = 1; r <= n; r++) {
      b.append("### Requirement ").append(r).append(": Title ").append(r).append("\n\n");
      b.append("**User Story:** As a user, I want feature ").append(r);
      b.append(", so that I benefit.\n\n#### Acceptance Criteria\n\n");
      for (int c = 1; c <= criteria; c++) {
        switch (c % 4) {
          case 0:
            b.append(c).append(". THE Service SHALL keep invariant ").append(c).append('\n');
            break;
          case 1:
            b.append(c)
                .append(". WHEN event ")
                .append(c)
                .append(" happens, THE Service SHALL react\n");
            break;
          case 2:
            b.append(c)
                .append(". IF input ")
                .append(c)
                .append(" is bad, THEN THE Service SHALL refuse it\n");
            break;
          default:
            b.append(c).append(". WHEN x THEN the system SHALL do ").append(c).append('\n');
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  static String design(int properties) {
    StringBuilder b =
        new StringBuilder("# Design\n\n## Overview\n\nText.\n\n## Correctness Properties\n\n");
    for (int p = 1; p <= properties; p++) {
      b.append("### Property ").append(p).append(": Invariant ").append(p).append("\n\n");
      b.append("*For any* input, the invariant holds.\n\n**Validates: Requirements ");
      b.append(p).append(".1, ").append(p).append(".2**\n\n");
    }
    return b.append("## Testing Strategy\n\nProperties.\n").toString();
  }

  static String tasks(int count, int requirements) {
    StringBuilder b = new StringBuilder("# Implementation Plan\n\n## Tasks\n\n");
    int made = 0;
    int top = 0;
    while (made < count) {
      top++;
      b.append("- [").append(top % 3 == 0 ? 'x' : ' ').append("] ").append(top).append(". Task\n");
      made++;
      for (int i = 1; i <= 4 && made < count; i++, made++) {
        b.append("  - [")
            .append(i == 4 ? " ]*" : "x]")
            .append(' ')
            .append(top)
            .append('.')
            .append(i);
        b.append(" Sub-task\n    - Do the thing\n    - _Requirements: ");
        int r = (top % requirements) + 1;
        b.append(r).append('.').append(i).append(", ").append(r).append(".5_\n");
        if (i == 4) {
          b.append("    - **Property ").append(r).append(": Invariant**\n");
        }
      }
      b.append('\n');
    }
    return b.toString();
  }
}
