package io.kiro4j.core.glob;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples in the class Javadoc of this package, run as written. */
class GlobSnippetsTest {

  @Test
  void globExample() {
    Glob glob = Glob.compile("components/**/*.tsx", GlobDialect.WORKSPACE_FILE);
    assertThat(glob.matches("components/Button.tsx")).isTrue();
    assertThat(glob.matches("components/forms/Input.tsx")).isTrue();
    assertThat(Glob.compile("*.md", GlobDialect.WORKSPACE_FILE).matches("docs/guide.md")).isTrue();
    assertThat(Glob.compile("@git-*", GlobDialect.TOOL_NAME).matches("@git-server/status"))
        .isTrue();
  }

  @Test
  void globSetExample() {
    GlobSet set =
        GlobSet.compile(List.of("*.js", "*.jsx", "*.ts", "*.tsx"), GlobDialect.WORKSPACE_FILE);
    assertThat(set.matches("src/App.tsx")).isTrue();
    assertThat(set.firstMatch("src/App.tsx")).hasValue(3);
  }

  @Test
  void globOptionsExample() {
    Glob glob =
        Glob.compile(
            "*.MD", GlobDialect.WORKSPACE_FILE, GlobOptions.defaults().withCaseInsensitive(true));
    assertThat(glob.matches("docs/readme.md")).isTrue();
  }
}
