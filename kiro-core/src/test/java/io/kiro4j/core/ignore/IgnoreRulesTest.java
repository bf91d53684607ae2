package io.kiro4j.core.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.glob.GlobOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Combining ignore files (docs L20273–20408). */
class IgnoreRulesTest {

  private static IgnoreRules root(String text) {
    return IgnoreRules.builder().add("", IgnoreFile.parse(text, Path.of(".kiroignore"))).build();
  }

  // ------------------------------------------------------------------ docs table L20341–20347

  @Test // file.txt - Ignore specific file
  void plainNameIgnoresThatFileAtAnyDepth() {
    IgnoreRules rules = root("file.txt");
    assertThat(rules.isIgnored("file.txt", false)).isTrue();
    assertThat(rules.isIgnored("a/b/file.txt", false)).isTrue();
    assertThat(rules.isIgnored("file.txt.bak", false)).isFalse();
  }

  @Test // *.log - Ignore by extension
  void starExtensionIgnoresByExtension() {
    IgnoreRules rules = root("*.log");
    assertThat(rules.isIgnored("debug.log", false)).isTrue();
    assertThat(rules.isIgnored("logs/app/debug.log", false)).isTrue();
    assertThat(rules.isIgnored("debug.log.txt", false)).isFalse();
  }

  @Test // folder/ - Ignore directory
  void folderSlashIgnoresTheDirectoryAndEverythingBelowIt() {
    IgnoreRules rules = root("folder/");
    assertThat(rules.isIgnored("folder", true)).isTrue();
    assertThat(rules.isIgnored("folder/a.txt", false)).isTrue();
    assertThat(rules.isIgnored("src/folder/deep/a.txt", false)).isTrue();
    assertThat(rules.isIgnored("folder", false)).isFalse(); // a file named folder
  }

  @Test // **/temp - Ignore in any subdirectory
  void doubleStarSlashNameIgnoresInAnySubdirectory() {
    IgnoreRules rules = root("**/temp");
    assertThat(rules.isIgnored("temp", true)).isTrue();
    assertThat(rules.isIgnored("a/b/temp", true)).isTrue();
    assertThat(rules.isIgnored("a/b/temp/x.txt", false)).isTrue();
    assertThat(rules.isIgnored("a/temporary", false)).isFalse();
  }

  @Test // !keep.txt - Don't ignore (negation)
  void negationReIncludesAFile() {
    IgnoreRules rules = root("*.txt\n!keep.txt");
    assertThat(rules.isIgnored("notes.txt", false)).isTrue();
    assertThat(rules.isIgnored("keep.txt", false)).isFalse();
    assertThat(rules.isIgnored("docs/keep.txt", false)).isFalse();
  }

  @Test // L20349
  void fileCannotBeReIncludedWhenAParentDirectoryIsExcluded() {
    IgnoreRules rules = root("secrets/\n!secrets/public.txt");
    assertThat(rules.isIgnored("secrets/public.txt", false)).isTrue();
    assertThat(rules.isIgnored("secrets/private.key", false)).isTrue();
  }

  @Test // L20349: "use more specific patterns instead of excluding the entire directory"
  void excludingTheDirectoryContentsLetsANegationReIncludeAFile() {
    IgnoreRules rules = root("secrets/*\n!secrets/public.txt");
    assertThat(rules.isIgnored("secrets/public.txt", false)).isFalse();
    assertThat(rules.isIgnored("secrets/private.key", false)).isTrue();
    assertThat(rules.isIgnored("secrets", true)).isFalse();
  }

  @Test
  void lastMatchingLineWins() {
    IgnoreRules rules = root("!a.txt\n*.txt");
    assertThat(rules.isIgnored("a.txt", false)).isTrue();
  }

  // ------------------------------------------------------------------ docs examples F24–F28

  @Test // F24, L20296–20306
  void setupExampleIgnoresEnvFilesButKeepsTheExample() {
    IgnoreRules rules =
        root(
            "# Secrets and credentials\n.env\n.env.*\n!.env.example\n*.pem\n*.key\n\n"
                + "# Private directories\nsecrets/\nprivate/\n");
    assertThat(rules.isIgnored(".env", false)).isTrue();
    assertThat(rules.isIgnored(".env.local", false)).isTrue();
    assertThat(rules.isIgnored("web/.env.production", false)).isTrue();
    assertThat(rules.isIgnored(".env.example", false)).isFalse();
    assertThat(rules.isIgnored("certs/server.pem", false)).isTrue();
    assertThat(rules.isIgnored("deploy/id.key", false)).isTrue();
    assertThat(rules.isIgnored("secrets/token.txt", false)).isTrue();
    assertThat(rules.isIgnored("private/notes.md", false)).isTrue();
    assertThat(rules.isIgnored("src/main.ts", false)).isFalse();
  }

  @Test // F26, L20356–20369
  void apiKeyExampleKeepsTheTemplateAccessible() {
    IgnoreRules rules =
        root(
            ".env\n.env.local\n.env.production\n\n# Keep the template accessible\n!.env.example\n"
                + "\n*.pem\n*.key\n*.p12\ncredentials/\n");
    assertThat(rules.isIgnored(".env.local", false)).isTrue();
    assertThat(rules.isIgnored(".env.example", false)).isFalse();
    assertThat(rules.isIgnored("store.p12", false)).isTrue();
    assertThat(rules.isIgnored("credentials/aws.json", false)).isTrue();
  }

  @Test // F27, L20375–20384
  void buildArtifactExampleIgnoresOutputsAndDataFiles() {
    IgnoreRules rules = root("dist/\nbuild/\n.next/\n\n*.sql\n*.dump\ndata/exports/\n");
    assertThat(rules.isIgnored("dist/index.js", false)).isTrue();
    assertThat(rules.isIgnored("packages/web/.next/cache/x", false)).isTrue();
    assertThat(rules.isIgnored("db/seed.sql", false)).isTrue();
    assertThat(rules.isIgnored("data/exports/2024.csv", false)).isTrue();
    assertThat(rules.isIgnored("data/imports/2024.csv", false)).isFalse();
    assertThat(rules.isIgnored("other/data/exports/2024.csv", false)).isFalse(); // anchored
  }

  @Test // F28, L20390–20397
  void complianceExampleIgnoresCustomerDataAndAuditReports() {
    IgnoreRules rules = root("customer-data/\npii/\n\ncompliance/internal/\naudit-reports/\n");
    assertThat(rules.isIgnored("customer-data/acme.csv", false)).isTrue();
    assertThat(rules.isIgnored("services/pii/users.json", false)).isTrue();
    assertThat(rules.isIgnored("compliance/internal/policy.md", false)).isTrue();
    assertThat(rules.isIgnored("compliance/public/policy.md", false)).isFalse();
  }

  // ------------------------------------------------------------------ anchoring and nesting

  @Test
  void slashAtStartOrMiddleAnchorsToTheIgnoreFilesFolder() {
    IgnoreRules rules = root("/build\ndoc/frotz\n");
    assertThat(rules.isIgnored("build", true)).isTrue();
    assertThat(rules.isIgnored("src/build", true)).isFalse();
    assertThat(rules.isIgnored("doc/frotz", false)).isTrue();
    assertThat(rules.isIgnored("a/doc/frotz", false)).isFalse();
  }

  @Test // L20326
  void nestedIgnoreFileTakesPrecedenceForFilesInItsFolder() {
    IgnoreRules rules =
        IgnoreRules.builder()
            .add("", IgnoreFile.parse("*.log\n", Path.of(".kiroignore")))
            .add("web", IgnoreFile.parse("!keep.log\n", Path.of("web/.kiroignore")))
            .build();
    assertThat(rules.isIgnored("web/keep.log", false)).isFalse();
    assertThat(rules.isIgnored("web/other.log", false)).isTrue();
    assertThat(rules.isIgnored("keep.log", false)).isTrue(); // outside web/
  }

  @Test
  void nestedIgnoreFilePatternsAreRelativeToItsFolder() {
    IgnoreRules rules =
        IgnoreRules.builder()
            .add("packages/web", IgnoreFile.parse("/dist\nsrc/gen/\n", Path.of("x")))
            .build();
    assertThat(rules.isIgnored("packages/web/dist/a.js", false)).isTrue();
    assertThat(rules.isIgnored("dist/a.js", false)).isFalse();
    assertThat(rules.isIgnored("packages/web/src/gen/a.ts", false)).isTrue();
    assertThat(rules.isIgnored("packages/web/lib/src/gen/a.ts", false)).isFalse();
    assertThat(rules.isIgnored("packages/website/dist/a.js", false)).isFalse();
  }

  @Test
  void nestedIgnoreFileCanIgnoreWhatTheRootReIncludes() {
    IgnoreRules rules =
        IgnoreRules.builder()
            .add("web", IgnoreFile.parse("config.json\n", Path.of("web/.kiroignore")))
            .add("", IgnoreFile.parse("*.json\n!config.json\n", Path.of(".kiroignore")))
            .build();
    assertThat(rules.isIgnored("web/config.json", false)).isTrue();
    assertThat(rules.isIgnored("api/config.json", false)).isFalse();
  }

  @Test // L20321: [".gitignore", ".kiroignore"]
  void filesOfTheSameFolderActAsOneFileInTheOrderAdded() {
    IgnoreRules rules =
        IgnoreRules.builder()
            .add("", IgnoreFile.parse("*.txt\n", Path.of(".gitignore")))
            .add("", IgnoreFile.parse("!keep.txt\n", Path.of(".kiroignore")))
            .build();
    assertThat(rules.isIgnored("keep.txt", false)).isFalse();
    assertThat(rules.isIgnored("other.txt", false)).isTrue();
  }

  @Test // L20330–20332: ~/.kiro/settings/kiroignore applies everywhere, below workspace files
  void globalFileAppliesEverywhereButWorkspaceFilesOverrideIt() {
    IgnoreRules rules =
        IgnoreRules.builder()
            .addGlobal(IgnoreFile.parse("*.tmp\n*.bak\n", Path.of("kiroignore")))
            .add("", IgnoreFile.parse("!important.bak\n", Path.of(".kiroignore")))
            .build();
    assertThat(rules.isIgnored("a/b/c.tmp", false)).isTrue();
    assertThat(rules.isIgnored("x.bak", false)).isTrue();
    assertThat(rules.isIgnored("important.bak", false)).isFalse();
  }

  @Test
  void explainNamesTheExcludingRuleAndTheExcludedParent() {
    IgnoreRules rules = root("secrets/\n!secrets/public.txt\n*.pem");
    IgnoreMatch match = rules.explain("secrets/public.txt", false).orElseThrow();
    assertThat(match.matchedPath()).isEqualTo("secrets");
    assertThat(match.rule().line()).isEqualTo(1);
    assertThat(match).hasToString("secrets excluded by .kiroignore:1: secrets/");
    IgnoreMatch pem = rules.explain("certs/a.pem", false).orElseThrow();
    assertThat(pem.matchedPath()).isEqualTo("certs/a.pem");
    assertThat(pem.rule().text()).isEqualTo("*.pem");
    assertThat(rules.explain("src/a.ts", false)).isEmpty();
  }

  @Test
  void trailingSlashInTheQueryMeansDirectory() {
    IgnoreRules rules = root("build/");
    assertThat(rules.isIgnored("build/", false)).isTrue();
    assertThat(rules.explain("build/", false).orElseThrow().matchedPath()).isEqualTo("build");
  }

  @Test
  void theRootItselfIsNeverIgnored() {
    assertThat(root("*").isIgnored("", true)).isFalse();
    assertThat(IgnoreRules.none().isIgnored("anything", false)).isFalse();
  }

  @Test
  void absoluteQueryPathIsRejected() {
    assertThatThrownBy(() -> root("*").isIgnored("/etc/passwd", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relative");
  }

  @Test
  void folderMustBeANormalizedRelativePath() {
    IgnoreFile file = IgnoreFile.parse("x", Path.of("x"));
    assertThatThrownBy(() -> IgnoreRules.builder().add("/abs", file))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IgnoreRules.builder().add("a/../b", file))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(IgnoreRules.builder().add(".", file).build().isIgnored("x", false)).isTrue();
    assertThat(IgnoreRules.builder().add("web/", file).build().isIgnored("web/x", false)).isTrue();
  }

  @Test
  void caseInsensitiveOptionForCaseInsensitiveFileSystems() {
    IgnoreFile file =
        IgnoreFile.parse(
            "Secrets/\n", Path.of(".kiroignore"), GlobOptions.defaults().withCaseInsensitive(true));
    IgnoreRules rules = IgnoreRules.builder().add("", file).build();
    assertThat(rules.isIgnored("secrets/a", false)).isTrue();
  }

  @Test
  void anUnreadableNestedIgnoreFileExcludesEverythingBelowItsFolderWhateverOtherFilesSay() {
    IgnoreFile broken =
        new IgnoreFile(
            Path.of("web/.kiroignore"),
            java.util.List.of(IgnoreRule.unreadableFile(Path.of("web/.kiroignore"))),
            java.util.List.of());
    IgnoreRules rules =
        IgnoreRules.builder()
            .add("", IgnoreFile.parse("!web/public.txt\n", Path.of(".kiroignore")))
            .add("web", broken)
            .add("web/deep", IgnoreFile.parse("!*\n", Path.of("web/deep/.kiroignore")))
            .build();
    assertThat(rules.isIgnored("web/public.txt", false)).isTrue();
    assertThat(rules.isIgnored("web/deep/a/b.txt", false)).isTrue();
    assertThat(rules.isIgnored("web", true)).isFalse(); // the folder holding the file stays
    assertThat(rules.isIgnored("src/Main.java", false)).isFalse();
    assertThat(rules.explain("web/deep/a/b.txt", false))
        .hasValueSatisfying(
            m -> {
              assertThat(m.matchedPath()).isEqualTo("web/deep");
              assertThat(m.rule().unreadable()).isTrue();
              assertThat(m.rule().source()).isEqualTo(Path.of("web/.kiroignore"));
            });
  }

  @Test
  void anUnreadableGlobalIgnoreFileExcludesEverything() {
    Path global = Path.of("home/.kiro/settings/kiroignore");
    IgnoreRules rules =
        IgnoreRules.builder()
            .add("", IgnoreFile.parse("!*\n", Path.of(".kiroignore")))
            .addGlobal(
                new IgnoreFile(
                    global,
                    java.util.List.of(IgnoreRule.unreadableFile(global)),
                    java.util.List.of()))
            .build();
    assertThat(rules.isIgnored("README.md", false)).isTrue();
    assertThat(rules.isIgnored("src/a/b.java", false)).isTrue();
    assertThat(rules.isIgnored("", true)).isFalse(); // the root itself is never ignored
    assertThat(rules.explain("src/a/b.java", false))
        .hasValueSatisfying(m -> assertThat(m.matchedPath()).isEqualTo("src"));
  }

  @Test
  void isEmptyOnlyWithoutRulesOrUnreadableIgnoreFiles() {
    assertThat(IgnoreRules.none().isEmpty()).isTrue();
    assertThat(IgnoreRules.builder().build().isEmpty()).isTrue();
    assertThat(root("dist/\n").isEmpty()).isFalse();
    IgnoreFile broken =
        new IgnoreFile(
            Path.of(".kiroignore"),
            java.util.List.of(IgnoreRule.unreadableFile(Path.of(".kiroignore"))),
            java.util.List.of());
    IgnoreRules unreadable = IgnoreRules.builder().add("", broken).build();
    assertThat(unreadable.isEmpty()).isFalse();
    assertThat(unreadable.isIgnored("a.txt", false)).isTrue();
  }
}
