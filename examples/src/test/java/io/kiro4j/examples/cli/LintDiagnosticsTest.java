package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server's incremental lint reports what a full lint reports. */
class LintDiagnosticsTest {

  @TempDir Path root;
  @TempDir Path home;

  private Path steering;
  private Path agent;
  private Path hook;

  @BeforeEach
  void files() throws Exception {
    steering = write(".kiro/steering/style.md", "---\ninclusion: always\n---\nBe brief.\n");
    agent = write(".kiro/agents/dev.json", "{\"name\": \"dev\", \"tools\": [\"@git\"]}");
    hook = write(".kiro/hooks/h.kiro.hook", "{\"when\": {\"type\": \"userTriggered\"}}");
    write(".kiro/settings/mcp.json", "{\"mcpServers\": {}}");
  }

  private Path write(String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file.toRealPath();
  }

  private Workspace open(FileOverlay overlay) {
    return Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).overlay(overlay).build());
  }

  @Test
  void eachChangeGivesWhatAFullLintOfTheSameTextsGives() {
    LintDiagnostics incremental = new LintDiagnostics();
    FileOverlay overlay = FileOverlay.empty();
    incremental.diagnose(open(overlay), Optional.empty());
    String[][] edits = {
      {"steering", "---\ninclusion: sometimes\n---\nBe brief.\n"},
      {"agent", "{\"name\": \"dev\", \"tools\": [\"@git\"], \"bogus\": 1}"},
      {"hook", "{\"when\": {\"type\": \"userTriggered\"}, \"then\": {\"type\": \"askAgent\"}}"},
      {"steering", "---\ninclusion: manual\n---\n"},
      {"steering", "---\ninclusion: fileMatch\nfileMatchPattern: \"nothing/**\"\n---\nX\n"},
      {"steering", "---\ninclusion: fileMatch\nfileMatchPattern: \"nothing/**\"\n---\nY\n"},
      {"steering", "---\ninclusion: fileMatch\nfileMatchPattern: \"**/*.md\"\n---\nY\n"},
      {"agent", "{\"name\": \"dev\"}"},
    };
    for (String[] edit : edits) {
      Path file = edit[0].equals("steering") ? steering : edit[0].equals("agent") ? agent : hook;
      overlay = overlay.with(file, edit[1]);
      Workspace ws = open(overlay);
      assertThat(incremental.diagnose(ws, Optional.of(Set.of(file))))
          .as("after editing %s", edit[0])
          .isEqualTo(new WorkspaceReport(open(overlay)).diagnostics());
    }
  }

  @Test // the editor sees what kiro4j lint reports: .kiro4j.yaml and suppressions applied
  void theWorkspaceRulesConfigAppliesToTheIncrementalDiagnostics() throws Exception {
    FileOverlay overlay =
        FileOverlay.empty().with(steering, "---\ninclusion: sometimes\n---\nBe brief.\n");
    assertThat(new LintDiagnostics().diagnose(open(overlay), Optional.empty()))
        .extracting(Diagnostic::code)
        .contains("STEER-001");
    write(".kiro4j.yaml", "rules:\n  STEER-001: off\n");
    assertThat(new LintDiagnostics().diagnose(open(overlay), Optional.empty()))
        .extracting(Diagnostic::code)
        .doesNotContain("STEER-001");
  }
}
