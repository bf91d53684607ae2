package io.kiro4j.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@code mcp add --command} splits a command line: as bash splits words, nothing expanded. */
class McpServersEditorTest {

  @Test
  void quotesAndBackslashesAreHonouredAsBashHonoursThem() {
    assertThat(McpServersEditor.words("npx -y 'a b' \"c d\" e\\ f"))
        .containsExactly("npx", "-y", "a b", "c d", "e f");
  }

  @Test
  void referencesAreKeptAsTypedForKiroToSubstitute() {
    assertThat(McpServersEditor.words("run ${TOKEN} \"${HOME}/x\" ~/y *.txt"))
        .containsExactly("run", "${TOKEN}", "${HOME}/x", "~/y", "*.txt");
  }

  @Test
  void pipelinesRedirectionsSubstitutionsAndEmptyLinesAreRefused() {
    for (String line : new String[] {"a | b", "a > f", "a; b", "a $(b)", "", "A=1 a"}) {
      assertThatThrownBy(() -> McpServersEditor.words(line))
          .as(line)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aLocalServerEntryHasCommandArgsAndEnv() {
    assertThat(McpServersEditor.localServer("uvx git", Map.of("A", "1")).toString())
        .isEqualTo("{\"command\":\"uvx\",\"args\":[\"git\"],\"env\":{\"A\":\"1\"}}");
  }
}
