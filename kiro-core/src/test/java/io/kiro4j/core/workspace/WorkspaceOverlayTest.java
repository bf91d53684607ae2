package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.internal.file.Fifos;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.steering.InclusionMode;
import io.kiro4j.core.steering.SteeringSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An overlay's texts (an editor's unsaved documents) stand in for the files on disk. */
class WorkspaceOverlayTest {

  @TempDir Path root;
  @TempDir Path home;

  private Workspace open(FileOverlay overlay) {
    return Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).overlay(overlay).build());
  }

  private Path write(String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file.toRealPath();
  }

  @Test
  void steeringIsReadFromTheOverlayTextInsteadOfTheDisk() throws Exception {
    Path file = write(".kiro/steering/style.md", "---\ninclusion: always\n---\nBe brief.\n");
    Workspace ws = open(FileOverlay.empty().with(file, "---\ninclusion: manual\n---\nBe brief.\n"));
    assertThat(SteeringSet.of(ws).files())
        .singleElement()
        .satisfies(f -> assertThat(f.mode()).isEqualTo(InclusionMode.MANUAL));
    assertThat(SteeringSet.of(open(FileOverlay.empty())).files().get(0).mode())
        .isEqualTo(InclusionMode.ALWAYS);
  }

  @Test
  void aRefreshedSteeringSetRereadsOnlyChangedFilesAndEqualsAFullLoad() throws Exception {
    Path a = write(".kiro/steering/a.md", "---\ninclusion: always\n---\nA.\n");
    write(".kiro/steering/b.md", "---\ninclusion: sometimes\n---\nB.\n");
    SteeringSet before = SteeringSet.of(open(FileOverlay.empty()));
    FileOverlay edited = FileOverlay.empty().with(a, "---\ninclusion: fileMatch\n---\nA.\n");
    Workspace ws = open(edited);
    SteeringSet refreshed = before.refresh(ws);
    SteeringSet full = SteeringSet.load(open(edited));
    assertThat(refreshed.diagnostics()).isEqualTo(full.diagnostics());
    assertThat(refreshed.files()).isEqualTo(full.files());
    assertThat(refreshed.diagnostics())
        .extracting(Diagnostic::code)
        .contains("STEER-001", "STEER-003");
    // b.md was not read again: the very same file object is reused.
    assertThat(refreshed.files().get(1)).isSameAs(before.files().get(1));
    assertThat(refreshed.files().get(0)).isNotSameAs(before.files().get(0));
  }

  @Test
  void agentHookAndMcpFilesAreReadFromTheOverlay() throws Exception {
    Path agent = write(".kiro/agents/dev.json", "{\"name\": \"dev\"}");
    Path hook = write(".kiro/hooks/h.kiro.hook", "{}");
    Path mcp = write(".kiro/settings/mcp.json", "{\"mcpServers\": {}}");
    FileOverlay overlay =
        FileOverlay.of(
            Map.of(
                agent, "{\"name\": \"dev\", \"description\": \"from the editor\"}",
                hook,
                    "{\"name\": \"H\", \"when\": {\"type\": \"userTriggered\"},"
                        + " \"then\": {\"type\": \"askAgent\", \"prompt\": \"p\"}}",
                mcp, "{\"mcpServers\": {\"git\": {\"command\": \"git-mcp\"}}}"));
    Workspace ws = open(overlay);
    assertThat(AgentSet.of(ws).agents())
        .anySatisfy(a -> assertThat(a.config().description()).contains("from the editor"));
    assertThat(HookSet.of(ws).hooks())
        .singleElement()
        .satisfies(h -> assertThat(h.name()).isEqualTo("H"));
    assertThat(McpConfig.of(ws).servers()).extracting(s -> s.name()).contains("git");
  }

  @Test
  void anOverlayTextOverTheSizeLimitIsRefusedLikeTheFileWouldBe() throws Exception {
    Path file = root.resolve("big.md");
    Diagnostics d = new Diagnostics();
    FileOverlay overlay = FileOverlay.empty().with(file, "é".repeat(600));
    assertThat(overlay.read(file, 1000, d)).isEmpty();
    assertThat(d.toList()).extracting(Diagnostic::code).containsExactly("CORE-003");
    assertThat(overlay.read(file, 1200, new Diagnostics())).isPresent();
  }

  @Test
  void anOverlayTextCountsAsPresentAndWithoutFallsBackToTheDisk() throws Exception {
    Path missing = root.resolve("none.json");
    FileOverlay overlay = FileOverlay.empty().with(missing, "{}");
    assertThat(overlay.readIfPresent(missing, new Diagnostics())).contains("{}");
    assertThat(overlay.without(missing).readIfPresent(missing, new Diagnostics())).isEmpty();
    assertThat(overlay.without(missing).isEmpty()).isTrue();
    assertThat(overlay).isEqualTo(FileOverlay.of(Map.of(missing, "{}")));
    assertThat(overlay).isNotEqualTo(FileOverlay.of(Map.of(missing, "[]")));
  }

  @Test
  void aFifoOnDiskIsNeverOpenedWhenTheOverlayHoldsItsText() throws Exception {
    Path fifo = Fifos.make(root.resolve("pipe.md"));
    FileOverlay overlay = FileOverlay.empty().with(fifo, "text");
    assertThat(overlay.read(fifo, new Diagnostics())).contains("text");
  }

  @Test // a new document the editor has not saved yet exists for the loaders
  void aFileOnlyInTheOverlayIsListedAndLoaded() throws Exception {
    write(".kiro/steering/old.md", "Old.\n");
    Path fresh = root.toRealPath().resolve(".kiro/steering/sub/new.md");
    Path agent = root.toRealPath().resolve(".kiro/agents/new.json");
    Workspace ws =
        open(
            FileOverlay.empty()
                .with(fresh, "---\ninclusion: manual\n---\nNew.\n")
                .with(agent, "{\"name\": \"new\"}"));
    assertThat(KiroArtifacts.of(ws).files(ArtifactKind.STEERING))
        .extracting(KiroArtifacts.Artifact::relativePath)
        .containsExactly("old.md", "sub/new.md");
    assertThat(SteeringSet.of(ws).files())
        .anySatisfy(f -> assertThat(f.mode()).isEqualTo(InclusionMode.MANUAL));
    assertThat(AgentSet.of(ws).agents()).extracting(a -> a.name()).contains("new");
    // Without the overlay text the file is not there.
    assertThat(KiroArtifacts.of(open(FileOverlay.empty())).files(ArtifactKind.STEERING)).hasSize(1);
  }

  @Test
  void anOverlayFileIsListedOnlyWhereTheFilterAndTheFolderTakeIt() throws Exception {
    Path notes = root.toRealPath().resolve(".kiro/steering/notes.txt");
    Path elsewhere = root.toRealPath().resolve("docs/new.md");
    Workspace ws = open(FileOverlay.empty().with(notes, "x").with(elsewhere, "y"));
    assertThat(KiroArtifacts.of(ws).files(ArtifactKind.STEERING)).isEmpty();
    assertThat(ws.listFiles(root.toRealPath().resolve("docs"), p -> true, new Diagnostics()))
        .containsExactly(elsewhere);
  }
}
