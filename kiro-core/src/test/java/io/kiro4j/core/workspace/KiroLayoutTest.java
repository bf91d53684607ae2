package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kiro files in places Kiro never reads (issue 14), each written here for its pattern. */
class KiroLayoutTest {

  @TempDir Path tmp;

  private Path write(String path, String text) throws IOException {
    Path p = tmp.resolve("ws").resolve(path);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private List<Diagnostic> layout() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(Files.createDirectories(tmp.resolve("ws")))
                .userHome(home)
                .environment(Environment.empty())
                .build());
    return KiroLayout.load(ws).diagnostics();
  }

  @Test // docs L1814-1822: .kiro/settings/mcp.json is the workspace file
  void mcpJsonDirectlyInDotKiroIsPointedToSettings() throws IOException {
    write(".kiro/mcp.json", "{\"mcpServers\": {}}");
    List<Diagnostic> d = layout();
    assertThat(d).extracting(Diagnostic::code).containsExactly("LAYOUT-001");
    assertThat(d.get(0).message())
        .isEqualTo(
            ".kiro/mcp.json is never read: Kiro reads MCP servers from .kiro/settings/mcp.json"
                + " (docs L1814-1822); move it there");
    assertThat(d.get(0).isError()).isFalse();
  }

  @Test
  void mcpJsonBesideTheRightFileIsToldToMerge() throws IOException {
    write(".kiro/mcp.json", "{}");
    write(".kiro/settings/mcp.json", "{}");
    assertThat(layout().get(0).message())
        .endsWith("that file exists too, so merge this one into it");
  }

  @Test
  void steeringMarkdownDirectlyInDotKiroIsPointedToTheSteeringFolder() throws IOException {
    write(".kiro/steering.md", "# Steering for this repo\n\nRead AGENTS.md.\n");
    write(".kiro/product.md", "# Product\n");
    write(
        ".kiro/api-rules.md", "---\ninclusion: fileMatch\nfileMatchPattern: '*.ts'\n---\nRules\n");
    write(".kiro/AGENTS.md", "# Agents\n");
    write(".kiro/README.md", "# What this folder holds\n");
    write(".kiro/notes.md", "---\ntitle: notes\n---\nNot steering.\n");
    List<Diagnostic> d = layout();
    assertThat(d).extracting(Diagnostic::code).containsOnly("LAYOUT-002").hasSize(4);
    assertThat(d)
        .extracting(Diagnostic::message)
        .anySatisfy(
            m -> assertThat(m).contains(".kiro/steering.md is never read", "steering/<topic>.md"))
        .anySatisfy(m -> assertThat(m).contains("move it to .kiro/steering/api-rules.md"))
        .anySatisfy(m -> assertThat(m).contains("AGENTS.md at the workspace root"));
  }

  @Test
  void skillWrittenAsAFileInTheSkillsFolderIsPointedToItsFolder() throws IOException {
    write(".kiro/skills/pdf.md", "---\nname: pdf\ndescription: Reads PDFs.\n---\nBody\n");
    write(".kiro/skills/README.md", "# Our skills\n");
    write(".kiro/skills/ok/SKILL.md", "---\nname: ok\ndescription: d\n---\n");
    List<Diagnostic> d = layout();
    assertThat(d).extracting(Diagnostic::code).containsExactly("LAYOUT-003");
    assertThat(d.get(0).message()).contains(".kiro/skills/pdf/SKILL.md");
  }

  @Test
  void misspelledKiroFolderIsPointedToTheRightName() throws IOException {
    write(".kiro/hook/lint.kiro.hook", "{}");
    write(".kiro/steerings/a.md", "# A\n");
    write(".kiro/docs/x.md", "# not a Kiro folder\n");
    List<Diagnostic> d = layout();
    assertThat(d).extracting(Diagnostic::code).containsExactly("LAYOUT-004", "LAYOUT-004");
    assertThat(d.get(0).message())
        .isEqualTo(".kiro/hook/ is not a folder Kiro reads: its files belong in .kiro/hooks/");
  }

  @Test
  void aWellLaidOutWorkspaceHasNoLayoutDiagnostic() throws IOException {
    write(".kiro/settings/mcp.json", "{}");
    write(".kiro/steering/product.md", "# Product\n");
    write(".kiro/hooks/a.kiro.hook", "{}");
    write("AGENTS.md", "# Agents\n");
    assertThat(layout()).isEmpty();
  }
}
