package io.kiro4j.skills.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.skills.Skills;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillsPromptTest {

  @TempDir Path tmp;

  @Test
  void emptyListIsJustTheWrapper() {
    assertThat(SkillsPrompt.xml(List.of())).isEqualTo("<available_skills>\n</available_skills>");
  }

  @Test
  void nameAndDescriptionAreHtmlEscapedButLocationIsNot() {
    assertThat(
            SkillsPrompt.xml(
                List.of(new PromptEntry("a", "Use <foo> & <bar> 'tags' \"q\"", "/x/<a>/SKILL.md"))))
        .isEqualTo(
            "<available_skills>\n<skill>\n<name>\na\n</name>\n<description>\n"
                + "Use &lt;foo&gt; &amp; &lt;bar&gt; &#x27;tags&#x27; &quot;q&quot;\n"
                + "</description>\n<location>\n/x/<a>/SKILL.md\n</location>\n</skill>\n"
                + "</available_skills>");
  }

  @Test
  void compactFormPutsEachFieldOnOneLine() {
    assertThat(SkillsPrompt.compact(List.of(new PromptEntry("a", "b", "/c"))))
        .isEqualTo(
            "<available_skills>\n  <skill>\n    <name>a</name>\n    <description>b</description>\n"
                + "    <location>/c</location>\n  </skill>\n</available_skills>");
  }

  @Test
  void toPromptResolvesFoldersAndFailsOnTheFirstBadSkill() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    Files.writeString(a.resolve("skill.md"), "---\nname: a\ndescription: ' A '\n---\n");
    PromptResult r = Skills.toPrompt(List.of(a));
    assertThat(r)
        .isEqualTo(
            new PromptResult.Rendered(
                "<available_skills>\n<skill>\n<name>\na\n</name>\n<description>\nA\n"
                    + "</description>\n<location>\n"
                    + a.toRealPath().resolve("skill.md")
                    + "\n</location>\n</skill>\n</available_skills>"));
    Path b = Files.createDirectories(tmp.resolve("b"));
    Files.writeString(b.resolve("SKILL.md"), "no front matter");
    assertThat(Skills.toPrompt(List.of(a, b)))
        .isEqualTo(new PromptResult.Failed("SKILL.md must start with YAML frontmatter (---)"));
  }
}
