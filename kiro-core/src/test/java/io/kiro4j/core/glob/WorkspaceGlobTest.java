package io.kiro4j.core.glob;

import static io.kiro4j.core.glob.GlobDialect.WORKSPACE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@link GlobDialect#WORKSPACE_FILE} rules, one test per documented rule. */
class WorkspaceGlobTest {

  private static Glob glob(String pattern) {
    return Glob.compile(pattern, WORKSPACE_FILE);
  }

  // ------------------------------------------------------------------ docs L1126–1158

  @Test // docs L1131: fileMatchPattern: "components/**/*.tsx"
  void doubleStarSegmentSpansZeroOrMoreSegments() {
    Glob g = glob("components/**/*.tsx");
    assertThat(g.matches("components/Button.tsx")).isTrue();
    assertThat(g.matches("components/forms/inputs/Input.tsx")).isTrue();
    assertThat(g.matches("src/components/Button.tsx")).isFalse();
    assertThat(g.matches("components/Button.ts")).isFalse();
  }

  @Test // docs L1143: ["**/*.ts", "**/*.tsx", "**/tsconfig.*.json"]
  void leadingDoubleStarAlsoMatchesFilesAtTheRoot() {
    assertThat(glob("**/*.ts").matches("a.ts")).isTrue();
    assertThat(glob("**/*.ts").matches("src/deep/a.ts")).isTrue();
    assertThat(glob("**/tsconfig.*.json").matches("tsconfig.build.json")).isTrue();
    assertThat(glob("**/tsconfig.*.json").matches("packages/web/tsconfig.app.json")).isTrue();
    assertThat(glob("**/tsconfig.*.json").matches("tsconfig.json")).isFalse();
  }

  @Test // docs L1150: "*.tsx" - React components and JSX files
  void slashLessPatternMatchesFileNameAtAnyDepth() {
    assertThat(glob("*.tsx").matches("App.tsx")).isTrue();
    assertThat(glob("*.tsx").matches("src/components/Button.tsx")).isTrue();
    assertThat(glob("*.tsx").matches("src/components/Button.ts")).isFalse();
  }

  @Test // docs L1151: "app/api/**/*" - API routes and backend logic
  void folderDoubleStarStarMatchesEveryFileBelowTheFolder() {
    Glob g = glob("app/api/**/*");
    assertThat(g.matches("app/api/route.ts")).isTrue();
    assertThat(g.matches("app/api/users/[id]/route.ts")).isTrue();
    assertThat(g.matches("app/api")).isFalse();
    assertThat(g.matches("app/web/page.tsx")).isFalse();
  }

  @Test // docs L1152: "**/*.test.*" - Test files and testing utilities
  void testFilePatternMatchesTestFilesOfAnyExtensionAtAnyDepth() {
    Glob g = glob("**/*.test.*");
    assertThat(g.matches("a.test.ts")).isTrue();
    assertThat(g.matches("src/utils/date.test.tsx")).isTrue();
    assertThat(g.matches("src/utils/date.ts")).isFalse();
    assertThat(g.matches("src/test/date.ts")).isFalse();
  }

  @Test // docs L1153: "src/components/**/*" - Component-specific guidelines
  void componentFolderPatternMatchesOnlyBelowThatFolder() {
    Glob g = glob("src/components/**/*");
    assertThat(g.matches("src/components/Button.tsx")).isTrue();
    assertThat(g.matches("src/components/forms/Input.tsx")).isTrue();
    assertThat(g.matches("src/pages/index.tsx")).isFalse();
    assertThat(g.matches("lib/src/components/Button.tsx")).isFalse();
  }

  @Test // docs L1154: "*.md" - Documentation files
  void markdownPatternMatchesDocumentationAtAnyDepth() {
    assertThat(glob("*.md").matches("README.md")).isTrue();
    assertThat(glob("*.md").matches("docs/guide/setup.md")).isTrue();
    assertThat(glob("*.md").matches("docs/guide/setup.mdx")).isFalse();
  }

  @Test // docs L1155: ["**/*.ts", "**/*.tsx"] - All TypeScript files
  void typeScriptPatternListMatchesAllTypeScriptFiles() {
    GlobSet set = GlobSet.compile(List.of("**/*.ts", "**/*.tsx"), WORKSPACE_FILE);
    assertThat(set.matches("index.ts")).isTrue();
    assertThat(set.matches("src/App.tsx")).isTrue();
    assertThat(set.matches("src/App.jsx")).isFalse();
  }

  @Test // docs L1156: ["*.js", "*.jsx", "*.ts", "*.tsx"] - All JavaScript and TypeScript files
  void slashLessPatternListMatchesAllJavaScriptAndTypeScriptFiles() {
    GlobSet set = GlobSet.compile(List.of("*.js", "*.jsx", "*.ts", "*.tsx"), WORKSPACE_FILE);
    assertThat(set.matches("index.js")).isTrue();
    assertThat(set.matches("src/deep/App.jsx")).isTrue();
    assertThat(set.matches("src/deep/App.tsx")).isTrue();
    assertThat(set.matches("src/deep/App.css")).isFalse();
    assertThat(set.firstMatch("src/App.tsx")).hasValue(3);
  }

  @Test // docs L720: Target: src/**/*.{js,ts,jsx,tsx}
  void bracesAlternate() {
    Glob g = glob("src/**/*.{js,ts,jsx,tsx}");
    assertThat(g.matches("src/index.js")).isTrue();
    assertThat(g.matches("src/a/b/App.tsx")).isTrue();
    assertThat(g.matches("src/a/b/App.tsxx")).isFalse();
    assertThat(g.matches("src/a/b/App.css")).isFalse();
  }

  @Test // docs L702: Target: src/locales/en/*.json
  void starStaysWithinOneSegment() {
    Glob g = glob("src/locales/en/*.json");
    assertThat(g.matches("src/locales/en/common.json")).isTrue();
    assertThat(g.matches("src/locales/en/admin/common.json")).isFalse();
  }

  // ------------------------------------------------------------------ dialect rules

  @Test
  void bracesNestAndMayContainSlashes() {
    Glob g = glob("{src/{main,test}/java,docs}/**/*.{java,md}");
    assertThat(g.matches("src/main/java/a/B.java")).isTrue();
    assertThat(g.matches("src/test/java/B.java")).isTrue();
    assertThat(g.matches("docs/x.md")).isTrue();
    assertThat(g.matches("src/other/java/B.java")).isFalse();
  }

  @Test
  void slashLessBraceAlternativeMatchesAtAnyDepthWhileOthersStayAnchored() {
    Glob g = glob("{src/*.ts,*.md}");
    assertThat(g.matches("src/a.ts")).isTrue();
    assertThat(g.matches("lib/src/a.ts")).isFalse();
    assertThat(g.matches("docs/deep/b.md")).isTrue();
  }

  @Test
  void emptyBraceAlternativeMatchesTheEmptyString() {
    Glob g = glob("*.ts{,x}");
    assertThat(g.matches("a.ts")).isTrue();
    assertThat(g.matches("a.tsx")).isTrue();
  }

  @Test
  void leadingDotSlashIsIgnored() {
    assertThat(glob("./src/*.ts").matches("src/a.ts")).isTrue();
    assertThat(glob("././src/*.ts").matches("src/a.ts")).isTrue();
    assertThat(glob("./*.md").matches("README.md")).isTrue();
    assertThat(glob("./*.md").matches("docs/README.md")).isTrue();
  }

  @Test
  void leadingSlashAnchorsToTheRoot() {
    assertThat(glob("/*.md").matches("README.md")).isTrue();
    assertThat(glob("/*.md").matches("docs/README.md")).isFalse();
    assertThat(glob("/src/*.ts").matches("src/a.ts")).isTrue();
  }

  @Test
  void patternWithSlashIsRelativeToTheRoot() {
    assertThat(glob("src/*.ts").matches("src/a.ts")).isTrue();
    assertThat(glob("src/*.ts").matches("packages/x/src/a.ts")).isFalse();
  }

  @Test
  void trailingDoubleStarMatchesEverythingBelowButNotTheFolderItself() {
    Glob g = glob("build/**");
    assertThat(g.matches("build/a")).isTrue();
    assertThat(g.matches("build/a/b/c.js")).isTrue();
    assertThat(g.matches("build")).isFalse();
    assertThat(g.matches("buildx/a")).isFalse();
  }

  @Test
  void doubleStarAloneMatchesEverything() {
    assertThat(glob("**").matches("a")).isTrue();
    assertThat(glob("**").matches("a/b/.c")).isTrue();
  }

  @Test
  void doubleStarInsideASegmentIsAnOrdinaryStar() {
    assertThat(glob("a/x**.ts").matches("a/xyz.ts")).isTrue();
    assertThat(glob("a/x**.ts").matches("a/x/y.ts")).isFalse();
    assertThat(glob("a/***/b").matches("a/b")).isTrue(); // a run of stars filling a segment is **
  }

  @Test
  void questionMarkMatchesOneCharacterButNotSlash() {
    assertThat(glob("a?c").matches("abc")).isTrue();
    assertThat(glob("a?c").matches("ac")).isFalse();
    assertThat(glob("/a?c").matches("a/c")).isFalse();
  }

  @Test
  void questionMarkMatchesOneCodePointIncludingSurrogatePairs() {
    assertThat(glob("/?.md").matches("😀.md")).isTrue();
    assertThat(glob("/??.md").matches("😀.md")).isFalse();
    assertThat(glob("/[😀😁].md").matches("😁.md")).isTrue();
  }

  @Test
  void characterClassesMatchOneCharacter() {
    assertThat(glob("/[abc].ts").matches("b.ts")).isTrue();
    assertThat(glob("/[abc].ts").matches("d.ts")).isFalse();
    assertThat(glob("/[a-z].ts").matches("q.ts")).isTrue();
    assertThat(glob("/[a-z].ts").matches("Q.ts")).isFalse();
    assertThat(glob("/[!a].ts").matches("b.ts")).isTrue();
    assertThat(glob("/[!a].ts").matches("a.ts")).isFalse();
    assertThat(glob("/[^a].ts").matches("a.ts")).isFalse();
    assertThat(glob("/[]].ts").matches("].ts")).isTrue();
    assertThat(glob("/[!]].ts").matches("].ts")).isFalse();
    assertThat(glob("/[a-].ts").matches("-.ts")).isTrue();
    assertThat(glob("/[\\]].ts").matches("].ts")).isTrue();
  }

  @Test
  void characterClassesNeverMatchSlash() {
    assertThat(glob("a[!b]c").matches("a/c")).isFalse();
    assertThat(glob("a[/]c").matches("a/c")).isFalse();
  }

  @Test
  void backslashEscapesMetacharacters() {
    assertThat(glob("/\\*.md").matches("*.md")).isTrue();
    assertThat(glob("/\\*.md").matches("a.md")).isFalse();
    assertThat(glob("/\\{a,b\\}").matches("{a,b}")).isTrue();
    assertThat(glob("/a\\?").matches("a?")).isTrue();
    assertThat(glob("/a\\?").matches("ab")).isFalse();
  }

  @Test
  void commaOutsideBracesIsLiteral() {
    // Real steering files write "*.ts,*.tsx"; a glob reads it as one name containing a comma.
    assertThat(glob("*.ts,*.tsx").matches("a.ts")).isFalse();
    assertThat(glob("*.ts,*.tsx").matches("a.ts,b.tsx")).isTrue();
  }

  @Test
  void dotFilesAreNotSpecial() {
    assertThat(glob("*").matches(".env")).isTrue();
    assertThat(glob("**/*.json").matches(".vscode/settings.json")).isTrue();
  }

  @Test
  void caseSensitiveByDefault() {
    assertThat(glob("*.MD").matches("readme.md")).isFalse();
  }

  @Test
  void caseInsensitiveOptionFoldsLettersInLiteralsAndClasses() {
    GlobOptions ci = GlobOptions.defaults().withCaseInsensitive(true);
    assertThat(Glob.compile("*.MD", WORKSPACE_FILE, ci).matches("docs/readme.md")).isTrue();
    assertThat(Glob.compile("/[a-c]x", WORKSPACE_FILE, ci).matches("BX")).isTrue();
    assertThat(Glob.compile("/[!a-c]x", WORKSPACE_FILE, ci).matches("BX")).isFalse();
    assertThat(Glob.compile("/É*", WORKSPACE_FILE, ci).matches("été")).isTrue();
  }

  @Test
  void regionMatchTreatsTheRegionAsTheWholeInput() {
    Glob g = glob("/src/*.ts");
    String text = "packages/web/src/a.ts";
    assertThat(g.matches(text, "packages/web/".length(), text.length())).isTrue();
    assertThat(g.matches(text, 0, text.length())).isFalse();
  }

  @Test
  void matchesAnyCharSequence() {
    assertThat(glob("*.md").matches(new StringBuilder("docs/a.md"))).isTrue();
  }

  @Test
  void regexLookalikePipeIsReportedWithItsOffset() {
    assertThat(glob("*.tsx|*.jsx").regexLookalikeIndex()).hasValue(5);
    assertThat(glob("**/*.(ts|tsx)").regexLookalikeIndex()).hasValue(8);
    assertThat(glob("*.{ts,tsx}").regexLookalikeIndex()).isEmpty();
    assertThat(glob("a\\|b").regexLookalikeIndex()).isEmpty();
    assertThat(glob("a[|]b").regexLookalikeIndex()).isEmpty();
    assertThat(glob("app/(auth)/**").regexLookalikeIndex()).isEmpty();
  }

  @Test
  void globsWithTheSamePatternDialectAndOptionsAreEqual() {
    assertThat(glob("*.md")).isEqualTo(glob("*.md")).hasSameHashCodeAs(glob("*.md"));
    assertThat(glob("*.md")).isNotEqualTo(Glob.compile("*.md", GlobDialect.GITIGNORE));
    assertThat(glob("*.md")).hasToString("WORKSPACE_FILE:*.md");
    assertThat(glob("./*.md").pattern()).isEqualTo("./*.md");
  }

  // ------------------------------------------------------------------ performance shape

  @Test
  @Timeout(5)
  void starHeavyPatternsDoNotBacktrackExponentially() {
    String text = "a".repeat(5_000);
    assertThat(glob("/a*a*a*a*a*a*a*a*a*a*a*b*").matches(text)).isFalse();
    assertThat(glob("/a*a*a*a*a*a*a*a*a*a*a*b").matches(text)).isFalse();
    assertThat(glob("/a*a*a*a*a*a*a*a*a*a*a*").matches(text)).isTrue();
  }

  @Test
  @Timeout(5)
  void repeatedDoubleStarsDoNotBacktrackExponentially() {
    String deep = "a/".repeat(2_000) + "y";
    assertThat(glob("**/**/**/**/**/**/**/x/**").matches(deep)).isFalse();
    assertThat(glob("**/a/**/a/**/a/**/a/**/x").matches(deep)).isFalse();
    assertThat(glob("**/a/**/a/**/a/**/a/**/y").matches(deep)).isTrue();
    assertThat(glob("a/**/*a*a*a*a*a*/**/x").matches(deep)).isFalse();
  }

  @Test
  void matchingAllocatesNothing() {
    java.lang.management.ThreadMXBean bean =
        java.lang.management.ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
    com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
    GlobSet set =
        GlobSet.compile(
            List.of("**/*.java", "src/**/*.{ts,tsx}", "docs/*.md", "*.test.*"), WORKSPACE_FILE);
    String[] paths = {
      "src/main/java/io/kiro4j/Glob.java", "src/app/components/Button.tsx", "docs/guide.md", "x.y"
    };
    int count = 0;
    for (int i = 0; i < 20_000; i++) { // warm up
      count += set.firstMatch(paths[i & 3]).isPresent() ? 1 : 0;
    }
    long before = hotspot.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 20_000; i++) {
      count += set.matches(paths[i & 3]) ? 1 : 0;
      count += set.firstMatch(paths[i & 3]).orElse(0);
    }
    long allocated = hotspot.getCurrentThreadAllocatedBytes() - before;
    assertThat(count).isPositive();
    assertThat(allocated).as("bytes allocated by 40,000 matches").isLessThan(4_096);
  }
}
