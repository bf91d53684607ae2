package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.CodeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled rule documentation is docs/diagnostics.md, and it covers every rule. */
class RuleDocsTest {

  @Test
  void theBundledDocumentationIsDocsDiagnosticsMdByteForByte() throws IOException {
    try (InputStream in = RuleDocs.class.getResourceAsStream("diagnostics.md")) {
      assertThat(in.readAllBytes())
          .isEqualTo(Files.readAllBytes(Path.of("..", "docs", "diagnostics.md")));
    }
  }

  @Test
  void everyRuleOfCoreHasItsRowWithItsSeverity() {
    for (CodeInfo rule : Linter.core().rules()) {
      assertThat(RuleDocs.bundled().find(rule.id()))
          .as(rule.id())
          .hasValueSatisfying(
              d -> {
                assertThat(d.severity()).startsWith(rule.severity().label());
                assertThat(d.meaning()).isNotBlank();
                assertThat(d.section()).isNotBlank();
              });
    }
  }

  @Test
  void everyExplanationIsOfADocumentedCodeAndHasWhyBadAndGood() {
    long explained = 0;
    for (RuleDoc d : RuleDocs.bundled().all()) {
      if (d.explanation().isPresent()) {
        explained++;
        assertThat(d.explanation().get())
            .as(d.code())
            .contains("**Why it matters.**", "**Bad:**", "**Good:**");
      }
    }
    assertThat(explained).isGreaterThanOrEqualTo(8);
    String text = RuleDocs.bundled().find("STEER-006").orElseThrow().explanation().orElseThrow();
    assertThat(text).contains("fileMatchPattern: [\"*.ts\", \"*.tsx\"]");
  }

  @Test
  void aRowCitesItsDocsLines() {
    assertThat(RuleDocs.bundled().find("LAYOUT-001").orElseThrow().docsLines())
        .containsExactly("L1814–1822");
  }

  @Test
  void helpUriIsTheExplanationAnchorOrTheSectionAnchorAsGithubMakesThem() {
    assertThat(RuleDocs.bundled().find("STEER-006").orElseThrow().helpUri())
        .isEqualTo(RuleDoc.DOCS_URL + "#steer-006");
    // A code without an explanation links to its section (every bundled code has one).
    RuleDoc unexplained =
        RuleDocs.parse(
                "## Steering (`io.kiro4j.core.steering`)\n\n| code | severity | meaning |\n"
                    + "|---|---|---|\n| AB-001 | warning | Bad thing. |\n")
            .find("AB-001")
            .orElseThrow();
    assertThat(unexplained.helpUri())
        .isEqualTo(RuleDoc.DOCS_URL + "#steering-iokiro4jcoresteering");
    assertThat(RuleDoc.anchor("LAYOUT — Kiro files (`a.B`)")).isEqualTo("layout--kiro-files-ab");
  }

  @Test
  void parseReadsRowsSectionsAndExplanations() {
    RuleDocs docs =
        RuleDocs.parse(
            "# T\n\n## Sec (`x`)\n\nIntro text.\n\n| code | severity | meaning |\n|---|---|---|\n"
                + "| AB-001 | warning | Bad thing (L10–12). |\n\n## Explanations\n\n### AB-001\n\n**Why it"
                + " matters.** Because.\n");
    RuleDoc d = docs.find("AB-001").orElseThrow();
    assertThat(d.section()).isEqualTo("Sec (`x`)");
    assertThat(d.sectionIntro()).isEqualTo("Intro text.");
    assertThat(d.docsLines()).containsExactly("L10–12");
    assertThat(d.explanation()).hasValue("**Why it matters.** Because.");
  }

  @Test
  void everyFixableCodeHasAnExplanationSayingSo() {
    var codes = io.kiro4j.core.lint.fix.Fixes.discover(getClass().getClassLoader()).codes();
    assertThat(codes).containsExactlyInAnyOrder("STEER-006", "JSON-003", "LAYOUT-001");
    for (String code : codes) {
      assertThat(RuleDocs.bundled().find(code).orElseThrow().explanation())
          .as(code)
          .hasValueSatisfying(e -> assertThat(e).contains("*Fixable*"));
    }
  }

  private static final String TABLE =
      "# T\n\n## Sec\n\n| code | severity | meaning |\n|---|---|---|\n"
          + "| AB-001 | warning | One. |\n| AB-002 | info | Two. |\n\n## Explanations\n\n";

  @Test // CommonMark 4.5: a fenced code block's content is literal text, never a heading
  void aHeadingInsideAFencedCodeBlockDoesNotEndTheExplanation() {
    for (String fence : List.of("```", "~~~", "````", "~~~~~")) {
      String example = fence + "markdown\n## Not a heading\n### AB-002\n" + fence + "\n";
      RuleDocs docs = RuleDocs.parse(TABLE + "### AB-001\n\nBefore.\n\n" + example + "\nAfter.\n");
      assertThat(docs.find("AB-001").orElseThrow().explanation())
          .as(fence)
          .hasValue("Before.\n\n" + example + "\nAfter.");
      assertThat(docs.find("AB-002").orElseThrow().explanation()).as(fence).isEmpty();
    }
  }

  @Test // CommonMark 4.5: only a fence of the same character, at least as long, closes a block
  void aFenceClosesOnlyOnTheSameCharacterAtLeastAsLongWithNothingAfterIt() {
    String body =
        "````\n```\n## a\n~~~~\n## b\n```` not a closing fence\n## c\n`````\n\n### AB-002\n\nTwo.\n";
    RuleDocs docs = RuleDocs.parse(TABLE + "### AB-001\n\n" + body);
    assertThat(docs.find("AB-001").orElseThrow().explanation().orElseThrow())
        .startsWith("````")
        .endsWith("`````");
    assertThat(docs.find("AB-002").orElseThrow().explanation()).hasValue("Two.");
  }

  @Test // CommonMark 4.5: a backtick fence's info string holds no backtick; an open fence runs on
  void aBacktickLineWithABacktickAfterItIsNoFenceAndAnUnclosedFenceRunsToTheEnd() {
    RuleDocs inline = RuleDocs.parse(TABLE + "### AB-001\n\n```a`b\n### AB-002\n\nTwo.\n");
    assertThat(inline.find("AB-001").orElseThrow().explanation()).hasValue("```a`b");
    assertThat(inline.find("AB-002").orElseThrow().explanation()).hasValue("Two.");

    RuleDocs open = RuleDocs.parse(TABLE + "### AB-001\n\n    ```\n~~~\n### AB-002\n");
    assertThat(open.find("AB-001").orElseThrow().explanation())
        .as("four spaces of indent make no fence; the tilde one never closes")
        .hasValue("```\n~~~\n### AB-002");
    assertThat(open.find("AB-002").orElseThrow().explanation()).isEmpty();
  }

  @Test
  void anExplanationsHeadingInsideAFenceInTheTablesIsNotTheExplanationsSection() {
    RuleDocs docs =
        RuleDocs.parse(
            "## Sec\n\n```\n## Explanations\n| AB-009 | error | In a fence. |\n```\n\n"
                + "| code | severity | meaning |\n|---|---|---|\n| AB-001 | warning | One. |\n"
                + "\n## Explanations\n\n### AB-001\n\nWhy.\n");
    assertThat(docs.find("AB-009")).isEmpty();
    assertThat(docs.find("AB-001").orElseThrow().explanation()).hasValue("Why.");
  }
}
