package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpLayer;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.steering.SteeringSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace opened at the user's home: its {@code .kiro} is {@code ~/.kiro}. Kiro looks in the
 * workspace's {@code .kiro} first (docs L6560–6564), so each file there is read once, as a
 * workspace file, and never overrides itself.
 */
class WorkspaceAtUserHomeTest {

  @TempDir Path home;

  @BeforeEach
  void globalFiles() throws IOException {
    write(".kiro/agents/dev.json", "{\"description\": \"d\"}");
    write(".kiro/steering/style.md", "Use tabs.\n");
    write(".kiro/settings/mcp.json", "{\"mcpServers\": {\"fetch\": {\"command\": \"uvx\"}}}");
    write(".kiro/hooks/on-save.kiro.hook", "{}");
  }

  private void write(String relative, String text) throws IOException {
    Path file = home.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Workspace open(Path root) {
    return Workspace.open(WorkspaceOptions.builder().root(root).userHome(home).build());
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::code).toList();
  }

  @Test
  void aRootAtTheUserHomeReadsTheGlobalKiroFolderOnceAsTheWorkspaces() {
    Workspace ws = open(home);
    assertThat(ws.rootAtGlobalKiroDir()).contains(ws.primaryRoot());
    assertThat(ws.readsGlobalScope()).isFalse();

    AgentSet agents = AgentSet.load(ws);
    Agent dev = agents.find("dev").orElseThrow();
    assertThat(dev.scope()).isEqualTo(Scope.WORKSPACE);
    assertThat(agents.agents().stream().filter(a -> a.name().equals("dev"))).hasSize(1);
    assertThat(codes(agents.diagnostics())).doesNotContain("AGENT-003");
    assertThat(codes(dev.diagnostics())).doesNotContain("AGENT-003");

    SteeringSet steering = SteeringSet.load(ws);
    assertThat(steering.files()).extracting(SteeringFile::name).containsExactly("style");
    assertThat(steering.files()).extracting(SteeringFile::scope).containsExactly(Scope.WORKSPACE);
    assertThat(steering.shadowed()).isEmpty();
    assertThat(codes(steering.diagnostics())).doesNotContain("STEER-014");

    McpConfig mcp = McpConfig.of(ws);
    assertThat(mcp.servers()).extracting(McpServer::layer).containsExactly(McpLayer.WORKSPACE);
    assertThat(mcp.overridden()).isEmpty();

    for (ArtifactKind kind : ArtifactKind.values()) {
      assertThat(KiroArtifacts.load(ws).files(kind))
          .as(kind.name())
          .allSatisfy(a -> assertThat(a.scope()).isEqualTo(Scope.WORKSPACE));
    }
    assertThat(KiroArtifacts.load(ws).files(ArtifactKind.HOOK)).hasSize(1);
  }

  @Test
  void aRootWhoseKiroFolderIsALinkToTheGlobalOneIsTheSameFolder() throws IOException {
    Path project = Files.createDirectories(home.resolve("work/app"));
    Files.createSymbolicLink(project.resolve(".kiro"), home.resolve(".kiro"));
    Workspace ws = open(project);
    assertThat(ws.readsGlobalScope()).isFalse();
    assertThat(AgentSet.load(ws).agents().stream().filter(a -> a.name().equals("dev")))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.scope()).isEqualTo(Scope.WORKSPACE);
              assertThat(codes(a.diagnostics())).doesNotContain("AGENT-003");
            });
    // Read as workspace steering, the linked files lead out of the root: said, never loaded twice.
    SteeringSet steering = SteeringSet.load(ws);
    assertThat(steering.files()).isEmpty();
    assertThat(codes(steering.diagnostics())).contains("STEER-024").doesNotContain("STEER-014");
  }

  @Test
  void aProjectBelowTheHomeStillReadsTheGlobalScope() throws IOException {
    Path project = Files.createDirectories(home.resolve("work/app"));
    Files.createDirectories(project.resolve(".kiro/steering"));
    Files.writeString(project.resolve(".kiro/steering/style.md"), "Use spaces.\n");
    Workspace ws = open(project);
    assertThat(ws.rootAtGlobalKiroDir()).isEmpty();
    assertThat(ws.readsGlobalScope()).isTrue();
    SteeringSet steering = SteeringSet.load(ws);
    assertThat(steering.files()).extracting(SteeringFile::scope).containsExactly(Scope.WORKSPACE);
    assertThat(steering.shadowed()).extracting(SteeringFile::scope).containsExactly(Scope.GLOBAL);
    assertThat(AgentSet.load(ws).find("dev").orElseThrow().scope()).isEqualTo(Scope.GLOBAL);
  }

  @Test
  void theHomeAsASecondRootReadsTheGlobalFilesAsThatRootsOnly() throws IOException {
    Path project = Files.createDirectories(home.resolve("work/app"));
    Workspace ws =
        Workspace.open(WorkspaceOptions.builder().root(project).root(home).userHome(home).build());
    assertThat(ws.rootAtGlobalKiroDir().orElseThrow().index()).isEqualTo(1);
    assertThat(SteeringSet.load(ws).files())
        .singleElement()
        .satisfies(f -> assertThat(f.root()).hasValue(1));
    assertThat(KiroLayout.load(ws).diagnostics()).isEmpty();
  }
}
