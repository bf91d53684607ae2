package io.kiro4j.core.lint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.lint.LintReport;
import io.kiro4j.core.lint.Linter;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.core.write.AtomicFileWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three built-in fixes, written through io.kiro4j.core.write or previewed as a diff. */
class FixWriterTest {

  @TempDir Path tmp;
  private Path root;

  @BeforeEach
  void dirs() throws Exception {
    root = tmp.resolve("ws");
    Files.createDirectories(root.resolve(".kiro/steering"));
    Files.createDirectories(tmp.resolve("home"));
  }

  private LintReport lint() {
    return Linter.core()
        .lint(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(root)
                    .userHome(tmp.resolve("home"))
                    .environment(Environment.empty())
                    .build()));
  }

  private FixWriter writer() {
    return new FixWriter(
        Fixes.discover(getClass().getClassLoader()),
        AtomicFileWriter.builder().fsync(false).build(),
        p -> root.relativize(p).toString());
  }

  private Path write(String relative, String text) throws Exception {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static boolean has(LintReport r, String code) {
    return r.diagnostics().stream().map(Diagnostic::code).anyMatch(code::equals);
  }

  @Test
  void steer006CommaJoinedPatternBecomesAListAndEveryOtherByteIsKept() throws Exception {
    String before =
        "\uFEFF---\r\ninclusion: fileMatch   # keep me\r\nfileMatchPattern: \"*.ts, src/{a,b}/*.tsx\"  # and me\r\n---\r\nBody é\r\n";
    Path file = write(".kiro/steering/ts.md", before);
    FixWriter.Result done = writer().write(lint().diagnostics());
    assertThat(done.applied()).extracting(a -> a.fix().code()).containsExactly("STEER-006");
    assertThat(Files.readString(file))
        .isEqualTo(before.replace("\"*.ts, src/{a,b}/*.tsx\"", "[\"*.ts\", \"src/{a,b}/*.tsx\"]"));
    assertThat(has(lint(), "STEER-006")).isFalse();
  }

  @Test
  void steer006AnItemOfAFlowListBecomesSeveralItems() throws Exception {
    Path file =
        write(
            ".kiro/steering/ts.md",
            "---\ninclusion: fileMatch\nfileMatchPattern: ['a/*.ts,b/*.ts', \"c/*\"]\n---\nx\n");
    writer().write(lint().diagnostics());
    assertThat(Files.readString(file))
        .contains("fileMatchPattern: [\"a/*.ts\", \"b/*.ts\", \"c/*\"]");
  }

  @Test
  void steer006IsNotFixedWhereTheRewriteIsNotCertain() throws Exception {
    String blockItem = "---\ninclusion: fileMatch\nfileMatchPattern:\n  - \"a/*,b/*\"\n---\nx\n";
    String escapedQuote = "---\ninclusion: fileMatch\nfileMatchPattern: 'it''s/*,b/*'\n---\nx\n";
    String pipes = "---\ninclusion: fileMatch\nfileMatchPattern: \"a|b,c\"\n---\nx\n";
    Path a = write(".kiro/steering/a.md", blockItem);
    Path b = write(".kiro/steering/b.md", escapedQuote);
    Path c = write(".kiro/steering/c.md", pipes);
    assertThat(writer().write(lint().diagnostics()).applied()).isEmpty();
    assertThat(Files.readString(a)).isEqualTo(blockItem);
    assertThat(Files.readString(b)).isEqualTo(escapedQuote);
    assertThat(Files.readString(c)).isEqualTo(pipes);
  }

  @Test
  void json003TrailingCommasInAnAgentAreRemovedAndNothingElse() throws Exception {
    String before =
        "{\n  \"name\": \"a\",\n  \"tools\": [\"read\",  ],\n  \"prompt\": \"x\", \n}\n";
    Path file = write(".kiro/agents/a.json", before);
    FixWriter.Result done = writer().write(lint().diagnostics());
    assertThat(done.applied()).hasSize(2);
    assertThat(Files.readString(file))
        .isEqualTo("{\n  \"name\": \"a\",\n  \"tools\": [\"read\"  ],\n  \"prompt\": \"x\" \n}\n");
    assertThat(has(lint(), "JSON-003")).isFalse();
  }

  @Test
  void layout001MovesMcpJsonToSettingsWithItsBytesAndPermissions() throws Exception {
    String config = "{ \"mcpServers\": {} }\n";
    Path file = write(".kiro/mcp.json", config);
    if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    FixWriter.Result done = writer().write(lint().diagnostics());
    assertThat(done.applied()).extracting(a -> a.fix().code()).containsExactly("LAYOUT-001");
    Path moved = root.resolve(".kiro/settings/mcp.json");
    assertThat(file).doesNotExist();
    assertThat(Files.readString(moved)).isEqualTo(config);
    if (Files.getFileAttributeView(moved, java.nio.file.attribute.PosixFileAttributeView.class)
        != null) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(moved)))
          .isEqualTo("rw-------");
    }
    assertThat(has(lint(), "LAYOUT-001")).isFalse();
  }

  @Test
  void layout001IsNotFixedWhenSettingsMcpJsonExists() throws Exception {
    write(".kiro/mcp.json", "{}\n");
    write(".kiro/settings/mcp.json", "{ \"mcpServers\": {} }\n");
    assertThat(writer().write(lint().diagnostics()).applied()).isEmpty();
    assertThat(root.resolve(".kiro/mcp.json")).exists();
  }

  @Test
  void previewPrintsAUnifiedDiffAndWritesNothing() throws Exception {
    String before = "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nx\n";
    Path file = write(".kiro/steering/ts.md", before);
    write(".kiro/mcp.json", "{}\n");
    FixWriter.Result preview = writer().preview(lint().diagnostics());
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(root.resolve(".kiro/mcp.json")).exists();
    assertThat(preview.diff())
        .contains(
            "diff --git a/.kiro/mcp.json b/.kiro/settings/mcp.json\nsimilarity index 100%\n"
                + "rename from .kiro/mcp.json\nrename to .kiro/settings/mcp.json\n")
        .contains(
            "--- a/.kiro/steering/ts.md\n+++ b/.kiro/steering/ts.md\n@@ -1,5 +1,5 @@\n ---\n"
                + " inclusion: fileMatch\n-fileMatchPattern: \"*.ts,*.tsx\"\n"
                + "+fileMatchPattern: [\"*.ts\", \"*.tsx\"]\n ---\n x\n");
  }

  @Test
  void aFileChangedAfterLintIsStillFixedFromItsCurrentTextOrLeftAlone() throws Exception {
    Path file =
        write(
            ".kiro/steering/ts.md",
            "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nx\n");
    var diagnostics = lint().diagnostics();
    String edited =
        "---\ninclusion: fileMatch\n# a new line moves the pattern\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nx\n";
    Files.writeString(file, edited);
    FixWriter.Result done = writer().write(diagnostics);
    assertThat(done.applied()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(edited);
  }

  @Test
  void aFileThatIsNotUtf8IsAFailureAndLeftAlone() throws Exception {
    Path file = root.resolve(".kiro/agents/a.json");
    Files.createDirectories(file.getParent());
    byte[] bytes = "{\"name\": \"\u00ff\", }".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bytes);
    Diagnostic d =
        Diagnostic.of(io.kiro4j.core.json.JsonCode.TRAILING_COMMA, file, 1, 14, "trailing comma");
    FixWriter.Result done = writer().write(java.util.List.of(d));
    assertThat(done.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo("not UTF-8"));
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }
}
