package io.kiro4j.core.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GlobProperties {

  // ------------------------------------------------------------------ generators

  /** Pattern pieces over a tiny alphabet, so that random paths actually hit them. */
  private static final List<String> PATH_PIECES =
      List.of(
          "a",
          "b",
          "/",
          ".",
          "*",
          "?",
          "**",
          "{a,b}",
          "[ab]",
          "[!a]",
          "{a/b,}",
          "{a,{b,/a}}",
          "\\*");

  private static final List<String> GITIGNORE_PIECES =
      List.of("a", "b", "/", ".", "*", "?", "**", "[ab]", "[!a]", "\\*", "{");

  /** Never just "/" or "./": those are empty patterns, tested in GlobSyntaxExceptionTest. */
  @Provide
  Arbitrary<String> workspacePatterns() {
    return Arbitraries.of(PATH_PIECES)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(l -> String.join("", l))
        .filter(p -> !p.replaceFirst("^(\\./)*/?", "").isEmpty());
  }

  @Provide
  Arbitrary<String> toolPatterns() {
    return Arbitraries.of(PATH_PIECES)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> gitignorePatterns() {
    return Arbitraries.of(GITIGNORE_PIECES)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(l -> String.join("", l))
        .filter(p -> !p.replaceFirst("/$", "").replaceFirst("^/", "").isEmpty());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars('a', 'b', '/', '.', '*').ofMaxLength(9);
  }

  /** Well-formed relative paths: segments over a, b, '.', joined by '/'. */
  @Provide
  Arbitrary<String> paths() {
    return segments().list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("/", l));
  }

  private static Arbitrary<String> segments() {
    return Arbitraries.strings()
        .withChars('a', 'b', '.')
        .ofMinLength(1)
        .ofMaxLength(3)
        .filter(s -> !s.equals(".") && !s.equals(".."));
  }

  // ------------------------------------------------------------------ agreement with the reference

  @Property
  void workspaceDialectAgreesWithRegexReference(
      @ForAll("workspacePatterns") String pattern, @ForAll("texts") String text) {
    assertAgrees(pattern, GlobDialect.WORKSPACE_FILE, text);
  }

  @Property
  void toolNameDialectAgreesWithRegexReference(
      @ForAll("toolPatterns") String pattern, @ForAll("texts") String text) {
    assertAgrees(pattern, GlobDialect.TOOL_NAME, text);
  }

  @Property
  void gitignoreDialectAgreesWithRegexReference(
      @ForAll("gitignorePatterns") String pattern, @ForAll("texts") String text) {
    assertAgrees(pattern, GlobDialect.GITIGNORE, text);
  }

  @Property
  void workspaceDialectAgreesWithReferenceOnWellFormedPaths(
      @ForAll("workspacePatterns") String pattern, @ForAll("paths") String path) {
    assertAgrees(pattern, GlobDialect.WORKSPACE_FILE, path);
  }

  @Property
  void gitignoreDialectAgreesWithReferenceOnWellFormedPaths(
      @ForAll("gitignorePatterns") String pattern, @ForAll("paths") String path) {
    assertAgrees(pattern, GlobDialect.GITIGNORE, path);
  }

  private static void assertAgrees(String pattern, GlobDialect dialect, String text) {
    boolean expected = ReferenceGlob.of(pattern, dialect).matches(text);
    assertThat(Glob.compile(pattern, dialect).matches(text))
        .as("%s %s on '%s'", dialect, pattern, text)
        .isEqualTo(expected);
  }

  @Property
  void caseInsensitiveMatchingEqualsMatchingLowerCasedPatternAndText(
      @ForAll("workspacePatterns") String pattern, @ForAll("mixedCaseTexts") String text) {
    String upperPattern = pattern.toUpperCase(Locale.ROOT);
    Glob insensitive =
        Glob.compile(
            upperPattern,
            GlobDialect.WORKSPACE_FILE,
            GlobOptions.defaults().withCaseInsensitive(true));
    assertThat(insensitive.matches(text))
        .isEqualTo(
            Glob.compile(pattern, GlobDialect.WORKSPACE_FILE)
                .matches(text.toLowerCase(Locale.ROOT)));
  }

  @Provide
  Arbitrary<String> mixedCaseTexts() {
    return Arbitraries.strings().withChars('a', 'b', 'A', 'B', '/', '.').ofMaxLength(9);
  }

  @Property
  void matchingARegionEqualsMatchingTheSubstring(
      @ForAll("workspacePatterns") String pattern,
      @ForAll("texts") String prefix,
      @ForAll("texts") String text,
      @ForAll("texts") String suffix) {
    Glob glob = Glob.compile(pattern, GlobDialect.WORKSPACE_FILE);
    String all = prefix + text + suffix;
    assertThat(glob.matches(all, prefix.length(), prefix.length() + text.length()))
        .isEqualTo(glob.matches(text));
  }

  @Property
  void compileEitherSucceedsOrThrowsGlobSyntaxExceptionWithAnIndexInsideThePattern(
      @ForAll("anyPatterns") String pattern, @ForAll GlobDialect dialect) {
    assertThatCode(
            () -> {
              try {
                Glob.compile(pattern, dialect).matches("a/b.c");
              } catch (GlobSyntaxException e) {
                assertThat(e.index()).isBetween(0, pattern.length());
                assertThat(e.pattern()).isEqualTo(pattern);
              }
            })
        .doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<String> anyPatterns() {
    return Arbitraries.strings().withChars("ab/*?[]{},!^-\\:.").ofMaxLength(12);
  }

  // ------------------------------------------------------------------ ** laws

  @Property
  void leadingDoubleStarMatchesTheNameAndTheNameBelowAnyFolder(
      @ForAll("paths") String name, @ForAll("paths") String folder, @ForAll GlobDialect dialect) {
    Glob glob = Glob.compile("**/" + name, dialect);
    assertThat(glob.matches(name)).isTrue();
    assertThat(glob.matches(folder + "/" + name)).isTrue();
  }

  @Property
  void trailingDoubleStarMatchesEverythingBelowTheFolderButNotTheFolder(
      @ForAll("paths") String folder, @ForAll("paths") String below, @ForAll GlobDialect dialect) {
    Glob glob = Glob.compile(folder + "/**", dialect);
    assertThat(glob.matches(folder + "/" + below)).isTrue();
    assertThat(glob.matches(folder)).isFalse();
  }

  @Property
  void doubleStarAloneMatchesEveryPath(@ForAll("texts") String text, @ForAll GlobDialect dialect) {
    assertThat(Glob.compile("**", dialect).matches(text)).isTrue();
  }

  @Property
  void middleDoubleStarMatchesZeroOrMoreFolders(
      @ForAll("paths") String a, @ForAll("paths") String middle, @ForAll("paths") String b) {
    Glob glob = Glob.compile(a + "/**/" + b, GlobDialect.WORKSPACE_FILE);
    assertThat(glob.matches(a + "/" + b)).isTrue();
    assertThat(glob.matches(a + "/" + middle + "/" + b)).isTrue();
  }

  @Property
  void workspaceStarNeverCrossesASlash(@ForAll("paths") String path) {
    Glob star = Glob.compile("/*", GlobDialect.WORKSPACE_FILE);
    assertThat(star.matches(path)).isEqualTo(!path.contains("/"));
  }

  @Property
  void toolNameStarCrossesSlash(@ForAll("texts") String prefix, @ForAll("texts") String rest) {
    String literalPrefix = prefix.replace("*", "");
    Glob glob = Glob.compile(literalPrefix + "*", GlobDialect.TOOL_NAME);
    assertThat(glob.matches(literalPrefix + rest)).isTrue();
    assertThat(Glob.compile("*", GlobDialect.TOOL_NAME).matches(rest)).isTrue();
  }

  @Property
  void slashLessWorkspacePatternMatchesTheSameNameAtAnyDepth(
      @ForAll("workspacePatterns") String pattern,
      @ForAll("segmentNames") String name,
      @ForAll("paths") String folder) {
    Glob glob = Glob.compile(pattern, GlobDialect.WORKSPACE_FILE);
    if (pattern.contains("/")) {
      return;
    }
    assertThat(glob.matches(folder + "/" + name)).isEqualTo(glob.matches(name));
  }

  @Provide
  Arbitrary<String> segmentNames() {
    return segments();
  }

  @Property
  void globSetMatchesIffSomeGlobMatchesAndFirstMatchIsTheLowestIndex(
      @ForAll("patternLists") List<String> patterns, @ForAll("paths") String path) {
    GlobSet set = GlobSet.compile(patterns, GlobDialect.WORKSPACE_FILE);
    int expected = -1;
    for (int i = patterns.size() - 1; i >= 0; i--) {
      if (Glob.compile(patterns.get(i), GlobDialect.WORKSPACE_FILE).matches(path)) {
        expected = i;
      }
    }
    assertThat(set.matches(path)).isEqualTo(expected >= 0);
    if (expected >= 0) {
      assertThat(set.firstMatch(path)).hasValue(expected);
    } else {
      assertThat(set.firstMatch(path)).isEmpty();
    }
  }

  @Provide
  Arbitrary<List<String>> patternLists() {
    return workspacePatterns().list().ofMaxSize(4);
  }

  @Property(tries = 200)
  void noExponentialBlowUpOnStarHeavyPatterns(
      @ForAll("starCounts") int stars, @ForAll GlobDialect dialect) {
    String pattern = "a*".repeat(stars) + "b*";
    String text = "a".repeat(2_000);
    long start = System.nanoTime();
    boolean matched = Glob.compile(pattern, dialect).matches(text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(matched).isFalse();
    // A naive recursive matcher needs C(2000, stars) steps; ours is linear in the pattern.
    assertThat(millis).isLessThan(2_000);
  }

  @Provide
  Arbitrary<Integer> starCounts() {
    return Arbitraries.integers().between(1, 12);
  }

  @Property(tries = 50)
  void combinedPatternsAndPathsNeverThrow(
      @ForAll("combined") String[] patternAndPath, @ForAll GlobDialect dialect) {
    assertThatCode(
            () -> {
              try {
                Glob.compile(patternAndPath[0], dialect).matches(patternAndPath[1]);
              } catch (GlobSyntaxException expected) {
                // malformed patterns are fine; anything else is a bug
              }
            })
        .doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<String[]> combined() {
    return Combinators.combine(anyPatterns(), Arbitraries.strings().ofMaxLength(12))
        .as((p, t) -> new String[] {p, t});
  }
}
