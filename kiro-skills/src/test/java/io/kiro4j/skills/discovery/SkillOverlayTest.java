package io.kiro4j.skills.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.skills.power.PowerSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SKILL.md or POWER.md held in a workspace's overlay is read from there, not from disk. */
class SkillOverlayTest {

  @TempDir Path root;
  @TempDir Path home;

  @Test
  void aSkillIsReadFromItsOverlayText() throws Exception {
    Path file = root.resolve(".kiro/skills/pdf/SKILL.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\nname: pdf\ndescription: On disk.\n---\n");
    FileOverlay overlay =
        FileOverlay.empty()
            .with(file.toRealPath(), "---\nname: pdf\ndescription: In the editor.\n---\n");
    Workspace ws =
        Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).overlay(overlay).build());
    assertThat(SkillSet.of(ws).skills())
        .singleElement()
        .satisfies(s -> assertThat(s.description()).isEqualTo("In the editor."));
  }

  @Test
  void aPowerIsReadFromItsOverlayText() throws Exception {
    Path file = home.resolve(".kiro/powers/db/POWER.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\nname: db\ndescription: On disk.\n---\n# db\n");
    FileOverlay overlay =
        FileOverlay.empty()
            .with(file.toRealPath(), "---\nname: db\ndescription: In the editor.\n---\n# db\n");
    Workspace ws =
        Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).overlay(overlay).build());
    assertThat(PowerSet.of(ws).powers())
        .singleElement()
        .satisfies(p -> assertThat(p.description()).isEqualTo("In the editor."));
  }
}
