package io.kiro4j.core.internal.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.internal.yaml.YamlLimits;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.core.yaml.YamlSequence;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Front matter parsed into a positioned mapping, with diagnostics. */
class FrontMatterParseTest {

  private static final Path STEERING = Path.of(".kiro/steering/api.md");
  private static final Path SKILL = Path.of("skills/pdf/SKILL.md");

  private static FrontMatterDocument lenient(String text) {
    return FrontMatter.parse(text, STEERING, YamlProfile.LENIENT);
  }

  private static YamlScalar scalar(YamlMapping map, String key) {
    return map.get(key).flatMap(YamlNode::asScalar).orElseThrow();
  }

  private static Diagnostic only(FrontMatterDocument doc) {
    assertThat(doc.diagnostics()).hasSize(1);
    return doc.diagnostics().get(0);
  }

  @Test
  void steeringFrontMatterKeysHaveTheirFileLines() {
    FrontMatterDocument doc =
        lenient(
            "---\ninclusion: fileMatch\nfileMatchPattern: ['**/*.py', '**/models.py']\n"
                + "description: Python patterns\n---\n# Python\n");
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.shape()).isEqualTo(FrontMatterShape.PRESENT);
    YamlMapping fm = doc.frontMatter().orElseThrow();
    assertThat(fm.entries())
        .extracting(e -> e.key().value(), e -> e.key().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inclusion", 2),
            org.assertj.core.groups.Tuple.tuple("fileMatchPattern", 3),
            org.assertj.core.groups.Tuple.tuple("description", 4));
    YamlSequence patterns = fm.get("fileMatchPattern").flatMap(YamlNode::asSequence).orElseThrow();
    assertThat(patterns.items()).hasSize(2);
    assertThat(patterns.items().get(1).column()).isEqualTo(31);
    assertThat(doc.body()).isEqualTo("# Python\n");
    assertThat(doc.bodyFirstLine()).isEqualTo(6);
  }

  @Test // kirodotdev/powers: Cursor-style key next to Kiro's
  void cursorStyleAlwaysApplyFalseIsABoolean() {
    FrontMatterDocument doc = lenient("---\ndescription: x\nalwaysApply: false\n---\n");
    assertThat(scalar(doc.frontMatter().orElseThrow(), "alwaysApply").asBoolean()).contains(false);
  }

  @Test
  void multiLineDescriptionsAsBlockScalars() {
    FrontMatterDocument doc =
        lenient(
            "---\r\ninclusion: auto\r\nname: api\r\ndescription: >\r\n  Rules for\r\n"
                + "  API handlers.\r\n---\r\nbody\r\n");
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(scalar(doc.frontMatter().orElseThrow(), "description").value())
        .isEqualTo("Rules for API handlers.\n");
    assertThat(doc.bodyFirstLine()).isEqualTo(8);
  }

  @Test
  void listFrontMatterIsNotAMapping() {
    FrontMatterDocument doc = lenient("---\n- inclusion\n- always\n---\nbody");
    Diagnostic d = only(doc);
    assertThat(d.code()).isEqualTo("FM-002");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.message()).contains("sequence");
    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.body()).isEqualTo("body");
  }

  @Test
  void scalarFrontMatterIsNotAMapping() {
    Diagnostic d = only(lenient("---\njust a sentence\n---\n"));
    assertThat(d.code()).isEqualTo("FM-002");
    assertThat(d.message()).contains("scalar");
  }

  @Test
  void unterminatedFrontMatterIsAnErrorAndTheWholeFileIsBody() {
    String text = "---\ninclusion: manual\n# Title\n";
    FrontMatterDocument doc = lenient(text);
    Diagnostic d = only(doc);
    assertThat(d.code()).isEqualTo("FM-001");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(1);
    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.body()).isEqualTo(text);
    assertThat(doc.bodyFirstLine()).isEqualTo(1);
  }

  @Test // docs L1111 + A9: not front matter, warn "must be the first content"
  void frontMatterAfterABlankLineIsReadAsMarkdownWithAWarning() {
    String text = "\n---\ninclusion: manual\n---\nbody\n";
    FrontMatterDocument doc = lenient(text);
    Diagnostic d = only(doc);
    assertThat(d.code()).isEqualTo("FM-003");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.message()).contains("first content");
    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.body()).isEqualTo(text);
  }

  @Test
  void emptyBlockIsAnEmptyMapping() {
    FrontMatterDocument doc = lenient("---\n---\nbody");
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.shape()).isEqualTo(FrontMatterShape.EMPTY);
    YamlMapping fm = doc.frontMatter().orElseThrow();
    assertThat(fm.isEmpty()).isTrue();
    assertThat(fm.line()).isEqualTo(2);
  }

  @Test
  void commentsOnlyBlockIsAnEmptyMapping() {
    FrontMatterDocument doc = lenient("---\n# inclusion: manual\n---\nbody");
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.frontMatter()).get().extracting(YamlMapping::isEmpty).isEqualTo(true);
  }

  @Test
  void yamlErrorPointsAtTheFileLineAndKeepsTheBody() {
    FrontMatterDocument doc = lenient("---\ninclusion: auto\nname:\n\tapi\n---\nbody\n");
    Diagnostic d = only(doc);
    assertThat(d.code()).isEqualTo("YAML-001");
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.column()).isEqualTo(1);
    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.body()).isEqualTo("body\n");
    assertThat(doc.bodyFirstLine()).isEqualTo(6);
  }

  @Test // skills-ref: name: 123 is the string "123"; flow lists are rejected
  void strictProfileForSkillFiles() {
    FrontMatterDocument doc =
        FrontMatter.parse(
            "---\nname: 123\ndescription: d\nallowed-tools: [Read]\n---\n",
            SKILL,
            YamlProfile.STRICT);
    assertThat(doc.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML-011", 4, SKILL));
    assertThat(scalar(doc.frontMatter().orElseThrow(), "name").type())
        .isEqualTo(YamlScalar.Type.STRING);
  }

  @Test
  void byteOrderMarkDoesNotShiftLines() {
    FrontMatterDocument doc = lenient("\uFEFF---\r\nname: x\r\n---\r\nbody");
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.frontMatter().orElseThrow().entry("name").orElseThrow().key().line())
        .isEqualTo(2);
    assertThat(doc.body()).isEqualTo("body");
  }

  @Test
  void noFrontMatterGivesTheWholeTextAsBody() {
    FrontMatterDocument doc = lenient("# Product\n");
    assertThat(doc.diagnostics()).isEmpty();
    assertThat(doc.shape()).isEqualTo(FrontMatterShape.NONE);
    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.body()).isEqualTo("# Product\n");
    assertThat(doc.bodyFirstLine()).isEqualTo(1);
  }

  @Test
  void yamlLimitsApplyToFrontMatter() {
    FrontMatterDocument doc =
        FrontMatter.parse(
            "---\na: &x 1\nb: *x\n---\n",
            STEERING,
            YamlProfile.LENIENT,
            YamlLimits.defaults().withMaxAliases(0));
    Diagnostic d = only(doc);
    assertThat(d.code()).isEqualTo("YAML-003");
    assertThat(d.line()).isEqualTo(3);
  }

  @Test // the example in FrontMatter's Javadoc
  void javadocExampleRuns() {
    FrontMatterDocument doc =
        FrontMatter.parse(
            "---\ninclusion: manual\n---\n# API rules\n",
            Path.of(".kiro/steering/api.md"),
            YamlProfile.LENIENT);
    String inclusion =
        doc.frontMatter()
            .orElseThrow()
            .get("inclusion")
            .flatMap(YamlNode::asScalar)
            .orElseThrow()
            .value();
    assertThat(inclusion).isEqualTo("manual");
    assertThat(doc.bodyFirstLine()).isEqualTo(4);
  }
}
