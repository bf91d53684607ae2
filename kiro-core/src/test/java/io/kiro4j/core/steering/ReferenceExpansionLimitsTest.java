package io.kiro4j.core.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code #[[file:]]} expansion is bounded in depth (8), in references resolved (200) and in bytes
 * inlined (1 MiB) per expanded steering file. Before, a few KB of files that reference each other
 * many times made {@code kiro4j lint} run for minutes and die of OutOfMemoryError.
 */
class ReferenceExpansionLimitsTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir Path tmp;
  Path root;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
  }

  private void write(String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static String references(String target, int times) {
    return ("#[[file:" + target + "]]\n").repeat(times);
  }

  /** docs/f0.md .. f9.md, each naming the next {@code fanOut} times after {@code padding}. */
  private void fanOut(int fanOut, String padding) throws IOException {
    for (int i = 0; i < 10; i++) {
      write(
          "docs/f" + i + ".md",
          padding + (i < 9 ? references("docs/f" + (i + 1) + ".md", fanOut) : "leaf\n"));
    }
  }

  private SteeringSet load() {
    return SteeringSet.load(
        Kiro.open(
            WorkspaceOptions.builder()
                .root(root)
                .userHome(tmp.resolve("home"))
                .environment(Environment.empty())
                .build()));
  }

  private static long count(java.util.List<Diagnostic> diagnostics, String code) {
    return diagnostics.stream().filter(d -> d.code().equals(code)).count();
  }

  @Test
  void aReferenceFanOutStopsAtTwoHundredReferencesWithOneDiagnostic() throws IOException {
    fanOut(10, "");
    write(".kiro/steering/api.md", "# API\n" + references("docs/f0.md", 10));
    SteeringSet set = assertTimeoutPreemptively(PROMPTLY, this::load);
    ExpandedSteering expanded =
        assertTimeoutPreemptively(PROMPTLY, () -> set.expand(set.files().get(0)));
    assertThat(count(expanded.diagnostics(), "STEER-026")).isEqualTo(1);
    // 200 references inlined at most: each copy adds one file of ~10 lines of ~20 bytes.
    assertThat(expanded.text().length()).isLessThan(200 * 300 + 10_000);
    assertThat(expanded.text().split("leaf", -1).length - 1).isLessThanOrEqualTo(200);
    // The rest stays as written.
    assertThat(expanded.text()).contains("#[[file:docs/");
    assertThat(count(set.diagnostics(), "STEER-026")).isEqualTo(1);
  }

  @Test
  void twoHundredReferencesAreExpandedWithoutADiagnostic() throws IOException {
    write("docs/a.md", "A\n");
    write(".kiro/steering/api.md", references("docs/a.md", SteeringSet.MAX_REFERENCES));
    SteeringSet set = load();
    ExpandedSteering expanded = set.expand(set.files().get(0));
    assertThat(expanded.diagnostics()).isEmpty();
    assertThat(expanded.text())
        .doesNotContain("#[[file:")
        .isEqualTo("A\n\n".repeat(SteeringSet.MAX_REFERENCES));
  }

  @Test
  void expansionStopsAtOneMebibyteOfReferencedContentWithOneDiagnostic() throws IOException {
    fanOut(2, "x".repeat(200_000) + "\n");
    write(".kiro/steering/api.md", "# API\n" + references("docs/f0.md", 2));
    SteeringSet set = assertTimeoutPreemptively(PROMPTLY, this::load);
    ExpandedSteering expanded =
        assertTimeoutPreemptively(PROMPTLY, () -> set.expand(set.files().get(0)));
    assertThat(count(expanded.diagnostics(), "STEER-027")).isEqualTo(1);
    assertThat(count(expanded.diagnostics(), "STEER-026")).isZero();
    assertThat((long) expanded.text().length())
        .isLessThanOrEqualTo(SteeringSet.MAX_EXPANDED_BYTES + 10_000);
  }

  @Test
  void aReferencedFileLargerThanTheByteLimitIsNotInlined() throws IOException {
    write("docs/dump.sql", "-".repeat((int) SteeringSet.MAX_EXPANDED_BYTES + 1));
    write("docs/small.md", "small\n");
    write(".kiro/steering/api.md", "#[[file:docs/dump.sql]]\n#[[file:docs/small.md]]\n");
    SteeringSet set = load();
    ExpandedSteering expanded = set.expand(set.files().get(0));
    assertThat(expanded.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("STEER-027");
              assertThat(d.line()).isEqualTo(1);
            });
    // The reference over the limit and the rest stay as written.
    assertThat(expanded.text()).isEqualTo("#[[file:docs/dump.sql]]\n#[[file:docs/small.md]]\n");
  }

  @Test
  void nestingDeeperThanEightLevelsIsCut() throws IOException {
    fanOut(1, "");
    write(".kiro/steering/api.md", references("docs/f0.md", 1));
    SteeringSet set = load();
    ExpandedSteering expanded = set.expand(set.files().get(0));
    assertThat(expanded.diagnostics()).extracting(Diagnostic::code).containsExactly("STEER-023");
    assertThat(expanded.text()).doesNotContain("leaf");
  }
}
