package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.CodeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
