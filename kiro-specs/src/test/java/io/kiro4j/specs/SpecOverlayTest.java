package io.kiro4j.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec documents held in a workspace's overlay are read from there, not from disk. */
class SpecOverlayTest {

  @TempDir Path root;
  @TempDir Path home;

  @Test
  void tasksAreReadFromTheOverlayText() throws Exception {
    Path tasks = root.resolve(".kiro/specs/login/tasks.md");
    Files.createDirectories(tasks.getParent());
    Files.writeString(tasks, "# Tasks\n\n- [ ] 1. On disk\n");
    FileOverlay overlay =
        FileOverlay.empty()
            .with(tasks.toRealPath(), "# Tasks\n\n- [ ] 1. In the editor\n- [ ] 2. Another\n");
    Workspace ws =
        Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).overlay(overlay).build());
    assertThat(Specs.of(ws).specs())
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.tasks().orElseThrow().tasks())
                    .extracting(t -> t.title())
                    .containsExactly("In the editor", "Another"));
  }
}
