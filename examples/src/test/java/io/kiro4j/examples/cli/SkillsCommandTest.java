package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kiro4j skills ...} and {@code kiro4j powers}: skills-ref's output and exit codes. */
class SkillsCommandTest {

  private static final Path SAMPLE = Path.of("sample-workspace").toAbsolutePath();
  private static final Path HOME = Path.of("sample-home").toAbsolutePath();

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {
    JsonNode json() {
      return JsonMapper.builder().build().readTree(out);
    }
  }

  static Run run(String... args) {
    CommandLine cl = Kiro4jCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  Path skill(String dir, String frontMatter) throws IOException {
    Path d = Files.createDirectories(tmp.resolve(dir));
    Files.writeString(d.resolve("SKILL.md"), "---\n" + frontMatter + "---\nbody\n");
    return d;
  }

  @Test
  void validatePrintsValidSkillOnStdoutAndExitsZero() throws IOException {
    Path a = skill("a", "name: a\ndescription: d\n");
    Run r = run("skills", "validate", a.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("Valid skill: " + a + "\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validateFailurePrintsEachErrorOnStderrAndExitsOne() throws IOException {
    Path a = skill("a", "name: a\ndescription: d\n");
    Path b = skill("b", "name: B\ndescription: d\n");
    Run r = run("skills", "validate", a.toString(), b.resolve("SKILL.md").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("Valid skill: " + a + "\n");
    assertThat(r.err())
        .isEqualTo(
            "Validation failed for "
                + b
                + ":\n  - Skill name 'B' must be lowercase\n"
                + "  - Directory name 'b' must match skill name 'B'\n");
  }

  @Test
  void validateOfAMissingPathIsAUsageErrorBeforeAnyOutput() throws IOException {
    Path a = skill("a", "name: a\ndescription: d\n");
    Run r = run("skills", "validate", a.toString(), "no/such");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("Error: Invalid value for 'SKILL_PATH': Path 'no/such' does not exist.");
  }

  @Test
  void validateKiroProfileAndJson() throws IOException {
    Path a = skill("技能", "name: 技能\ndescription: d\n");
    assertThat(run("skills", "validate", a.toString()).exit()).isZero();
    Run r = run("skills", "validate", "--profile", "kiro", "--json", a.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode res = r.json().get("results").get(0);
    assertThat(res.get("valid").asBoolean()).isFalse();
    assertThat(res.get("errors").get(0).asString()).contains("lowercase ASCII");
    assertThat(run("skills", "validate", "--profile", "x", a.toString()).exit()).isEqualTo(2);
  }

  @Test
  void readPropertiesPrintsPythonJson() throws IOException {
    Path a = skill("a", "name: a\ndescription: é\n");
    Run r = run("skills", "read-properties", a.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\n  \"name\": \"a\",\n  \"description\": \"\\u00e9\"\n}\n");
    Path b = skill("b", "name: b\n");
    Run f = run("skills", "read-properties", b.toString());
    assertThat(f.exit()).isEqualTo(1);
    assertThat(f.err()).isEqualTo("Error: Missing required field in frontmatter: description\n");
  }

  @Test
  void toPromptPrintsTheXmlBlock() throws IOException {
    Path a = skill("a", "name: a\ndescription: x & y\n");
    Run r = run("skills", "to-prompt", a.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "<available_skills>\n<skill>\n<name>\na\n</name>\n<description>\nx &amp; y\n"
                + "</description>\n<location>\n"
                + a.toRealPath().resolve("SKILL.md")
                + "\n</location>\n</skill>\n</available_skills>\n");
    assertThat(run("skills", "to-prompt").exit()).isEqualTo(2);
  }

  @Test
  void listShowsTheSampleSkillsWithTheWorkspaceOverride() {
    Run r =
        run("skills", "list", "--json", "-w", SAMPLE.toString(), "--user-home", HOME.toString());
    assertThat(r.exit()).isZero();
    JsonNode skills = r.json().get("skills");
    assertThat(skills.size()).isEqualTo(2);
    assertThat(skills.get(0).get("name").asString()).isEqualTo("berth-pricing");
    assertThat(skills.get(0).get("resources").toString())
        .isEqualTo("[\"scripts/quote.sh\",\"references/tariff.md\"]");
    assertThat(skills.get(1).get("scope").asString()).isEqualTo("workspace");
    assertThat(r.json().get("shadowed").get(0).get("path").asString())
        .isEqualTo("~/.kiro/skills/code-review/SKILL.md");
  }

  @Test
  void inspectJsonHasSkillsAndPowersSections() {
    Run r = run("inspect", "--json", "-w", SAMPLE.toString(), "--user-home", HOME.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("skills").get("skills").size()).isEqualTo(2);
    assertThat(r.json().get("skills").get("shadowed").size()).isEqualTo(1);
    assertThat(r.json().get("powers").get(0).get("steering").toString())
        .isEqualTo("[\"steering/migrations.md\"]");
  }

  @Test
  void powersWithAPromptListTheActivatedPowers() {
    Run r =
        run(
            "powers",
            "--json",
            "--prompt",
            "Write a SQL migration",
            "-w",
            SAMPLE.toString(),
            "--user-home",
            HOME.toString());
    assertThat(r.exit()).isZero();
    JsonNode p = r.json().get("powers").get(0);
    assertThat(p.get("name").asString()).isEqualTo("harbor-db");
    assertThat(p.get("mcpServers").get(0).get("installedName").asString())
        .isEqualTo("power-harbor-db-postgres");
    assertThat(p.get("matchedKeywords").toString()).isEqualTo("[\"migration\",\"sql\"]");
    assertThat(r.json().get("active").toString()).isEqualTo("[\"harbor-db\"]");
  }
}
