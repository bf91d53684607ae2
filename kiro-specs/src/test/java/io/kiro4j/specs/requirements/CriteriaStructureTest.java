package io.kiro4j.specs.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How real requirements.md files lay out their criteria beyond Kiro's own template, and EARS
 * written around code, quotes and SQL. One minimal input of our own per pattern.
 */
class CriteriaStructureTest {

  private static RequirementsDocument parse(String text) {
    return RequirementsDocument.parse(Path.of("requirements.md"), text);
  }

  private static List<String> ids(RequirementsDocument d) {
    return d.requirements().stream()
        .flatMap(r -> r.criteria().stream())
        .map(AcceptanceCriterion::id)
        .toList();
  }

  private static List<String> codes(RequirementsDocument d) {
    return d.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void bulletCriteriaUnderABoldAcceptanceCriteriaLabelAreRead() {
    RequirementsDocument d =
        parse(
            "### Requirement 1: Transformer\n\n**User Story:**\nAs a maintainer, I need a"
                + " transformer, so that tokens sync.\n\n**Acceptance Criteria:**\n"
                + "- The transformer SHALL implement the interface\n"
                + "- The transformer SHALL be registered\n");
    assertThat(ids(d)).containsExactly("1.1", "1.2");
    assertThat(d.requirements().get(0).userStory().orElseThrow().role()).isEqualTo("maintainer");
    assertThat(d.criterion("1.2").orElseThrow().text())
        .isEqualTo("The transformer SHALL be registered");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void aBoldLabelAfterBulletCriteriaEndsThem() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n**Acceptance Criteria:**\n- THE App SHALL export\n\n"
                + "**Testable Conditions:**\n- GIVEN a file WHEN the export runs THEN it is valid\n");
    assertThat(ids(d)).containsExactly("1.1");
  }

  @Test
  void aLaterNumberedListUnderAnotherHeadingIsNotCriteria() {
    RequirementsDocument d =
        parse(
            "### Requirement 2: Migration\n\n#### Acceptance Criteria\n\n"
                + "1. WHEN the test runs THEN it SHALL check existence\n\n"
                + "#### Migration Validation\n\nDuring implementation, the implementer SHALL:\n"
                + "1. List the assertions\n2. Map each one\n");
    assertThat(ids(d)).containsExactly("2.1");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void aNumberedListBeforeTheCriteriaHeadingIsNotCriteria() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\nContext:\n1. first point\n2. second point\n\n"
                + "#### Acceptance Criteria\n\n1. THE App SHALL start\n");
    assertThat(ids(d)).containsExactly("1.1");
    assertThat(d.criterion("1.1").orElseThrow().text()).isEqualTo("THE App SHALL start");
  }

  @Test // "**Data Sources:**", "**API Access:**" between numbered criteria that go on counting
  void boldGroupLabelsAmongNumberedCriteriaKeepThem() {
    RequirementsDocument d =
        parse(
            "### Requirement 19\n\n#### Acceptance Criteria\n\n**Data Sources:**\n\n"
                + "1. THE Fetcher SHALL fetch A\n2. THE Fetcher SHALL fetch B\n\n**API Access:**\n\n"
                + "3. THE Fetcher SHALL use the API\n\n**Notes:**\n\n1. unrelated\n");
    assertThat(ids(d)).containsExactly("19.1", "19.2", "19.3");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "- Note: WHEN … SHALL …" under a criterion is a sub-item, not part of its statement
  void subItemsOfACriterionAreNotPartOfItsStatement() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n1. THE Fetcher SHALL use IDWR data\n"
                + "   - Note: WHEN Tokyo data is missing, THE System SHALL fall back\n"
                + "2. THE Fetcher SHALL cache\n   the data for a week\n");
    assertThat(d.criterion("1.1").orElseThrow().text()).contains("Note: WHEN Tokyo");
    assertThat(d.criterion("1.1").orElseThrow().ears().orElseThrow().response())
        .isEqualTo("use IDWR data");
    assertThat(d.criterion("1.2").orElseThrow().ears().orElseThrow().response())
        .isEqualTo("cache the data for a week");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void theUserStoryOnTheLineAfterItsLabelIsRead() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n**User Story:**\nAs a designer, I want tokens, so that I can"
                + " design.\n\n#### Acceptance Criteria\n\n1. THE App SHALL export tokens\n");
    assertThat(d.requirements().get(0).userStory().orElseThrow().want()).isEqualTo("tokens");
  }

  @Test // "## 1. Title" with "1.1 **When** …, **the system shall** …" and no Requirement headings
  void numberedHeadingsAreRequirementsWhenCriteriaFollow() {
    RequirementsDocument d =
        parse(
            "# Requirements: Build Fix\n\n**Date**: 2026-03-14\n\n## 1. Duplicate Elimination\n\n"
                + "1.1 **When** the build runs, **the system shall** output each token once.\n\n"
                + "1.2 **The system shall** keep other tokens.\n\n## 2. Category Migration\n\n"
                + "2.1 **The system shall** define DURATION.\n\n## 3. Open Questions\n\nNone.\n");
    assertThat(d.requirements()).extracting(Requirement::id).containsExactly("1", "2");
    assertThat(ids(d)).containsExactly("1.1", "1.2", "2.1");
    assertThat(d.criterion("1.1").orElseThrow().ears().orElseThrow().pattern())
        .isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(codes(d)).containsOnly("REQ-009");
  }

  @Test
  void numberedHeadingsWithoutCriteriaAreNotRequirements() {
    RequirementsDocument d = parse("# Plan\n\n## 1. Overview\n\nText.\n\n## 2. Scope\n\nMore.\n");
    assertThat(d.requirements()).isEmpty();
    assertThat(codes(d)).containsExactly("REQ-008");
  }

  @Test // "## 1. Tags" with "### 1.1 Level one" headings: the headings are the criteria
  void dottedSubHeadingsAreCriteria() {
    RequirementsDocument d =
        parse(
            "## 1. Tag levels\n\n### 1.1 Level one\n\nRequired.\n\n1. a detail\n\n"
                + "### 1.2 Level two\n\nOptional.\n");
    assertThat(ids(d)).containsExactly("1.1", "1.2");
    assertThat(d.criterion("1.1").orElseThrow().text()).isEqualTo("Level one");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("REQ-012"); // "Level one" is not EARS, said once
  }

  @Test // "### 用户故事 1: 用户列表" with "- 1.1 …" dotted bullets
  void userStoryHeadingsWithDottedBulletsAreRead() {
    RequirementsDocument d =
        parse(
            "# 需求文档\n\n## 用户故事\n\n### 用户故事 1: 用户列表\n\n- 1.1 页面采用左右分栏布局\n"
                + "- 1.2 表格支持多选\n\n### US-2: Search\n\n**验收标准:**\n- [ ] 支持模糊搜索\n");
    assertThat(ids(d)).containsExactly("1.1", "1.2", "2.1");
    assertThat(d.criterion("2.1").orElseThrow().text()).isEqualTo("支持模糊搜索");
  }

  @Test
  void aDocumentWithoutRequirementHeadingsIsNotReadAndSaysWhyAsInfo() {
    RequirementsDocument d = parse("# Requirements\n\n## Functional\n\n- Users can log in\n");
    assertThat(d.requirements()).isEmpty();
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(tuple("REQ-008", Severity.INFO));
    assertThat(d.diagnostics().get(0).message())
        .startsWith("requirements not read: no requirement heading");
  }

  @Test // "WHEN x, THE System SHALL display `IF-NONE-MATCH`" and "…the \"WHERE\" clause…"
  void keywordsInCodeSpansAndQuotesAreText() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n"
                + "1. WHEN a request arrives, THE Cache SHALL honour `IF x THEN y` headers\n"
                + "2. THE Editor SHALL highlight the \"WHERE\" keyword\n"
                + "3. THE Guide SHALL use WHEN/THEN format\n"
                + "4. THE Parser SHALL accept 「WHEN」 as text\n");
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.criterion("1.1").orElseThrow().ears().orElseThrow().pattern())
        .isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(d.criterion("1.2").orElseThrow().ears().orElseThrow().pattern())
        .isEqualTo(EarsPattern.UBIQUITOUS);
  }

  @Test
  void sqlInACriterionIsText() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n"
                + "1. THE Quota SHALL count events with SELECT COUNT(*) FROM events WHERE id = ?\n"
                + "2. THE Report SHALL label rows with CASE WHEN paid THEN 'yes' END\n"
                + "3. WHEN making DELETE requests, THE Client SHALL send the token\n");
    assertThat(d.diagnostics()).isEmpty();
    assertThat(d.criterion("1.3").orElseThrow().ears().orElseThrow().system()).isEqualTo("Client");
  }

  @Test // EARS's own unwanted-behaviour template: "IF …, THEN THE … SHALL …"
  void ifCommaThenTheIsUnwantedBehaviour() {
    RequirementsDocument d =
        parse("### Requirement 1\n\n1. IF the disk is full, THEN THE App SHALL warn the user\n");
    EarsStatement e = d.criterion("1.1").orElseThrow().ears().orElseThrow();
    assertThat(e.pattern()).isEqualTo(EarsPattern.UNWANTED_BEHAVIOUR);
    assertThat(e.conditions().get(0).text()).isEqualTo("the disk is full");
    assertThat(e.system()).isEqualTo("App");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "IF a workflow exists, THE System SHALL reuse it": understood; EARS would add THEN
  void ifWithoutThenIsAnInfo() {
    RequirementsDocument d =
        parse("### Requirement 1\n\n1. IF a workflow exists, THE System SHALL reuse it\n");
    assertThat(d.criterion("1.1").orElseThrow().ears()).isPresent();
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(tuple("REQ-007", Severity.INFO));
  }

  @Test // "… SHALL require a session; IF it is invalid, THEN THE Server SHALL answer 401"
  void severalShallsAreAnInfoAndTheSecondStatementIsNoMisplacedCondition() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n1. THE Server SHALL require a session; IF it is invalid, THEN"
                + " THE Server SHALL answer 401\n");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(tuple("REQ-002", Severity.INFO));
  }

  @Test // "THE Ticket SHALL show the photo WHEN it is set": a trailing condition is worth fixing
  void aSingleStatementWithATrailingConditionIsNotEars() {
    RequirementsDocument d =
        parse("### Requirement 1\n\n1. THE Ticket SHALL show the photo WHEN it is set\n");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(tuple("REQ-003", Severity.WARNING));
  }

  @Test // "WHEN THE Detection_System starts THEN THE Detection_System SHALL …"
  void aConditionMayStartWithTheSystemInCapitals() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n1. WHEN THE Detector starts THEN THE Detector SHALL load the"
                + " old config\n");
    EarsStatement e = d.criterion("1.1").orElseThrow().ears().orElseThrow();
    assertThat(e.conditions().get(0).text()).isEqualTo("THE Detector starts");
    assertThat(e.system()).isEqualTo("Detector");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "5. **Explicit pause point:** WHEN …, THE … SHALL …"
  void aBoldLabelBeforeTheStatementIsSkipped() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n1. **Pause point:** WHEN the mapping fails THEN the team SHALL"
                + " stop\n");
    assertThat(d.criterion("1.1").orElseThrow().ears().orElseThrow().pattern())
        .isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(d.diagnostics()).isEmpty();
  }
}
