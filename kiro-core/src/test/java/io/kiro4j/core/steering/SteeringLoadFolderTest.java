package io.kiro4j.core.steering;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteeringLoadFolderTest {

  @TempDir Path tmp;

  @Test
  void aPowersSteeringFolderIsReadLikeWorkspaceSteering() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("power/steering/sub"));
    Files.writeString(dir.resolve("a.md"), "---\ninclusion: manual\n---\n# A\n");
    Files.writeString(tmp.resolve("power/steering/b.md"), "# B, always\n");
    Files.writeString(tmp.resolve("power/steering/notes.txt"), "not steering");
    Workspace ws =
        Kiro.open(WorkspaceOptions.builder().root(tmp).userHome(tmp.resolve("home")).build());
    SteeringSet set = SteeringSet.loadFolder(ws, tmp.resolve("power/steering"), Scope.GLOBAL);
    assertThat(set.files()).extracting(SteeringFile::name).containsExactly("b", "sub/a");
    assertThat(set.files())
        .extracting(SteeringFile::mode)
        .containsExactly(InclusionMode.ALWAYS, InclusionMode.MANUAL);
    assertThat(set.shadowed()).isEmpty();
  }
}
