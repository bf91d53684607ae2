package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** .kiro4j.yaml: each key, and each LINT- code of the config file at its line and column. */
class LintConfigTest {

  private static final Path FILE = Path.of(".kiro4j.yaml");
  private static final Set<String> KNOWN = Set.of("STEER-006", "STEER-012", "AGENT-003");

  private static LintConfig parse(String yaml) {
    return LintConfig.parse(yaml, FILE, KNOWN);
  }

  private static String at(Diagnostic d) {
    return d.code() + "@" + d.line() + ":" + d.column();
  }

  @Test
  void aMissingFileIsTheDefaults(@org.junit.jupiter.api.io.TempDir Path tmp) {
    LintConfig c = LintConfig.load(tmp, KNOWN);
    assertThat(c.file()).isEmpty();
    assertThat(c.rules()).isEmpty();
    assertThat(c.skills()).isEqualTo(SkillsProfile.KIRO);
    assertThat(c.diagnostics()).isEmpty();
  }

  @Test
  void rulesIgnoreSuppressAndSkillsAreRead() {
    LintConfig c =
        parse(
            "rules:\n  STEER-006: error\n  STEER-012: off\nignore: [\"vendor/**\"]\n"
                + "suppress:\n  \".kiro/agents/*.json\": [AGENT-003]\nskills: skills-ref\n");
    assertThat(c.rule("STEER-006")).contains(RuleLevel.ERROR);
    assertThat(c.rule("STEER-012")).contains(RuleLevel.OFF);
    assertThat(c.ignores("vendor/a/b.md")).isTrue();
    assertThat(c.ignores("src/a.md")).isFalse();
    assertThat(c.suppressions())
        .singleElement()
        .satisfies(s -> assertThat(s.codes()).containsExactly("AGENT-003"));
    assertThat(c.skills()).isEqualTo(SkillsProfile.SKILLS_REF);
    assertThat(c.diagnostics()).isEmpty();
  }

  @Test
  void glob002APipeInAnIgnoreGlobIsReportedAtThePipe() {
    assertThat(parse("ignore:\n  - dist/*.snap|*.lock\n").diagnostics())
        .extracting(LintConfigTest::at)
        .containsExactly("GLOB-002@2:16");
  }

  @Test
  void lint001AnUnknownKeyIsReportedAtTheKey() {
    assertThat(parse("rules: {}\nrulez:\n  STEER-006: off\n").diagnostics())
        .extracting(LintConfigTest::at)
        .containsExactly("LINT-001@2:1");
  }

  @Test
  void lint002AnUnknownCodeIsReportedAtTheCode() {
    assertThat(parse("rules:\n  STEER-999: off\nsuppress:\n  a.json: [NOPE-001]\n").diagnostics())
        .extracting(LintConfigTest::at)
        .containsExactly("LINT-002@2:3", "LINT-002@4:12");
  }

  @Test
  void lint003AValueOfTheWrongShapeIsReportedAtTheValue() {
    assertThat(parse("rules:\n  STEER-006: loud\nskills: claude\nignore: {a: b}\n").diagnostics())
        .extracting(LintConfigTest::at)
        .containsExactly("LINT-003@2:14", "LINT-003@3:9", "LINT-003@4:9");
  }

  @Test
  void anInvalidIgnoreGlobIsAGlobDiagnosticAtThePattern() {
    assertThat(parse("ignore:\n  - \"src/[z-a]\"\n").diagnostics())
        .extracting(Diagnostic::code)
        .singleElement()
        .asString()
        .startsWith("GLOB-");
  }

  @Test
  void malformedYamlIsAYamlDiagnosticAndTheRestIsDefaults() {
    LintConfig c = parse("rules: [\n");
    assertThat(c.diagnostics())
        .extracting(Diagnostic::code)
        .allMatch(code -> code.startsWith("YAML-"));
    assertThat(c.rules()).isEmpty();
  }
}
