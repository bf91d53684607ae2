package io.kiro4j.specs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.file.Fifos;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.specs.tasks.TaskList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FIFO in place of a spec document or .config.kiro is reported and never opened. */
class FifoInPlaceOfSpecFilesTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir Path tmp;
  Path root;
  Path spec;

  @BeforeEach
  void layout() throws Exception {
    root = Files.createDirectories(tmp.resolve("app")).toRealPath();
    spec = Files.createDirectories(root.resolve(".kiro/specs/auth"));
  }

  private List<Diagnostic> loadSpecs() {
    return assertTimeoutPreemptively(
        PROMPTLY,
        () ->
            Specs.of(
                    Kiro.open(
                        WorkspaceOptions.builder()
                            .root(root)
                            .userHome(tmp.resolve("home"))
                            .build()))
                .diagnostics());
  }

  private static List<Path> notRegular(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.code().equals("CORE-004"))
        .map(Diagnostic::path)
        .toList();
  }

  @Test
  void aFifoAsRequirementsMdIsReportedAndNeverOpened() throws Exception {
    Files.writeString(spec.resolve("tasks.md"), "- [ ] 1. Do\n");
    Path fifo = Fifos.make(spec.resolve("requirements.md"));
    assertThat(notRegular(loadSpecs())).contains(fifo);
  }

  @Test
  void aFifoAsTasksMdIsReportedAndNeverOpened() throws Exception {
    Files.writeString(spec.resolve("requirements.md"), "### Requirement 1\n\n1. THE A SHALL b\n");
    Path fifo = Fifos.make(spec.resolve("tasks.md"));
    assertThat(notRegular(loadSpecs())).contains(fifo);
    TaskList tasks = assertTimeoutPreemptively(PROMPTLY, () -> TaskList.load(fifo));
    assertThat(tasks.diagnostics()).extracting(Diagnostic::code).containsExactly("CORE-004");
  }

  @Test
  void aFifoAsConfigKiroIsReportedAndNeverOpened() throws Exception {
    Files.writeString(spec.resolve("tasks.md"), "- [ ] 1. Do\n");
    Path fifo = Fifos.make(spec.resolve(".config.kiro"));
    assertThat(notRegular(loadSpecs())).contains(fifo);
  }
}
