package io.kiro4j.specs.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BugfixDocumentTest {

  private static final String BUGFIX =
      "# Bugfix Requirements Document\r\n\r\n## Introduction\r\n\r\nFollowers give up.\r\n\r\n"
          + "## Bug Analysis\r\n\r\n### Current Behavior (Defect)\r\n\r\n"
          + "1.1 WHEN the engine hangs THEN the system reports it alive\r\n\r\n"
          + "### Expected Behavior (Correct)\r\n\r\n"
          + "2.1 WHEN the engine hangs THEN the system SHALL probe /health\r\n"
          + "2.2 WHEN the lock is busy THEN the system SHALL retry with backoff\r\n\r\n"
          + "### Unchanged Behavior (Regression Prevention)\r\n\r\n"
          + "3.1 WHEN the engine is healthy THEN the system SHALL CONTINUE TO route followers\r\n";

  @Test // skills-specs-real-world.md §2.5: three sections, 1.x / 2.x / 3.x, SHALL CONTINUE TO
  void theThreeSectionsAreRequirementsOneTwoThree() {
    BugfixDocument d = BugfixDocument.parse(Path.of("bugfix.md"), BUGFIX);
    assertThat(d.title()).contains("Bugfix Requirements Document");
    assertThat(d.introduction()).isEqualTo("Followers give up.");
    assertThat(d.sections()).extracting(Requirement::id).containsExactly("1", "2", "3");
    assertThat(d.section(BugfixDocument.Section.EXPECTED).orElseThrow().criteria())
        .extracting(AcceptanceCriterion::id)
        .containsExactly("2.1", "2.2");
    AcceptanceCriterion unchanged =
        d.section(BugfixDocument.Section.UNCHANGED).orElseThrow().criteria().get(0);
    assertThat(unchanged.ears().orElseThrow().continueTo()).isTrue();
    assertThat(unchanged.ears().orElseThrow().response()).isEqualTo("route followers");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void defectClausesNeedNoShall() {
    BugfixDocument d = BugfixDocument.parse(Path.of("bugfix.md"), BUGFIX);
    assertThat(d.section(BugfixDocument.Section.CURRENT).orElseThrow().criteria()).hasSize(1);
  }

  @Test
  void unchangedWithoutContinueToAndMisplacedIdsAreReported() {
    BugfixDocument d =
        BugfixDocument.parse(
            Path.of("bugfix.md"),
            "### Expected Behavior (Correct)\n\n3.1 WHEN x THEN the system SHALL y\n\n"
                + "### Unchanged Behavior (Regression Prevention)\n\n"
                + "3.2 WHEN a THEN the system SHALL b\n");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("REQ-011", 3),
            org.assertj.core.groups.Tuple.tuple("REQ-010", 7));
  }
}
