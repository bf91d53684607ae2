package io.kiro4j.specs.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsDocumentTest {

  private static final Path PATH = Path.of("requirements.md");

  private static RequirementsDocument parse(String text) {
    return RequirementsDocument.parse(PATH, text);
  }

  private static EarsStatement ears(String criterion) {
    RequirementsDocument d =
        parse("### Requirement 1\n\n#### Acceptance Criteria\n\n1. " + criterion + "\n");
    assertThat(d.diagnostics()).isEmpty();
    return d.criterion("1.1").orElseThrow().ears().orElseThrow();
  }

  private static List<String> codes(String criterion) {
    return parse("### Requirement 1\n\n1. " + criterion + "\n").diagnostics().stream()
        .map(Diagnostic::code)
        .toList();
  }

  @Test
  void theNewStyleDocumentIsReadWholly() {
    RequirementsDocument d =
        parse(
            "# Requirements Document\n\n## Introduction\n\nPush confirmation.\n\n## Glossary\n\n"
                + "- **Git_Committer**: The power that commits.\n- **Remote**: The remote repo.\n\n"
                + "## Requirements\n\n### Requirement 1: Post-Commit Push Confirmation\n\n"
                + "**User Story:** As a developer, I want to be asked before pushing, so that I never"
                + " push by accident.\n\n#### Acceptance Criteria\n\n"
                + "1. WHEN the Git_Committer creates a commit, THE Git_Committer SHALL ask whether to"
                + " push.\n2. IF the push fails, THEN THE Git_Committer SHALL show the error.\n");
    assertThat(d.title()).contains("Requirements Document");
    assertThat(d.introduction()).isEqualTo("Push confirmation.");
    assertThat(d.glossary())
        .extracting(GlossaryTerm::term)
        .containsExactly("Git_Committer", "Remote");
    Requirement r = d.requirements().get(0);
    assertThat(r.id()).isEqualTo("1");
    assertThat(r.title()).contains("Post-Commit Push Confirmation");
    assertThat(r.userStory().orElseThrow().role()).isEqualTo("developer");
    assertThat(r.userStory().orElseThrow().want()).isEqualTo("be asked before pushing");
    assertThat(r.userStory().orElseThrow().benefit()).isEqualTo("I never push by accident");
    assertThat(r.criteria()).extracting(AcceptanceCriterion::id).containsExactly("1.1", "1.2");
    assertThat(r.criteria().get(1).line()).isEqualTo(21);
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // docs L389-398: WHEN [condition/event] THE SYSTEM SHALL [expected behavior]
  void theDocsTwoLineExampleIsEventDriven() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n1. WHEN a user submits a form with invalid data\n"
                + "   THE SYSTEM SHALL display validation errors next to the relevant fields\n");
    EarsStatement e = d.criterion("1.1").orElseThrow().ears().orElseThrow();
    assertThat(e.pattern()).isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(e.conditions().get(0).text()).isEqualTo("a user submits a form with invalid data");
    assertThat(e.system()).isEqualTo("SYSTEM");
    assertThat(e.response()).isEqualTo("display validation errors next to the relevant fields");
  }

  @Test // the classic style Kiro wrote first: "WHEN ... THEN the system SHALL ..."
  void classicWhenThenTheSystemShallIsEventDriven() {
    EarsStatement e =
        ears("WHEN the TimelineView loads THEN the system SHALL display project blocks");
    assertThat(e.pattern()).isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(e.conditions().get(0).text()).isEqualTo("the TimelineView loads");
    assertThat(e.system()).isEqualTo("system");
  }

  @Test // docs L472: "THE System SHALL allow authenticated users to view active car listings"
  void theSystemShallAloneIsUbiquitous() {
    EarsStatement e =
        ears("THE System SHALL allow authenticated users to view active car listings");
    assertThat(e.pattern()).isEqualTo(EarsPattern.UBIQUITOUS);
    assertThat(e.system()).isEqualTo("System");
  }

  @Test
  void whileIsStateDrivenIfThenIsUnwantedWhereIsOptional() {
    assertThat(ears("WHILE the session is active, THE App SHALL refresh tokens").pattern())
        .isEqualTo(EarsPattern.STATE_DRIVEN);
    assertThat(ears("IF the upload fails, THEN THE App SHALL retry twice").pattern())
        .isEqualTo(EarsPattern.UNWANTED_BEHAVIOUR);
    assertThat(ears("WHERE dark mode is enabled, THE App SHALL use dark colours").pattern())
        .isEqualTo(EarsPattern.OPTIONAL_FEATURE);
  }

  @Test
  void combinedKeywordsAreComplex() {
    EarsStatement e = ears("WHILE offline, WHEN the user saves, THE App SHALL queue the change");
    assertThat(e.pattern()).isEqualTo(EarsPattern.COMPLEX);
    assertThat(e.conditions())
        .extracting(EarsStatement.Condition::keyword)
        .containsExactly(EarsStatement.Keyword.WHILE, EarsStatement.Keyword.WHEN);
  }

  @Test // docs L458: "For any user and any car, WHEN ..., THE System SHALL ..."
  void aForAnyQuantifierIsKeptApart() {
    EarsStatement e =
        ears(
            "For any user and any car, WHEN the user adds the car to favorites, THE System SHALL"
                + " display it in their list");
    assertThat(e.quantifier()).contains("For any user and any car");
    assertThat(e.pattern()).isEqualTo(EarsPattern.EVENT_DRIVEN);
  }

  @Test
  void aCriterionWithoutShallInAnEarsDocumentIsReported() {
    RequirementsDocument d =
        parse("### Requirement 1\n\n1. THE App SHALL start\n2. The page loads fast\n");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("REQ-001", 4));
    assertThat(d.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aDocumentNotWrittenInEarsIsSaidOnceAsInfo() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n1. The page loads fast\n2. Errors are shown in red\n\n"
                + "### Requirement 2\n\n1. THE App SHALL log in\n2. Users can log out\n");
    assertThat(d.requirements()).flatExtracting(Requirement::criteria).hasSize(4);
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("REQ-012", 3, Severity.INFO));
    assertThat(d.diagnostics().get(0).message()).contains("3 of 4 criteria have no SHALL");
  }

  @Test // real files: "3. WHEN … THEN developers MAY choose between …"
  void aCriterionThatSaysMayInsteadOfShallIsAnInfo() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n1. THE App SHALL start\n"
                + "2. WHEN variants exist THEN developers MAY choose one\n");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("REQ-013", Severity.INFO));
  }

  @Test
  void aCriterionWithSeveralShallsIsReported() {
    assertThat(codes("THE App SHALL save AND THE App SHALL notify")).containsExactly("REQ-002");
  }

  @Test
  void aCriterionThatIsNotEarsIsReported() {
    assertThat(codes("SHALL do something")).containsExactly("REQ-003");
    assertThat(codes("THE App SHALL refresh WHEN the user scrolls")).containsExactly("REQ-003");
  }

  @Test
  void ifWithoutThenIsReported() {
    assertThat(codes("IF the disk is full THE App SHALL warn")).containsExactly("REQ-007");
  }

  @Test
  void lowercaseShallIsReadWithAnInfo() {
    assertThat(codes("When the user logs in, the system shall greet them"))
        .containsExactly("REQ-009");
  }

  @Test
  void anEmptyRequirementAndDuplicateIdsAreReported() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n**User Story:** As a user, I want x, so that y\n\n"
                + "### Requirement 2\n\n1. THE App SHALL a\n1. THE App SHALL b\n\n"
                + "### Requirement 2\n\n1. THE App SHALL c\n");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("REQ-004", 1),
            org.assertj.core.groups.Tuple.tuple("REQ-006", 8),
            org.assertj.core.groups.Tuple.tuple("REQ-005", 10));
  }

  @Test
  void aDocumentWithoutRequirementsIsReported() {
    assertThat(parse("# Requirements\n\nTBD\n").diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("REQ-008");
  }

  @Test
  void criteriaInsideFencesAreIgnored() {
    RequirementsDocument d =
        parse("### Requirement 1\n\n1. THE App SHALL a\n```\n2. not a criterion\n```\n");
    assertThat(d.requirements().get(0).criteria()).hasSize(1);
  }
}
