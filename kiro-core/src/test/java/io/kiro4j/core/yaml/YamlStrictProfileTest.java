package io.kiro4j.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.yaml.YamlParser;
import io.kiro4j.core.internal.yaml.YamlResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The strict profile reproduces the Agent Skills reference ({@code skills-ref}, strictyaml): every
 * scalar a string; flow style, anchors/aliases, tags and duplicate keys are errors.
 */
@Timeout(10)
class YamlStrictProfileTest {

  private static final Path FILE = Path.of("skills/pdf/SKILL.md");

  private static YamlResult strict(String yaml) {
    return YamlParser.parse(yaml, FILE, 2, YamlProfile.STRICT);
  }

  @Test // skills-ref: name: 123 => "123", true => "true", version: 1.0 => "1.0"
  void everyScalarIsAString() {
    YamlResult result = strict("name: 123\nflag: true\nversion: 1.0\nnothing: null\nempty:\n");
    assertThat(result.diagnostics()).isEmpty();
    YamlMapping map = result.root().flatMap(YamlNode::asMapping).orElseThrow();
    for (YamlMapping.Entry e : map.entries()) {
      YamlScalar value = e.value().asScalar().orElseThrow();
      assertThat(value.type()).as(e.key().value()).isEqualTo(YamlScalar.Type.STRING);
      assertThat(value.asBoolean()).isEmpty();
      assertThat(value.asInt()).isEmpty();
    }
    assertThat(map.toPlainObject())
        .isEqualTo(
            Map.of(
                "name", "123", "flag", "true", "version", "1.0", "nothing", "null", "empty", ""));
  }

  @Test
  void flowSequenceIsAnErrorAtItsBracket() {
    YamlResult result = strict("name: x\nallowed-tools: [Read, Write]\n");
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("YAML-011");
    assertThat(d.isError()).isTrue();
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(16);
    // Still read, so later checks can run and report more than one problem at a time.
    assertThat(result.root()).isPresent();
  }

  @Test
  void flowMappingIsAnErrorAndNestedFlowIsReportedOnce() {
    YamlResult result = strict("metadata: {a: [1, 2]}\n");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("YAML-011");
    assertThat(result.diagnostics().get(0).column()).isEqualTo(11);
  }

  @Test
  void anchorsAndAliasesAreErrors() {
    YamlResult result = strict("a: &x hello\nb: *x\n");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("YAML-012", 2, 4),
            org.assertj.core.groups.Tuple.tuple("YAML-012", 3, 4));
  }

  @Test
  void tagsAreErrors() {
    YamlResult result = strict("name: !!str x\nlist: !!seq\n  - a\n");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("YAML-013", 2),
            org.assertj.core.groups.Tuple.tuple("YAML-013", 3));
  }

  @Test
  void duplicateKeysAreErrors() {
    YamlResult result = strict("name: a\nname: b\n");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("YAML-002");
    assertThat(result.diagnostics().get(0).line()).isEqualTo(3);
  }

  @Test // skills-ref: block scalars > and | and comments are fine
  void blockScalarsBlockListsAndCommentsAreFine() {
    YamlResult result =
        strict(
            "# comment\nname: pdf\ndescription: >\n  Extract text\n  from PDFs.\nmetadata:\n"
                + "  author: me\nallowed-tools:\n  - Read\n");
    assertThat(result.diagnostics()).isEmpty();
    YamlMapping map = result.root().flatMap(YamlNode::asMapping).orElseThrow();
    assertThat(map.get("description").flatMap(YamlNode::asScalar).orElseThrow().value())
        .isEqualTo("Extract text from PDFs.\n");
  }

  @Test // skills-ref: unquoted key: a: b is "mapping values are not allowed here"
  void unquotedColonInValueIsASyntaxError() {
    YamlResult result = strict("description: use: this\n");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("YAML-001");
    assertThat(result.root()).isEmpty();
  }
}
