package io.kiro4j.core.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files are opened as configuration: a FIFO in place of any config file kiro-core
 * reads is reported ({@code CORE-004}) and never blocks a loader. Each test loads everything a
 * {@code kiro4j lint} loads, under a bound that only a blocked read can exceed.
 */
class FifoInPlaceOfConfigTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void layout() throws Exception {
    root = Files.createDirectories(tmp.resolve("project")).toRealPath();
    home = Files.createDirectories(tmp.resolve("home")).toRealPath();
  }

  /** Loads every kiro-core capability of the workspace; their diagnostics, in one list. */
  private List<Diagnostic> loadEverything() {
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(root)
                .userHome(home)
                .environment(Environment.empty())
                .build());
    return assertTimeoutPreemptively(
        PROMPTLY,
        () -> {
          List<Diagnostic> all = new ArrayList<>(KiroArtifacts.of(ws).diagnostics());
          all.addAll(KiroIgnore.of(ws).diagnostics());
          all.addAll(SteeringSet.of(ws).diagnostics());
          all.addAll(HookSet.of(ws).diagnostics());
          all.addAll(AgentSet.of(ws).diagnostics());
          all.addAll(McpConfig.of(ws).diagnostics());
          return all;
        });
  }

  private void assertReported(Path fifo) {
    assertThat(loadEverything())
        .filteredOn(d -> d.code().equals("CORE-004"))
        .extracting(Diagnostic::path)
        .contains(fifo);
  }

  @Test
  void aFifoAsAWorkspaceSteeringFileIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(root.resolve(".kiro/steering/team.md")));
  }

  @Test
  void aFifoAsAGlobalSteeringFileIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(home.resolve(".kiro/steering/personal.md")));
  }

  @Test
  void aGlobalSteeringSymlinkToAFifoIsReportedAndNeverOpened() throws Exception {
    Path fifo = Fifos.make(tmp.resolve("team-repo/security.md"));
    Files.createDirectories(home.resolve(".kiro/steering"));
    Files.createSymbolicLink(home.resolve(".kiro/steering/security.md"), fifo);
    assertThat(loadEverything()).filteredOn(d -> d.code().equals("CORE-004")).isNotEmpty();
  }

  @Test
  void aFifoAsAgentsMdIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(root.resolve("AGENTS.md")));
  }

  @Test
  void aFifoAsAJsonAgentIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(root.resolve(".kiro/agents/dev.json")));
  }

  @Test
  void aFifoAsAMarkdownAgentIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(home.resolve(".kiro/agents/reviewer.md")));
  }

  @Test
  void aFifoAsAnAgentPromptFileIsReportedAndNeverOpened() throws Exception {
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"), "{\"name\": \"dev\", \"prompt\": \"file://p.md\"}");
    Fifos.make(root.resolve(".kiro/agents/p.md"));
    assertThat(loadEverything())
        .filteredOn(d -> d.code().equals("AGENT-001"))
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("FIFO"));
  }

  @Test
  void aFifoAsTheWorkspaceMcpJsonIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(root.resolve(".kiro/settings/mcp.json")));
  }

  @Test
  void aFifoAsTheGlobalMcpJsonIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(home.resolve(".kiro/settings/mcp.json")));
  }

  @Test
  void aFifoAsTheCliSettingsIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(home.resolve(".kiro/settings/cli.json")));
  }

  @Test
  void aFifoAsAHookFileIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(root.resolve(".kiro/hooks/lint.kiro.hook")));
  }

  @Test
  void aFifoAsVsCodeSettingsIsReportedAndNeverOpened() throws Exception {
    assertReported(Fifos.make(root.resolve(".vscode/settings.json")));
  }

  @Test
  void aFifoNamedByAFileReferenceIsReportedAndNeverOpened() throws Exception {
    Files.createDirectories(root.resolve(".kiro/steering"));
    Files.writeString(root.resolve(".kiro/steering/api.md"), "See #[[file:api/openapi.yaml]]\n");
    assertReported(Fifos.make(root.resolve("api/openapi.yaml")));
  }
}
