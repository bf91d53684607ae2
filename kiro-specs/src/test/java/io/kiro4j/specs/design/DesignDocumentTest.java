package io.kiro4j.specs.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesignDocumentTest {

  private static final String DESIGN =
      "# Design Document: Push\n\n## Overview\n\nText.\n\n## Architecture\n\n```mermaid\n"
          + "flowchart TD\n  A --> B\n```\n\n## Correctness Properties\n\n"
          + "*A property is a characteristic...*\n\n"
          + "### Property 1: Round trip\n\n*For any* provider name, storing then reading returns"
          + " the key.\n\n**Validates: Requirements 1.2, 3.1**\n\n"
          + "**Property 2: Idempotent delete**\n*For any* item, deleting twice equals once.\n"
          + "_Validates: Requirements 2_\n\n## Error Handling\n\nNone.\n";

  @Test // docs L17976-18150: properties link requirements and tests
  void correctnessPropertiesAndTheirValidatedRequirementsAreRead() {
    DesignDocument d = DesignDocument.parse(Path.of("design.md"), DESIGN);
    assertThat(d.title()).contains("Design Document: Push");
    assertThat(d.properties()).extracting(CorrectnessProperty::number).containsExactly("1", "2");
    CorrectnessProperty p1 = d.properties().get(0);
    assertThat(p1.title()).isEqualTo("Round trip");
    assertThat(p1.statement()).startsWith("*For any* provider name");
    assertThat(p1.validates()).extracting(r -> r.text()).containsExactly("1.2", "3.1");
    assertThat(d.properties().get(1).validates()).extracting(r -> r.text()).containsExactly("2");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void sectionsFollowHeadingsAndSpanToTheNextOneOfTheSameLevel() {
    DesignDocument d = DesignDocument.parse(Path.of("design.md"), DESIGN);
    assertThat(d.sections())
        .extracting(DesignSection::title)
        .containsExactly(
            "Design Document: Push",
            "Overview",
            "Architecture",
            "Correctness Properties",
            "Property 1: Round trip",
            "Error Handling");
    DesignSection arch = d.section("architecture").orElseThrow();
    assertThat(arch.span().of(DESIGN)).startsWith("## Architecture").endsWith("```\n\n");
  }

  @Test
  void aPropertyWithoutValidatesAndADuplicateNumberAreReported() {
    DesignDocument d =
        DesignDocument.parse(
            Path.of("design.md"),
            "**Property 1: A**\nFor any x.\n**Validates: Requirements 1.1**\n\n**Property 1: B**\n");
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("DESIGN-002", "DESIGN-001");
  }
}
