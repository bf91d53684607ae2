package io.kiro4j.specs.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.specs.design.DesignDocument;
import io.kiro4j.specs.requirements.RequirementsDocument;
import io.kiro4j.specs.tasks.TaskList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceabilityTest {

  private static final RequirementsDocument REQ =
      RequirementsDocument.parse(
          Path.of("requirements.md"),
          "### Requirement 1\n\n1. THE A SHALL a\n2. THE A SHALL b\n\n### Requirement 2\n\n"
              + "1. THE A SHALL c\n2. THE A SHALL d\n\n### Requirement 10\n\n1. THE A SHALL e\n");

  private static TraceReport trace(String tasks, String design) {
    return Traceability.trace(
        REQ.requirements(),
        Set.of(),
        Optional.of(REQ.path()),
        design == null
            ? Optional.empty()
            : Optional.of(DesignDocument.parse(Path.of("design.md"), design)),
        Optional.of(TaskList.parse(Path.of("tasks.md"), tasks)));
  }

  @Test
  void tasksCoverTheCriteriaTheyNameAndEveryCriterionOfARequirementTheyName() {
    TraceReport r = trace("- [ ] 1. A\n  - _Requirements: 1.1, 2_\n", null);
    assertThat(r.coveredBy()).containsOnlyKeys("1.1", "2.1", "2.2");
    assertThat(r.coveredBy().get("2.1")).containsExactly("1");
    assertThat(r.uncovered()).containsExactly("1.2", "10.1");
    assertThat(r.coverage()).isEqualTo(0.6);
  }

  @Test // real file: "_Requirements: All_"
  void allCoversEverything() {
    assertThat(trace("- [ ]* 16. Tests\n  - _Requirements: All_\n", null).uncovered()).isEmpty();
  }

  @Test
  void uncoveredCriteriaSortNumericallyAndAreReportedAsInfo() {
    TraceReport r = trace("- [ ] 1. Nothing\n", null);
    assertThat(r.uncovered()).containsExactly("1.1", "1.2", "2.1", "2.2", "10.1");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly("TRACE-004");
    assertThat(r.diagnostics().get(0).path()).isEqualTo(Path.of("requirements.md"));
  }

  @Test
  void anUnknownOrInvalidReferenceIsReportedWhereItIsWritten() {
    TraceReport r = trace("- [ ] 1. A\n  - _Requirements: 1.1, 1.2, 2, 10, 9.9, 1.x_\n", null);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TRACE-001", 2, 37),
            org.assertj.core.groups.Tuple.tuple("TRACE-002", 2, 42));
  }

  @Test
  void propertiesValidateCriteriaAndTasksMustNameKnownProperties() {
    TraceReport r =
        trace(
            "- [ ]* 1. PBT\n  - **Property 1: Round trip**\n  - **Property 7: Missing**\n"
                + "  - _Requirements: All_\n",
            "**Property 1: Round trip**\nFor any x.\n**Validates: Requirements 2.2, 1**\n");
    assertThat(r.validatedBy()).containsOnlyKeys("2.2", "1.1", "1.2");
    assertThat(r.propertyTasks().get("1")).containsExactly("1");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TRACE-003", 1));
  }

  @Test // "_需求: 1.1-2.1_": a reader takes every criterion from 1.1 to 2.1
  void aRangeAcrossRequirementsCoversTheCriteriaBetweenItsEnds() {
    TraceReport r = trace("- [ ] 1. A\n  - _需求: 1.2-2.1_\n", null);
    assertThat(r.coveredBy()).containsOnlyKeys("1.2", "2.1");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly("TRACE-004");
    assertThat(trace("- [ ] 1. A\n  - _需求: 1.2-9.9_\n", null).diagnostics())
        .extracting(Diagnostic::code)
        .contains("TRACE-001");
  }

  @Test // "_Requirements: R1 AC2, Req 2_"
  void shorthandReferencesCoverTheirCriteria() {
    TraceReport r = trace("- [ ] 1. A\n  - _Requirements: R1 AC2, Req 2_\n", null);
    assertThat(r.coveredBy()).containsOnlyKeys("1.2", "2.1", "2.2");
  }

  @Test // "_Requirements: N/A (setup), Property 1_": a note and a design property, no requirement
  void notesAreInfosAndPropertyReferencesAreCheckedAgainstTheDesign() {
    TraceReport r =
        trace(
            "- [ ] 1. A\n  - _Requirements: N/A (setup), Property 1, Property 4_\n",
            "## Correctness Properties\n\n**Property 1: Round trip**\nFor any x.\n"
                + "**Validates: Requirements 1.1**\n");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("TRACE-005", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("TRACE-003", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("TRACE-004", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("TRACE-004", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("TRACE-004", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("TRACE-004", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("TRACE-004", Severity.INFO));
    assertThat(r.propertyTasks()).containsOnlyKeys("1", "4");
  }

  @Test // a hand-written design.md without properties; the task names "**属性 1：CSV 往返一致性**"
  void propertiesOfTasksAreNotCheckedAgainstADesignWithoutProperties() {
    TraceReport r =
        trace(
            "- [ ]* 1. PBT\n  - **属性 1：CSV 往返一致性**\n  - _Requirements: All_\n",
            "# 技术设计文档\n\n## 1. 整体架构\n\n分层。\n");
    assertThat(r.propertyTasks()).containsOnlyKeys("1");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void idsSortNumerically() {
    assertThat(List.of("10.1", "2.10", "2.9", "1").stream().sorted(Traceability.NUMERIC_ID_ORDER))
        .containsExactly("1", "2.9", "2.10", "10.1");
  }
}
