package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.internal.file.Fifos;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ignore:} in .kiro4j.yaml: ignored files are neither read nor reported. */
class LintIgnoreTest {

  @TempDir Path tmp;

  /** Records the steering files of the workspace lint hands to the contributors. */
  private static final class Seen implements LintContributor {
    final Set<String> steering = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
      return "seen";
    }

    @Override
    public List<DiagnosticCode> codes() {
      return List.of();
    }

    @Override
    public List<Diagnostic> diagnostics(Workspace workspace, LintConfig config) {
      KiroArtifacts.of(workspace)
          .files(ArtifactKind.STEERING)
          .forEach(a -> steering.add(a.relativePath()));
      return List.of();
    }
  }

  @Test
  void anIgnoredFolderIsNeverReadEvenWhenItHoldsAFifo() throws Exception {
    LintFixture ws = new LintFixture(tmp);
    ws.write(".kiro4j.yaml", "ignore:\n  - \".kiro/steering/gen/**\"\n  - \"AGENTS.md\"\n");
    ws.write(".kiro/steering/kept.md", "---\ninclusion: sometimes\n---\nKept.\n");
    for (int i = 0; i < 200; i++) {
      ws.write(".kiro/steering/gen/g" + i + ".md", "---\ninclusion: nope\n---\n");
    }
    // A reader that opened these would block: a FIFO has no writer.
    Fifos.make(ws.root.resolve(".kiro/steering/gen/pipe.md"));
    Fifos.make(ws.root.resolve("AGENTS.md"));
    Seen seen = new Seen();
    LintReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> Linter.core().with(seen).lint(ws.open()));
    assertThat(seen.steering).containsExactly("kept.md");
    assertThat(report.diagnostics())
        .noneMatch(d -> d.path().toString().contains("gen") || d.path().endsWith("AGENTS.md"))
        .anyMatch(d -> d.code().equals("STEER-001")); // kept.md is still linted
  }

  @Test
  void anIgnoredFileMatchedFileByFileIsNeitherListedNorReported() throws Exception {
    LintFixture ws = new LintFixture(tmp);
    ws.write(".kiro4j.yaml", "ignore:\n  - \"**/draft-*.md\"\n");
    ws.write(".kiro/steering/draft-1.md", "---\ninclusion: nope\n---\n");
    ws.write(".kiro/steering/final.md", "---\ninclusion: always\n---\nFinal.\n");
    Seen seen = new Seen();
    LintReport report = Linter.core().with(seen).lint(ws.open());
    assertThat(seen.steering).containsExactly("final.md");
    assertThat(report.diagnostics()).isEmpty();
  }

  @Test
  void aFolderGlobIgnoresEverythingBelowItsFolder() {
    LintConfig config =
        LintConfig.parse(
            "ignore:\n  - \"vendor/**\"\n  - \"**/*.gen.md\"\n",
            tmp.resolve(".kiro4j.yaml"),
            Set.of());
    assertThat(config.ignoresAllBelow("vendor")).isTrue();
    assertThat(config.ignoresAllBelow("vendor/a")).isTrue();
    assertThat(config.ignoresAllBelow("src")).isFalse();
    assertThat(config.ignores("src/x.gen.md")).isTrue();
  }

  @Test
  void withoutIgnoresLintSeesTheWorkspaceItWasGiven() throws Exception {
    LintFixture ws = new LintFixture(tmp);
    ws.write(".kiro/steering/a.md", "A.\n");
    Workspace workspace = ws.open();
    assertThat(Linter.seen(workspace, Linter.core().configs(workspace))).isSameAs(workspace);
  }
}
