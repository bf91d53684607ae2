package io.kiro4j.core.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobSetTest {

  @Test
  void firstMatchIsTheIndexOfTheFirstMatchingGlobInOrder() {
    GlobSet set = GlobSet.compile(List.of("docs/*.md", "*.md", "**/*"), GlobDialect.WORKSPACE_FILE);
    assertThat(set.firstMatch("docs/a.md")).hasValue(0);
    assertThat(set.firstMatch("src/a.md")).hasValue(1);
    assertThat(set.firstMatch("src/a.ts")).hasValue(2);
  }

  @Test
  void emptySetMatchesNothing() {
    assertThat(GlobSet.empty().matches("a")).isFalse();
    assertThat(GlobSet.empty().firstMatch("a")).isEmpty();
    assertThat(GlobSet.of(List.of())).isSameAs(GlobSet.empty());
    assertThat(GlobSet.empty().isEmpty()).isTrue();
  }

  @Test
  void setsMayMixDialects() {
    GlobSet set =
        GlobSet.of(
            List.of(
                Glob.compile("@git/*", GlobDialect.TOOL_NAME),
                Glob.compile("*.md", GlobDialect.WORKSPACE_FILE)));
    assertThat(set.matches("@git/a/b")).isTrue();
    assertThat(set.matches("docs/x.md")).isTrue();
    assertThat(set.size()).isEqualTo(2);
    assertThat(set.globs()).extracting(Glob::pattern).containsExactly("@git/*", "*.md");
    assertThat(set).hasToString("GlobSet[@git/*, *.md]");
  }

  @Test
  void compileReportsTheFirstMalformedPattern() {
    assertThatThrownBy(
            () -> GlobSet.compile(List.of("*.md", "src/[x", "{"), GlobDialect.WORKSPACE_FILE))
        .isInstanceOf(GlobSyntaxException.class)
        .hasMessageContaining("'src/[x'");
  }

  @Test
  void caseInsensitiveOptionAppliesToEveryGlob() {
    GlobSet set =
        GlobSet.compile(
            List.of("*.MD", "*.TXT"),
            GlobDialect.WORKSPACE_FILE,
            GlobOptions.defaults().withCaseInsensitive(true));
    assertThat(set.matches("a/b.txt")).isTrue();
  }
}
