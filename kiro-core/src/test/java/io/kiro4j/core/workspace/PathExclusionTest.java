package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.Fifos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a workspace is opened without are never listed, entered or read. */
class PathExclusionTest {

  @TempDir Path tmp;

  /** Excludes {@code gen} below the steering folder, and records every path it is asked about. */
  private static final class Generated implements PathExclusion {
    final Path folder;
    final Set<Path> asked = ConcurrentHashMap.newKeySet();

    Generated(Path folder) {
      this.folder = folder;
    }

    @Override
    public boolean excludes(Path file) {
      asked.add(file);
      return file.startsWith(folder);
    }

    @Override
    public boolean excludesAllBelow(Path dir) {
      asked.add(dir);
      return dir.startsWith(folder);
    }
  }

  @Test
  void anExcludedFolderIsNotEnteredAndItsFilesAreNotListed() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("ws")).toRealPath();
    Path steering = Files.createDirectories(root.resolve(".kiro/steering"));
    Files.writeString(steering.resolve("kept.md"), "Kept.\n");
    Path gen = Files.createDirectories(steering.resolve("gen"));
    for (int i = 0; i < 50; i++) {
      Files.writeString(gen.resolve("g" + i + ".md"), "Generated.\n");
    }
    Fifos.make(gen.resolve("pipe.md"));
    Generated exclusion = new Generated(gen);
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(root)
                .userHome(tmp.resolve("home"))
                .exclude(exclusion)
                .build());
    Diagnostics diagnostics = new Diagnostics();
    List<Path> listed = ws.listFiles(steering, ArtifactKind.STEERING::accepts, diagnostics);
    assertThat(listed).containsExactly(steering.resolve("kept.md"));
    assertThat(diagnostics.toList()).isEmpty(); // the FIFO was not even looked at
    assertThat(exclusion.asked).noneMatch(p -> p.startsWith(gen) && !p.equals(gen));
  }

  @Test
  void anExcludedFileReadsAsAbsentWithoutBeingOpened() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("ws")).toRealPath();
    Path fifo = Fifos.make(root.resolve(".kiro/steering/gen/pipe.md"));
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(root)
                .userHome(tmp.resolve("home"))
                .exclude(new Generated(fifo.getParent()))
                .build());
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ws.read(fifo, diagnostics)).isEmpty();
    assertThat(ws.readIfPresent(fifo, diagnostics)).isEmpty();
    assertThat(diagnostics.toList()).isEmpty();
  }

  @Test
  void byDefaultNothingIsExcluded() {
    assertThat(WorkspaceOptions.builder().root(tmp).build().exclusion())
        .isSameAs(PathExclusion.NONE);
    assertThat(PathExclusion.NONE.excludes(tmp)).isFalse();
    assertThat(PathExclusion.NONE.excludesAllBelow(tmp)).isFalse();
  }
}
