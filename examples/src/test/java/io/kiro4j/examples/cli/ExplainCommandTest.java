package io.kiro4j.examples.cli;

import static io.kiro4j.examples.cli.Kiro4jCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.lint.RuleDocs;
import io.kiro4j.examples.cli.Kiro4jCliTest.Run;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** kiro4j explain: the rule, why, docs lines, bad and good examples. */
class ExplainCommandTest {

  @Test
  void explainPrintsTheRuleWhyTheDocsLinesAndABadAndAGoodExample() {
    Run r = run("explain", "STEER-006");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("STEER-006 (warning)")
        .contains("Section: Steering")
        .contains("joins several globs with commas")
        .contains("Kiro docs: L1138–1144")
        .contains("**Why it matters.**")
        .contains("fileMatchPattern: \"*.ts,*.tsx\"")
        .contains("fileMatchPattern: [\"*.ts\", \"*.tsx\"]")
        .contains("More: https://github.com/kiro4j/kiro4j/blob/main/docs/diagnostics.md#steer-006");
  }

  @Test
  void explainAcceptsALowerCaseCodeAndPrintsJson() {
    JsonNode doc = run("explain", "layout-001", "--json").json();
    assertThat(doc.get("schema").asInt()).isEqualTo(1);
    assertThat(doc.get("code").asString()).isEqualTo("LAYOUT-001");
    assertThat(doc.get("docsLines").get(0).asString()).isEqualTo("L1814–1822");
    assertThat(doc.get("explanation").asString()).contains("**Good:**");
  }

  @Test
  void anUnknownCodeIsAUsageError() {
    Run r = run("explain", "NOPE-001");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no rule has the code 'NOPE-001'");
  }

  @Test
  void withoutACodeEveryRuleIsListed() {
    Run r = run("explain");
    assertThat(r.out().lines()).hasSize(WorkspaceReport.LINTER.rules().size());
    assertThat(r.out()).contains("SKILL-001 error").contains("LINT-004 info");
  }

  @Test
  void everyRuleOfTheCliIsDocumentedInDiagnosticsMd() {
    for (CodeInfo rule : WorkspaceReport.LINTER.rules()) {
      assertThat(RuleDocs.bundled().find(rule.id())).as(rule.id()).isPresent();
    }
  }
}
