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

  @Test // "## Testing Strategy … **Property-Based Tests**: - Property 1: Blend direction"
  void propertiesListedAgainInATestingSectionAreNotDuplicates() {
    DesignDocument d =
        DesignDocument.parse(
            Path.of("design.md"),
            "## Correctness Properties\n\n### Property 1: Direction\n\n*For any* colour, it"
                + " darkens.\n\n**Validates: Requirements 1.1**\n\n"
                + "### Property Reflection\n\n- Property 1.5 and 2.2 test the same thing\n\n"
                + "## Testing Strategy\n\n**Property-Based Tests**:\n- Property 1: Direction\n"
                + "\n### Property-Based Tests\n\n**Property 1: API usage**\n- Generate inputs\n");
    assertThat(d.properties()).extracting(CorrectnessProperty::number).containsExactly("1");
    assertThat(d.properties().get(0).statement()).isEqualTo("*For any* colour, it darkens.");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // without a properties section, a repeat under a testing heading is a listing too
  void aRepeatUnderATestingHeadingIsAListing() {
    DesignDocument d =
        DesignDocument.parse(
            Path.of("design.md"),
            "## Properties\n\n**Property 1: A**\nFor any x.\n_Validates: Requirements 1_\n\n"
                + "## Testing Strategy\n\n- Property 1: A\n");
    assertThat(d.properties()).hasSize(1);
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "- Property 1-27: one PBT per property"
  void aRangeOfPropertiesIsNoDefinition() {
    DesignDocument d =
        DesignDocument.parse(
            Path.of("design.md"),
            "**Property 1: A**\n**Validates: Requirements 1**\n\n- Property 1-27: one test each\n");
    assertThat(d.properties()).hasSize(1);
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "## 正确性属性", "### 属性 1：…", "*对于任何*…", "**验证需求：2.5**"
  void chinesePropertiesAndValidatesAreRead() {
    DesignDocument d =
        DesignDocument.parse(
            Path.of("design.md"),
            "## 4. 正确性属性\n\n### 属性 1：路由配置完整性\n\n*对于任何*已定义的路由，它必须有名称。\n\n"
                + "**验证需求：2.5**\n\n### 属性 2：删除\n\n**验证: 需求 1.1, 1.2**\n");
    assertThat(d.properties())
        .extracting(CorrectnessProperty::number, CorrectnessProperty::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "路由配置完整性"),
            org.assertj.core.groups.Tuple.tuple("2", "删除"));
    assertThat(d.properties().get(0).validates()).extracting(r -> r.text()).containsExactly("2.5");
    assertThat(d.properties().get(1).validates())
        .extracting(r -> r.text())
        .containsExactly("1.1", "1.2");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "## Propiedades de Corrección", "**Propiedad 1: …**", "**Valida: Requisitos 1.1, 1.2**"
  void spanishPropertiesAndValidatesAreRead() {
    DesignDocument d =
        DesignDocument.parse(
            Path.of("design.md"),
            "## Propiedades de Corrección\n\n**Propiedad 1: Creación persiste datos**\n\n"
                + "*Para cualquier* registro válido, se guarda.\n\n**Valida: Requisitos 1.1, 1.2**\n");
    assertThat(d.properties())
        .extracting(CorrectnessProperty::title)
        .containsExactly("Creación persiste datos");
    assertThat(d.properties().get(0).validates())
        .extracting(r -> r.text())
        .containsExactly("1.1", "1.2");
    assertThat(d.diagnostics()).isEmpty();
  }
}
