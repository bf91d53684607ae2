package io.kiro4j.core.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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
  static Gen<String> workspacePatterns() {
    return Gen.of(PATH_PIECES)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(l -> String.join("", l))
        .filter(p -> !p.replaceFirst("^(\\./)*/?", "").isEmpty());
  }

  static Gen<String> toolPatterns() {
    return Gen.of(PATH_PIECES).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  static Gen<String> gitignorePatterns() {
    return Gen.of(GITIGNORE_PIECES)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(l -> String.join("", l))
        .filter(p -> !p.replaceFirst("/$", "").replaceFirst("^/", "").isEmpty());
  }

  static Gen<String> texts() {
    return Gen.strings().withChars('a', 'b', '/', '.', '*').ofMaxLength(9);
  }

  /** Well-formed relative paths: segments over a, b, '.', joined by '/'. */
  static Gen<String> paths() {
    return segments().list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("/", l));
  }

  private static Gen<String> segments() {
    return Gen.strings()
        .withChars('a', 'b', '.')
        .ofMinLength(1)
        .ofMaxLength(3)
        .filter(s -> !s.equals(".") && !s.equals(".."));
  }

  // ------------------------------------------------------------------ agreement with the reference

  @Test
  void workspaceDialectAgreesWithRegexReference() {
    Property.forAll(workspacePatterns(), texts())
        .check((pattern, text) -> assertAgrees(pattern, GlobDialect.WORKSPACE_FILE, text));
  }

  @Test
  void toolNameDialectAgreesWithRegexReference() {
    Property.forAll(toolPatterns(), texts())
        .check((pattern, text) -> assertAgrees(pattern, GlobDialect.TOOL_NAME, text));
  }

  @Test
  void gitignoreDialectAgreesWithRegexReference() {
    Property.forAll(gitignorePatterns(), texts())
        .check((pattern, text) -> assertAgrees(pattern, GlobDialect.GITIGNORE, text));
  }

  @Test
  void workspaceDialectAgreesWithReferenceOnWellFormedPaths() {
    Property.forAll(workspacePatterns(), paths())
        .check((pattern, path) -> assertAgrees(pattern, GlobDialect.WORKSPACE_FILE, path));
  }

  @Test
  void gitignoreDialectAgreesWithReferenceOnWellFormedPaths() {
    Property.forAll(gitignorePatterns(), paths())
        .check((pattern, path) -> assertAgrees(pattern, GlobDialect.GITIGNORE, path));
  }

  private static void assertAgrees(String pattern, GlobDialect dialect, String text) {
    boolean expected = ReferenceGlob.of(pattern, dialect).matches(text);
    assertThat(Glob.compile(pattern, dialect).matches(text))
        .as("%s %s on '%s'", dialect, pattern, text)
        .isEqualTo(expected);
  }

  @Test
  void caseInsensitiveMatchingEqualsMatchingLowerCasedPatternAndText() {
    Property.forAll(workspacePatterns(), mixedCaseTexts())
        .check(
            (pattern, text) -> {
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
            });
  }

  static Gen<String> mixedCaseTexts() {
    return Gen.strings().withChars('a', 'b', 'A', 'B', '/', '.').ofMaxLength(9);
  }

  @Test
  void matchingARegionEqualsMatchingTheSubstring() {
    Property.forAll(workspacePatterns(), texts(), texts(), texts())
        .check(
            (pattern, prefix, text, suffix) -> {
              Glob glob = Glob.compile(pattern, GlobDialect.WORKSPACE_FILE);
              String all = prefix + text + suffix;
              assertThat(glob.matches(all, prefix.length(), prefix.length() + text.length()))
                  .isEqualTo(glob.matches(text));
            });
  }

  @Test
  void compileEitherSucceedsOrThrowsGlobSyntaxExceptionWithAnIndexInsideThePattern() {
    Property.forAll(anyPatterns(), Gen.enums(GlobDialect.class))
        .check(
            (pattern, dialect) ->
                assertThatCode(
                        () -> {
                          try {
                            Glob.compile(pattern, dialect).matches("a/b.c");
                          } catch (GlobSyntaxException e) {
                            assertThat(e.index()).isBetween(0, pattern.length());
                            assertThat(e.pattern()).isEqualTo(pattern);
                          }
                        })
                    .doesNotThrowAnyException());
  }

  static Gen<String> anyPatterns() {
    return Gen.strings().withChars("ab/*?[]{},!^-\\:.").ofMaxLength(12);
  }

  // ------------------------------------------------------------------ ** laws

  @Test
  void leadingDoubleStarMatchesTheNameAndTheNameBelowAnyFolder() {
    Property.forAll(paths(), paths(), Gen.enums(GlobDialect.class))
        .check(
            (name, folder, dialect) -> {
              Glob glob = Glob.compile("**/" + name, dialect);
              assertThat(glob.matches(name)).isTrue();
              assertThat(glob.matches(folder + "/" + name)).isTrue();
            });
  }

  @Test
  void trailingDoubleStarMatchesEverythingBelowTheFolderButNotTheFolder() {
    Property.forAll(paths(), paths(), Gen.enums(GlobDialect.class))
        .check(
            (folder, below, dialect) -> {
              Glob glob = Glob.compile(folder + "/**", dialect);
              assertThat(glob.matches(folder + "/" + below)).isTrue();
              assertThat(glob.matches(folder)).isFalse();
            });
  }

  @Test
  void doubleStarAloneMatchesEveryPath() {
    Property.forAll(texts(), Gen.enums(GlobDialect.class))
        .check((text, dialect) -> assertThat(Glob.compile("**", dialect).matches(text)).isTrue());
  }

  @Test
  void middleDoubleStarMatchesZeroOrMoreFolders() {
    Property.forAll(paths(), paths(), paths())
        .check(
            (a, middle, b) -> {
              Glob glob = Glob.compile(a + "/**/" + b, GlobDialect.WORKSPACE_FILE);
              assertThat(glob.matches(a + "/" + b)).isTrue();
              assertThat(glob.matches(a + "/" + middle + "/" + b)).isTrue();
            });
  }

  @Test
  void workspaceStarNeverCrossesASlash() {
    Property.forAll(paths())
        .check(
            path -> {
              Glob star = Glob.compile("/*", GlobDialect.WORKSPACE_FILE);
              assertThat(star.matches(path)).isEqualTo(!path.contains("/"));
            });
  }

  @Test
  void toolNameStarCrossesSlash() {
    Property.forAll(texts(), texts())
        .check(
            (prefix, rest) -> {
              String literalPrefix = prefix.replace("*", "");
              Glob glob = Glob.compile(literalPrefix + "*", GlobDialect.TOOL_NAME);
              assertThat(glob.matches(literalPrefix + rest)).isTrue();
              assertThat(Glob.compile("*", GlobDialect.TOOL_NAME).matches(rest)).isTrue();
            });
  }

  @Test
  void slashLessWorkspacePatternMatchesTheSameNameAtAnyDepth() {
    Property.forAll(workspacePatterns(), segmentNames(), paths())
        .check(
            (pattern, name, folder) -> {
              Glob glob = Glob.compile(pattern, GlobDialect.WORKSPACE_FILE);
              if (pattern.contains("/")) {
                return;
              }
              assertThat(glob.matches(folder + "/" + name)).isEqualTo(glob.matches(name));
            });
  }

  static Gen<String> segmentNames() {
    return segments();
  }

  @Test
  void globSetMatchesIffSomeGlobMatchesAndFirstMatchIsTheLowestIndex() {
    Property.forAll(patternLists(), paths())
        .check(
            (patterns, path) -> {
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
            });
  }

  static Gen<List<String>> patternLists() {
    return workspacePatterns().list().ofMaxSize(4);
  }

  @Test
  void noExponentialBlowUpOnStarHeavyPatterns() {
    Property.forAll(starCounts(), Gen.enums(GlobDialect.class))
        .tries(200)
        .check(
            (stars, dialect) -> {
              String pattern = "a*".repeat(stars) + "b*";
              String text = "a".repeat(2_000);
              long start = System.nanoTime();
              boolean matched = Glob.compile(pattern, dialect).matches(text);
              long millis = (System.nanoTime() - start) / 1_000_000;
              assertThat(matched).isFalse();
              // A naive recursive matcher needs C(2000, stars) steps; ours is linear in the
              // pattern.
              assertThat(millis).isLessThan(2_000);
            });
  }

  static Gen<Integer> starCounts() {
    return Gen.ints(1, 12);
  }

  @Test
  void combinedPatternsAndPathsNeverThrow() {
    Property.forAll(combined(), Gen.enums(GlobDialect.class))
        .tries(50)
        .check(
            (patternAndPath, dialect) ->
                assertThatCode(
                        () -> {
                          try {
                            Glob.compile(patternAndPath[0], dialect).matches(patternAndPath[1]);
                          } catch (GlobSyntaxException expected) {
                            // malformed patterns are fine; anything else is a bug
                          }
                        })
                    .doesNotThrowAnyException());
  }

  static Gen<String[]> combined() {
    return Gen.combine(anyPatterns(), Gen.strings().ofMaxLength(12), (p, t) -> new String[] {p, t});
  }
}
