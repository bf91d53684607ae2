package io.kiro4j.specs.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.kiro4j.specs.source.SourceLines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference lists as people and Kiro write them in tasks.md and design.md. */
class RequirementRefsTest {

  private static List<RequirementRef> refs(String line) {
    return RequirementRefs.find(SourceLines.of(line).line(1));
  }

  private static List<String> ids(String line) {
    return refs(line).stream()
        .filter(r -> r.kind() == RequirementRef.Kind.ID)
        .map(RequirementRef::text)
        .toList();
  }

  @Test
  void kirosOwnListIsRead() {
    assertThat(ids("    - _Requirements: 1.1, 2.3, 4_")).containsExactly("1.1", "2.3", "4");
    assertThat(ids("**Validates: Requirements 1.2, 3.1**")).containsExactly("1.2", "3.1");
    assertThat(ids("- **Requirements:** 1.1; 1.2")).containsExactly("1.1", "1.2");
  }

  @Test // real files: an editor escaped the emphasis marks (issue 14)
  void escapedEmphasisClosesTheList() {
    assertThat(ids("    - \\*\\*Validates: Requirements 4.4\\_")).containsExactly("4.4");
    assertThat(ids("    - \\_Requirements: 5.3, 5.4\\_")).containsExactly("5.3", "5.4");
  }

  @Test
  void proseWithoutAColonIsNoList() {
    assertThat(refs("- Read the requirements document 1.2 first")).isEmpty();
    assertThat(refs("- See requirements.md: 1.2")).isEmpty();
  }

  @Test // "_Requirements: Requirement 1.1_", "Req 4", "REQ-2", "R3", "需求 2"
  void prefixedIdsAreRead() {
    assertThat(ids("_Requirements: Requirement 1.1, Req 4, REQ-2, R3, R3.2, 需求 5_"))
        .containsExactly("1.1", "4", "2", "3", "3.2", "5");
  }

  @Test // "_Requirements: R5 AC2-3, AC6-8, R2, R10 AC3_"
  void shorthandRequirementsWithAcceptanceCriteriaAreRead() {
    assertThat(ids("_Requirements: R4 AC1, R11 AC1-2, R5 AC2-3, AC6-8, R2, R10 AC3_"))
        .containsExactly("4.1", "11.1", "11.2", "5.2", "5.3", "5.6", "5.7", "5.8", "2", "10.3");
  }

  @Test
  void anAcceptanceCriterionWithoutARequirementCannotBeRead() {
    assertThat(refs("_Requirements: AC3_"))
        .extracting(RequirementRef::text, RequirementRef::kind)
        .containsExactly(tuple("AC3", RequirementRef.Kind.INVALID));
  }

  @Test
  void rangesAreExpanded() {
    assertThat(ids("_Requirements: 1.1-1.3_")).containsExactly("1.1", "1.2", "1.3");
    assertThat(ids("_Requirements: 2.1–2.2, 3.1 - 3.2_"))
        .containsExactly("2.1", "2.2", "3.1", "3.2");
    assertThat(ids("_需求: 4.1~4.3_")).containsExactly("4.1", "4.2", "4.3");
    assertThat(ids("_Requirements: 1-3_")).containsExactly("1", "2", "3");
    assertThat(ids("_Requirements: R1–R3_")).containsExactly("1", "2", "3");
    assertThat(ids("_Requirements: 5.1-3_")).containsExactly("5.1", "5.2", "5.3");
  }

  @Test // "_需求: 1.1-6.6_": every criterion from 1.1 to 6.6, resolved against the requirements
  void aRangeAcrossRequirementsIsKeptAsARange() {
    assertThat(refs("_需求: 1.1-6.6_"))
        .extracting(RequirementRef::text, RequirementRef::kind)
        .containsExactly(tuple("1.1-6.6", RequirementRef.Kind.RANGE));
  }

  @Test
  void allWordsCoverEverything() {
    for (String all :
        List.of(
            "All",
            "all",
            "All requirements",
            "All requirements (validation of the whole spec)",
            "todos",
            "全部")) {
      assertThat(refs("_Requirements: " + all + "_"))
          .as(all)
          .extracting(RequirementRef::kind)
          .containsExactly(RequirementRef.Kind.ALL);
    }
  }

  @Test // "_Requirements: Properties 1, 2, 11, 17 from design_"
  void designPropertyReferencesAreNotRequirements() {
    assertThat(refs("_Requirements: 1.2, Properties 1, 2, 17 from design, R3_"))
        .extracting(RequirementRef::text, RequirementRef::kind)
        .containsExactly(
            tuple("1.2", RequirementRef.Kind.ID),
            tuple("1", RequirementRef.Kind.PROPERTY),
            tuple("2", RequirementRef.Kind.PROPERTY),
            tuple("17", RequirementRef.Kind.PROPERTY),
            tuple("3", RequirementRef.Kind.ID));
    assertThat(refs("**Validates: Requirements 2.1, Property 5**"))
        .extracting(RequirementRef::kind)
        .containsExactly(RequirementRef.Kind.ID, RequirementRef.Kind.PROPERTY);
  }

  @Test // "N/A (structural setup)", "TBD", "Code quality", "FR1", "All requirements related to X"
  void wordsThatAreNoIdAreNotes() {
    assertThat(
            refs(
                "_Requirements: N/A (structural setup, no behaviour), TBD, Code quality, FR1,"
                    + " All requirements related to the badge, 部署需求_"))
        .extracting(RequirementRef::kind)
        .containsOnly(RequirementRef.Kind.NOTE)
        .hasSize(6);
  }

  @Test // "_Requirements: 2.3 (error state, shown inline), 4.1 (icon colour)_"
  void trailingCommentsAreDropped() {
    assertThat(ids("_Requirements: 2.3 (error state, shown inline), 4.1 (icon colour)_"))
        .containsExactly("2.3", "4.1");
  }

  @Test
  void anUnreadableIdIsInvalid() {
    assertThat(refs("_Requirements: 1.x, 3-1_"))
        .extracting(RequirementRef::kind)
        .containsExactly(RequirementRef.Kind.INVALID, RequirementRef.Kind.INVALID);
  }

  @Test // as Kiro writes them in Chinese, Spanish and Japanese specs
  void listLabelsInOtherLanguagesAreRead() {
    assertThat(ids("  - _需求: 1.1, 2.3_")).containsExactly("1.1", "2.3");
    assertThat(ids("  - _需求：1.1、1.2_")).containsExactly("1.1", "1.2");
    assertThat(ids("**验证: 需求 1.2**")).containsExactly("1.2");
    assertThat(ids("**验证：需求 1.2, 3.1**")).containsExactly("1.2", "3.1");
    assertThat(ids("**验证需求：2.5**")).containsExactly("2.5");
    assertThat(ids("**驗證需求: Requirements 1.2**")).containsExactly("1.2");
    assertThat(ids("  - _Requisitos: 1.1, 1.2_")).containsExactly("1.1", "1.2");
    assertThat(ids("**Valida: Requisito 1.2**")).containsExactly("1.2");
    assertThat(ids("**Valida: Requisitos 1.1, 1.2**")).containsExactly("1.1", "1.2");
    assertThat(ids("  - _要件: 3.1_")).containsExactly("3.1");
  }

  @Test
  void spansPointAtTheItems() {
    RequirementRef r = refs("  - _Requirements: 1.1, R4 AC2_").get(1);
    assertThat(r.text()).isEqualTo("4.2");
    assertThat(r.span().column()).isEqualTo(25);
  }
}
