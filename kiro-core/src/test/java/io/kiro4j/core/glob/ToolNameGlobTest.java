package io.kiro4j.core.glob;

import static io.kiro4j.core.glob.GlobDialect.TOOL_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The {@link GlobDialect#TOOL_NAME} rules: the Rust globset defaults used by the Q Developer CLI's
 * {@code matches_any_pattern} (reference note upstream-cli-semantics §2.2, §3.4).
 */
class ToolNameGlobTest {

  private static boolean matches(String pattern, String name) {
    return Glob.compile(pattern, TOOL_NAME).matches(name);
  }

  @Test
  void starMatchesAnyRunOfCharactersIncludingSlash() {
    assertThat(matches("@git-*", "@git-server")).isTrue();
    assertThat(matches("@git-*", "@git-server/status")).isTrue();
    assertThat(matches("@*quip*", "@quip-server")).isTrue();
    assertThat(matches("@git*", "@github/create_issue")).isTrue();
    assertThat(matches("fs_*", "execute_bash")).isFalse();
  }

  @Test
  void starAloneMatchesEveryName() {
    assertThat(matches("*", "fs_read")).isTrue();
    assertThat(matches("*", "@server/tool")).isTrue();
  }

  @Test
  void questionMarkMatchesAnyOneCharacterIncludingSlash() {
    assertThat(matches("fs_rea?", "fs_read")).isTrue();
    assertThat(matches("@a?b", "@a/b")).isTrue();
    assertThat(matches("fs_rea?", "fs_rea")).isFalse();
  }

  @Test
  void patternWithoutStarOrQuestionMarkIsAnExactName() {
    // '[' and '{' alone do not switch on glob mode upstream.
    assertThat(matches("@git[x]", "@git[x]")).isTrue();
    assertThat(matches("@git[x]", "@gitx")).isFalse();
    assertThat(matches("{fs_read,fs_write}", "fs_read")).isFalse();
    assertThat(matches("{fs_read,fs_write}", "{fs_read,fs_write}")).isTrue();
    assertThat(matches("fs_read", "fs_read")).isTrue();
    assertThat(matches("fs_read", "fs_reader")).isFalse();
  }

  @Test
  void unclosedBracketWithoutWildcardIsJustAName() {
    assertThat(matches("fs_[", "fs_[")).isTrue();
  }

  @Test
  void classesAndBracesWorkInGlobMode() {
    assertThat(matches("fs_[rw]*", "fs_read")).isTrue();
    assertThat(matches("fs_[rw]*", "fs_write")).isTrue();
    assertThat(matches("fs_[!r]*", "fs_read")).isFalse();
    assertThat(matches("{fs_read,fs_write}*", "fs_write")).isTrue();
    assertThat(matches("{fs_{read,write},exec}*", "exec_bash")).isTrue();
  }

  @Test
  void classesMayMatchSlash() {
    assertThat(matches("@a[!x]b*", "@a/b")).isTrue();
  }

  @Test
  void emptyBraceAlternativesAreDroppedAsGlobsetDoes() {
    assertThat(matches("fs{,_read}*", "fs_read")).isTrue();
    assertThat(matches("fs{,_read}*", "fs")).isFalse();
    assertThat(matches("fs{,}*", "fs")).isTrue();
  }

  @Test
  void backslashEscapesOutsideClassesAndThePatternTextAlwaysMatchesItself() {
    assertThat(matches("fs\\*", "fs*")).isTrue();
    assertThat(matches("fs\\*", "fs\\*")).isTrue(); // upstream compares pattern == name first
    assertThat(matches("fs\\*", "fsx")).isFalse();
  }

  @Test
  void backslashIsLiteralInsideAClass() {
    assertThat(matches("a[\\]*", "a\\")).isTrue();
  }

  @Test
  void doubleStarSegmentsSpanZeroOrMoreSegments() {
    assertThat(matches("**/status", "status")).isTrue();
    assertThat(matches("**/status", "@git/status")).isTrue();
    assertThat(matches("@git/**", "@git/status")).isTrue();
    assertThat(matches("@git/**", "@git")).isFalse();
    assertThat(matches("@a/**/z", "@a/z")).isTrue();
  }

  @Test
  void invalidGlobThrowsSoTheCallerCanReportItOrFallBackToExactMatching() {
    assertThatThrownBy(() -> Glob.compile("fs_[*", TOOL_NAME))
        .isInstanceOf(GlobSyntaxException.class)
        .hasMessageContaining("unclosed '['");
    assertThatThrownBy(() -> Glob.compile("fs_*}", TOOL_NAME))
        .isInstanceOf(GlobSyntaxException.class)
        .hasMessageContaining("'}' without a matching '{'");
  }

  @Test // Kiro issue #10630: "fs_write|str_replace" used as if it were a regex
  void regexAlternationIsAnOrdinaryCharacterAndIsFlagged() {
    Glob glob = Glob.compile("fs_write|str_replace", TOOL_NAME);
    assertThat(glob.matches("fs_write")).isFalse();
    assertThat(glob.regexLookalikeIndex()).hasValue(8);
  }

  @Test
  void caseSensitiveByDefault() {
    assertThat(matches("FS_*", "fs_read")).isFalse();
    assertThat(
            Glob.compile("FS_READ", TOOL_NAME, GlobOptions.defaults().withCaseInsensitive(true))
                .matches("fs_read"))
        .isTrue();
  }
}
