package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linter: configuration and inline suppressions applied to the collected diagnostics. */
class LinterTest {

  @TempDir Path tmp;

  private static String codes(LintReport r) {
    return String.join(" ", r.diagnostics().stream().map(d -> d.code() + "@" + d.line()).toList());
  }

  @Test
  void withoutConfigEveryDiagnosticKeepsItsUsualSeverity() {
    LintReport r =
        new LintFixture(tmp).write(".kiro/steering/ts.md", LintFixture.COMMA_JOINED).lint();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-006"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.line()).isEqualTo(3);
            });
  }

  @Test
  void rulesOffDropsTheCodeAndALevelReplacesItsSeverity() {
    LintFixture ws =
        new LintFixture(tmp)
            .write(
                ".kiro/steering/ts.md",
                LintFixture.COMMA_JOINED.replace("---\nUse", "title: x\n---\nUse"))
            .write(".kiro4j.yaml", "rules:\n  STEER-012: off\n  STEER-006: error\n");
    LintReport r = ws.lint();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("STEER-012");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-006"))
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.ERROR);
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void ignoreGlobsDropEveryDiagnosticOfTheFilesTheyMatch() {
    LintFixture ws =
        new LintFixture(tmp)
            .write(".kiro/steering/ts.md", LintFixture.COMMA_JOINED)
            .write(".kiro/steering/legacy/old.md", LintFixture.COMMA_JOINED)
            .write(".kiro4j.yaml", "ignore:\n  - \".kiro/steering/legacy/**\"\n");
    LintReport r = ws.lint();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-006"))
        .extracting(d -> d.path().getFileName().toString())
        .containsExactly("ts.md");
  }

  @Test
  void suppressDropsACodeForAJsonFileByPathAndAnUnusedEntryIsLint004() {
    LintFixture ws =
        new LintFixture(tmp)
            .write(".kiro/agents/a.json", "{\"name\": \"b\", \"prompt\": \"x\",}\n")
            .write(
                ".kiro4j.yaml",
                "suppress:\n  \".kiro/agents/a.json\": [JSON-003]\n  \"nothing/*.json\": [JSON-003]\n");
    LintReport r = ws.lint();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("JSON-003");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("LINT-004"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path().getFileName().toString()).isEqualTo(".kiro4j.yaml");
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void kiro4jDisableSuppressesTheCodeInTheWholeFile() {
    LintReport r =
        new LintFixture(tmp)
            .write(
                ".kiro/steering/ts.md",
                LintFixture.COMMA_JOINED
                    + "<!-- kiro4j-disable STEER-006 we read lists later -->\n")
            .lint();
    assertThat(codes(r)).doesNotContain("STEER-006").doesNotContain("LINT-004");
  }

  @Test
  void kiro4jDisableNextLineSuppressesOnlyTheNextLine() {
    String text =
        "---\ninclusion: always\n---\n"
            + "<!-- kiro4j-disable-next-line STEER-016 -->\n"
            + "#[[file:missing-a.md]]\n"
            + "#[[file:missing-b.md]]\n";
    LintReport r = new LintFixture(tmp).write(".kiro/steering/refs.md", text).lint();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-016"))
        .extracting(Diagnostic::line)
        .containsExactly(6);
  }

  @Test
  void anUnusedSuppressionCommentIsLint004AtTheComment() {
    LintReport r =
        new LintFixture(tmp)
            .write(
                ".kiro/steering/ok.md",
                "---\ninclusion: always\n---\nText.\n<!-- kiro4j-disable STEER-006 -->\n")
            .lint();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("LINT-004"))
        .singleElement()
        .satisfies(d -> assertThat(d.line()).isEqualTo(5));
  }

  @Test
  void aSuppressionCommentWithoutACodeIsLint005AndAnUnknownCodeIsLint002() {
    LintReport r =
        new LintFixture(tmp)
            .write(
                ".kiro/steering/ok.md",
                "---\ninclusion: always\n---\nText.\n<!-- kiro4j-disable -->\n<!-- kiro4j-disable NOPE-999 -->\n")
            .lint();
    assertThat(codes(r)).contains("LINT-005@5").contains("LINT-002@6");
  }

  @Test
  void suppressionCommentsInFencedCodeAreExamplesNotSuppressions() {
    LintReport r =
        new LintFixture(tmp)
            .write(
                ".kiro/steering/ts.md",
                LintFixture.COMMA_JOINED + "```\n<!-- kiro4j-disable STEER-006 -->\n```\n")
            .lint();
    assertThat(codes(r)).contains("STEER-006").doesNotContain("LINT-004");
  }

  @Test
  void diagnosticsComeInTheContractOrder() {
    LintReport r =
        new LintFixture(tmp)
            .write(".kiro/steering/b.md", LintFixture.COMMA_JOINED)
            .write(".kiro/steering/a.md", LintFixture.COMMA_JOINED)
            .lint();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-006"))
        .extracting(d -> d.path().getFileName().toString())
        .containsExactly("a.md", "b.md");
  }

  @Test
  void contributorsFoundByServiceLoaderAddTheirRules() {
    Linter linter =
        Linter.core()
            .with(
                new LintContributor() {
                  @Override
                  public String name() {
                    return "test";
                  }

                  @Override
                  public java.util.List<io.kiro4j.core.diagnostic.DiagnosticCode> codes() {
                    return java.util.List.of(LintCode.values());
                  }

                  @Override
                  public java.util.List<Diagnostic> diagnostics(
                      io.kiro4j.core.workspace.Workspace workspace, LintConfig config) {
                    return java.util.List.of(
                        Diagnostic.ofFile(
                            LintCode.UNKNOWN_KEY,
                            workspace.primaryRoot().path().resolve("x.md"),
                            "from a contributor"));
                  }
                });
    LintReport r = linter.lint(new LintFixture(tmp).open());
    assertThat(r.diagnostics()).extracting(Diagnostic::message).contains("from a contributor");
    assertThat(linter.rule("STEER-006")).isPresent();
  }

  @Test
  @org.junit.jupiter.api.Timeout(20)
  void aFifoInPlaceOfTheConfigOrASteeringFileIsReportedNeverOpened() throws Exception {
    LintFixture ws =
        new LintFixture(tmp).write(".kiro/steering/ok.md", "---\ninclusion: always\n---\nText.\n");
    io.kiro4j.core.internal.file.Fifos.make(ws.root.resolve(".kiro4j.yaml"));
    io.kiro4j.core.internal.file.Fifos.make(ws.root.resolve(".kiro/steering/pipe.md"));
    LintReport r = ws.lint();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("CORE-004"))
        .extracting(d -> d.path().getFileName().toString())
        .contains(".kiro4j.yaml");
  }

  @Test
  void aConfigLargerThanTheLimitIsReportedAndTheDefaultsApply() {
    LintFixture ws = new LintFixture(tmp).write(".kiro/steering/ts.md", LintFixture.COMMA_JOINED);
    ws.write(".kiro4j.yaml", "rules:\n  STEER-006: off\n" + "#".repeat(5 * 1024 * 1024));
    LintReport r = ws.lint();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("CORE-003", "STEER-006");
  }
}
