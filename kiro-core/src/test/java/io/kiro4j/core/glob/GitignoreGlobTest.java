package io.kiro4j.core.glob;

import static io.kiro4j.core.glob.GlobDialect.GITIGNORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The {@link GlobDialect#GITIGNORE} pattern rules (gitignore(5), "PATTERN FORMAT"). Line-level
 * rules (comments, negation, trailing spaces) are tested with {@code IgnoreFile}.
 */
class GitignoreGlobTest {

  private static boolean matches(String pattern, String path) {
    return Glob.compile(pattern, GITIGNORE).matches(path);
  }

  @Test
  void patternWithoutSlashMatchesAtAnyDepth() {
    assertThat(matches("*.log", "debug.log")).isTrue();
    assertThat(matches("*.log", "logs/deep/debug.log")).isTrue();
    assertThat(matches("temp", "a/b/temp")).isTrue();
  }

  @Test
  void slashInTheMiddleAnchorsToTheIgnoreFilesFolder() {
    assertThat(matches("doc/frotz", "doc/frotz")).isTrue();
    assertThat(matches("doc/frotz", "a/doc/frotz")).isFalse();
  }

  @Test
  void leadingSlashAnchorsToTheIgnoreFilesFolder() {
    assertThat(matches("/build", "build")).isTrue();
    assertThat(matches("/build", "src/build")).isFalse();
  }

  @Test
  void trailingSlashIsNotASeparatorForAnchoring() {
    assertThat(matches("frotz/", "a/frotz")).isTrue();
    assertThat(matches("doc/frotz/", "a/doc/frotz")).isFalse();
  }

  @Test
  void wildcardsNeverMatchSlash() {
    assertThat(matches("/a*z", "a/z")).isFalse();
    assertThat(matches("/a?z", "a/z")).isFalse();
    assertThat(matches("/a[!x]z", "a/z")).isFalse();
    assertThat(matches("doc/*", "doc/a/b")).isFalse();
  }

  @Test // docs L20346: **/temp ignores in any subdirectory
  void leadingDoubleStarMatchesInAllDirectories() {
    assertThat(matches("**/temp", "temp")).isTrue();
    assertThat(matches("**/temp", "a/b/temp")).isTrue();
    assertThat(matches("**/foo/bar", "x/foo/bar")).isTrue();
  }

  @Test
  void trailingDoubleStarMatchesEverythingInside() {
    assertThat(matches("abc/**", "abc/x")).isTrue();
    assertThat(matches("abc/**", "abc/x/y")).isTrue();
    assertThat(matches("abc/**", "abc")).isFalse();
  }

  @Test
  void middleDoubleStarMatchesZeroOrMoreDirectories() {
    assertThat(matches("a/**/b", "a/b")).isTrue();
    assertThat(matches("a/**/b", "a/x/b")).isTrue();
    assertThat(matches("a/**/b", "a/x/y/b")).isTrue();
    assertThat(matches("a/**/b", "a/xb")).isFalse();
  }

  @Test
  void otherConsecutiveAsterisksAreRegularAsterisks() {
    // gitignore(5). (git itself lets "a**/x" also match "ab" via "a" + "**/": a quirk of its
    // literal-prefix shortcut that contradicts its documentation; we follow the documentation.)
    assertThat(matches("/a**z", "abcz")).isTrue();
    assertThat(matches("/a**z", "a/z")).isFalse();
    assertThat(matches("a**/[!a]*", "ab")).isFalse();
  }

  @Test
  void bracesAreOrdinaryCharacters() {
    assertThat(matches("{a,b}", "{a,b}")).isTrue();
    assertThat(matches("{a,b}", "a")).isFalse();
    assertThat(matches("a}", "a}")).isTrue();
  }

  @Test
  void posixCharacterClassesAreSupported() {
    assertThat(matches("[[:digit:]]*.log", "1.log")).isTrue();
    assertThat(matches("[[:digit:]]*.log", "a.log")).isFalse();
    assertThat(matches("[[:alpha:][:digit:]]", "x")).isTrue();
    assertThat(matches("[![:space:]]", " ")).isFalse();
    assertThat(matches("[[:upper:]]", "a")).isFalse();
  }

  @Test
  void bracketColonWithoutClosingColonIsAnOrdinaryMember() {
    assertThat(matches("[[:]", ":")).isTrue();
    assertThat(matches("[[:]", "[")).isTrue();
  }

  @Test
  void unknownPosixClassIsAnError() {
    assertThatThrownBy(() -> Glob.compile("[[:word:]]", GITIGNORE))
        .isInstanceOf(GlobSyntaxException.class)
        .hasMessageContaining("unknown character class '[:word:]'");
  }

  @Test
  void escapedHashAndBangAreLiterals() {
    assertThat(matches("\\#notes", "#notes")).isTrue();
    assertThat(matches("\\!important", "!important")).isTrue();
  }

  @Test
  void regionMatchLetsAPathBeRelativeToANestedFolder() {
    Glob glob = Glob.compile("/dist", GITIGNORE);
    String path = "packages/web/dist";
    assertThat(glob.matches(path, "packages/web/".length(), path.length())).isTrue();
  }
}
