package io.kiro4j.skills.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** read_properties and to_dict of the reference, printed as json.dumps(indent=2). */
class SkillPropertiesTest {

  @TempDir Path tmp;

  PropertiesResult read(String fm) throws IOException {
    Path d = Files.createDirectories(tmp.resolve("s"));
    Files.writeString(d.resolve("SKILL.md"), "---\n" + fm + "---\nbody\n");
    return SkillProperties.read(d);
  }

  String json(String fm) throws IOException {
    return ((PropertiesResult.Read) read(fm)).properties().toJson();
  }

  @Test
  void keysComeInTheReferenceOrderAndValuesAreStripped() throws IOException {
    assertThat(
            json(
                "metadata:\n  author: me\n  nested:\n    inner: x\nallowed-tools: Bash(git:*) Read\n"
                    + "compatibility: py3\nlicense: MIT\ndescription: '  D  '\nname: ' Ｎ '\n"))
        .isEqualTo(
            "{\n  \"name\": \"\\uff2e\",\n  \"description\": \"D\",\n  \"license\": \"MIT\",\n"
                + "  \"compatibility\": \"py3\",\n  \"allowed-tools\": \"Bash(git:*) Read\",\n"
                + "  \"metadata\": {\n    \"author\": \"me\",\n    \"nested\": \"{'inner': 'x'}\"\n"
                + "  }\n}");
  }

  @Test
  void emptyMetadataIsOmittedAndListsPassThrough() throws IOException {
    assertThat(json("name: a\ndescription: d\nallowed-tools:\n  - Read\n  - Write\n"))
        .isEqualTo(
            "{\n  \"name\": \"a\",\n  \"description\": \"d\",\n  \"allowed-tools\": [\n"
                + "    \"Read\",\n    \"Write\"\n  ]\n}");
  }

  @Test
  void missingFieldsAndBlankValuesFail() throws IOException {
    assertThat(read("description: d\n"))
        .isEqualTo(new PropertiesResult.Failed("Missing required field in frontmatter: name"));
    assertThat(read("name: a\ndescription: ' '\n"))
        .isEqualTo(new PropertiesResult.Failed("Field 'description' must be a non-empty string"));
    assertThat(SkillProperties.read(tmp))
        .isEqualTo(new PropertiesResult.Failed("SKILL.md not found in " + tmp));
  }

  @Test
  void jsonEscapesLikePython() {
    assertThat(PythonValues.jsonDumps(java.util.Map.of("k", "é\"\\\n\u0001\u007f😀")))
        .isEqualTo("{\n  \"k\": \"\\u00e9\\\"\\\\\\n\\u0001\\u007f\\ud83d\\ude00\"\n}");
  }
}
