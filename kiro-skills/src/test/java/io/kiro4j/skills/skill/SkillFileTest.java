package io.kiro4j.skills.skill;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.skills.internal.python.PythonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillFileTest {

  @TempDir Path tmp;

  /** Discovery reads only up to the closing fence: a 100 MB body of invalid UTF-8 is never seen. */
  @Test
  void discoveryNeverReadsTheBody() throws IOException {
    Path f = tmp.resolve("SKILL.md");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("---\nname: big\ndescription: d\n---\n".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 0xff); // not UTF-8: reading it would fail
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
    }
    long start = System.nanoTime();
    SkillHead head = SkillFile.readHead(f);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(head.error()).isEmpty();
    assertThat(head.frontMatter().orElseThrow().keys()).containsExactly("name", "description");
    assertThat(head.bodyFirstLine()).isEqualTo(5);
    assertThat(ms).isLessThan(2_000);
  }

  @Test
  void skillMdIsPreferredOverLowercase() throws IOException {
    Files.writeString(tmp.resolve("skill.md"), "x");
    assertThat(SkillFile.find(tmp)).contains(tmp.resolve("skill.md"));
    Files.writeString(tmp.resolve("SKILL.md"), "x");
    assertThat(SkillFile.find(tmp).orElseThrow().getFileName().toString()).isEqualTo("SKILL.md");
  }

  @Test
  void aClosingFenceSplitAcrossBuffersIsFound() throws IOException {
    String pad = "x".repeat(4093);
    Path f = tmp.resolve("SKILL.md");
    Files.writeString(f, "---\r\nname: a\r\ndescription: " + pad + "\r\n---\r\nbody");
    SkillHead head = SkillFile.readHead(f);
    assertThat(head.error()).isEmpty();
  }

  @Test
  void anOpenerOfFourDashesIsNotFrontMatter() {
    SkillHead head = SkillFile.parseHead(Path.of("SKILL.md"), "----\nname: a\n---\n");
    assertThat(head.errorMessage()).isEqualTo("SKILL.md must start with YAML frontmatter (---)");
  }

  @Test
  void pythonPathsPrintLikePathlib() {
    assertThat(PythonPath.str("./a//b/")).isEqualTo("a/b");
    assertThat(PythonPath.str("")).isEqualTo(".");
    assertThat(PythonPath.str("/x/./y")).isEqualTo("/x/y");
    assertThat(PythonPath.name(".")).isEmpty();
    assertThat(PythonPath.name("a/b/")).isEqualTo("b");
  }
}
