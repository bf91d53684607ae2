package io.kiro4j.core.steering;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteeringSetTest {

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    home = Files.createDirectories(tmp.resolve("home"));
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void steering(String rel, String text) throws IOException {
    write(root.resolve(".kiro/steering").resolve(rel), text);
  }

  private void global(String rel, String text) throws IOException {
    write(home.resolve(".kiro/steering").resolve(rel), text);
  }

  private Workspace open(Path... roots) {
    return Kiro.open(
        WorkspaceOptions.builder()
            .roots(List.of(roots.length == 0 ? new Path[] {root} : roots))
            .userHome(home)
            .environment(Environment.empty())
            .build());
  }

  private SteeringSet load() {
    return SteeringSet.load(open());
  }

  private static List<String> names(SteeringSelection sel) {
    return sel.applied().stream().map(a -> a.file().name()).toList();
  }

  private static List<String> reasons(SteeringSelection sel) {
    return sel.applied().stream().map(a -> a.reason().label()).toList();
  }

  private static List<String> codes(SteeringSet set) {
    return set.diagnostics().stream().map(Diagnostic::code).toList();
  }

  private static SteeringRequest files(String... files) {
    SteeringRequest.Builder b = SteeringRequest.builder();
    for (String f : files) {
      b.file(Path.of(f));
    }
    return b.build();
  }

  private static SteeringRequest refs(String... refs) {
    SteeringRequest.Builder b = SteeringRequest.builder();
    for (String r : refs) {
      b.reference(r);
    }
    return b.build();
  }

  @Test
  void noFrontMatterMeansAlwaysIncluded() throws IOException {
    steering("product.md", "# Product\n");
    SteeringSelection sel = load().select(SteeringRequest.empty());
    assertThat(names(sel)).containsExactly("product");
    assertThat(reasons(sel)).containsExactly("always");
  }

  @Test
  void inclusionAlwaysIsIncludedInEveryRequest() throws IOException {
    steering("tech.md", "---\ninclusion: always\n---\n# Tech\n");
    assertThat(names(load().select(files("x.java")))).containsExactly("tech");
  }

  @Test
  void fileMatchIsIncludedOnlyWhenARequestFileMatches() throws IOException {
    steering(
        "components.md",
        "---\ninclusion: fileMatch\nfileMatchPattern: \"components/**/*.tsx\"\n---\nx\n");
    SteeringSet set = load();
    assertThat(names(set.select(SteeringRequest.empty()))).isEmpty();
    assertThat(names(set.select(files("src/App.tsx")))).isEmpty();
    SteeringSelection sel = set.select(files("components/Button.tsx"));
    assertThat(reasons(sel)).containsExactly("fileMatch:components/**/*.tsx");
  }

  @Test
  void fileMatchPatternListMatchesWhenAnyPatternMatches() throws IOException {
    steering(
        "ts.md",
        "---\ninclusion: fileMatch\nfileMatchPattern: [\"**/*.ts\", \"**/*.tsx\", \"**/tsconfig.*.json\"]\n---\nx\n");
    SteeringSet set = load();
    assertThat(reasons(set.select(files("a/b/c.tsx")))).containsExactly("fileMatch:**/*.tsx");
    assertThat(reasons(set.select(files("tsconfig.build.json"))))
        .containsExactly("fileMatch:**/tsconfig.*.json");
    assertThat(names(set.select(files("main.js")))).isEmpty();
  }

  @Test
  void slashLessPatternMatchesTheFileNameAtAnyDepth() throws IOException {
    steering("react.md", "---\ninclusion: fileMatch\nfileMatchPattern: \"*.tsx\"\n---\nx\n");
    SteeringSet set = load();
    assertThat(names(set.select(files("Button.tsx")))).containsExactly("react");
    assertThat(names(set.select(files("src/components/deep/Button.tsx")))).containsExactly("react");
  }

  @Test
  void workspaceFileMatchAppliesOnlyToFilesOfItsOwnRoot() throws IOException {
    Path second = Files.createDirectories(tmp.resolve("lib"));
    write(
        second.resolve(".kiro/steering/lib.md"),
        "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts\"\n---\nx\n");
    Files.writeString(second.resolve("a.ts"), "");
    SteeringSet set = SteeringSet.load(open(root, second));
    assertThat(names(set.select(files(root.resolve("a.ts").toString())))).isEmpty();
    SteeringSelection sel = set.select(files(second.resolve("a.ts").toString()));
    assertThat(names(sel)).containsExactly("lib");
    assertThat(sel.applied().get(0).file().root()).hasValue(1);
  }

  @Test
  void globalFileMatchMatchesFilesOfAnyRootRelativeToThatRoot() throws IOException {
    global(
        "a11y.md", "---\ninclusion: fileMatch\nfileMatchPattern: \"components/*.tsx\"\n---\nx\n");
    SteeringSelection sel = load().select(files("components/Button.tsx"));
    assertThat(names(sel)).containsExactly("a11y");
    assertThat(sel.applied().get(0).file().scope()).isEqualTo(Scope.GLOBAL);
  }

  @Test
  void fileOutsideEveryRootMatchesNoFileMatchRule() throws IOException {
    steering("all.md", "---\ninclusion: fileMatch\nfileMatchPattern: \"**/*\"\n---\nx\n");
    assertThat(names(load().select(files(tmp.resolve("elsewhere/x.txt").toString())))).isEmpty();
  }

  @Test
  void manualIsIncludedOnlyWhenReferencedAsHashName() throws IOException {
    steering("troubleshooting-guide.md", "---\ninclusion: manual\n---\nsteps\n");
    SteeringSet set = load();
    assertThat(names(set.select(SteeringRequest.empty()))).isEmpty();
    assertThat(reasons(set.select(refs("#troubleshooting-guide"))))
        .containsExactly("ref:#troubleshooting-guide");
    assertThat(reasons(set.select(refs("troubleshooting-guide"))))
        .containsExactly("ref:#troubleshooting-guide");
  }

  @Test
  void nestedManualFileIsReferencedByItsPathOrFileName() throws IOException {
    steering("guides/perf.md", "---\ninclusion: manual\n---\nfast\n");
    SteeringSet set = load();
    assertThat(names(set.select(refs("#guides/perf")))).containsExactly("guides/perf");
    assertThat(names(set.select(refs("#perf")))).containsExactly("guides/perf");
  }

  @Test
  void autoIsOfferedByNameAndDescriptionAndIncludedWhenReferenced() throws IOException {
    steering(
        "api.md",
        "---\ninclusion: auto\nname: api-design\ndescription: REST API design patterns.\n---\nx\n");
    SteeringSet set = load();
    SteeringSelection none = set.select(SteeringRequest.empty());
    assertThat(none.applied()).isEmpty();
    assertThat(none.autoCandidates())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("api-design");
              assertThat(c.description()).isEqualTo("REST API design patterns.");
            });
    SteeringSelection byName = set.select(refs("#api-design"));
    assertThat(reasons(byName)).containsExactly("ref:#api-design");
    assertThat(byName.autoCandidates()).isEmpty();
    assertThat(names(set.select(refs("#api")))).containsExactly("api");
  }

  @Test
  void autoWithoutNameUsesTheFileNameAndWarns() throws IOException {
    steering("git-workflow.md", "---\ninclusion: auto\ndescription: Git conventions.\n---\nx\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).autoName()).hasValue("git-workflow");
    assertThat(set.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("STEER-008");
              assertThat(d.line()).isEqualTo(2);
            });
    assertThat(set.select(SteeringRequest.empty()).autoCandidates()).hasSize(1);
  }

  @Test
  void autoWithoutDescriptionIsAnErrorAndNotACandidate() throws IOException {
    steering("x.md", "---\ninclusion: auto\nname: x\n---\nbody\n");
    SteeringSet set = load();
    assertThat(set.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("STEER-009");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(set.select(SteeringRequest.empty()).autoCandidates()).isEmpty();
    assertThat(names(set.select(refs("#x")))).containsExactly("x");
  }

  @Test
  void agentsMdAtTheRootAndInGlobalSteeringIsAlwaysIncludedFirst() throws IOException {
    write(root.resolve("AGENTS.md"), "# root agents\n");
    global("AGENTS.md", "# global agents\n");
    global("style.md", "# style\n");
    steering("a.md", "# a\n");
    SteeringSelection sel = load().select(SteeringRequest.empty());
    assertThat(sel.applied())
        .extracting(a -> a.file().scope() + ":" + a.file().name() + ":" + a.reason().label())
        .containsExactly(
            "GLOBAL:AGENTS:agents-md",
            "GLOBAL:style:always",
            "WORKSPACE:AGENTS:agents-md",
            "WORKSPACE:a:always");
  }

  @Test
  void agentsMdIgnoresInclusionModesWithAWarning() throws IOException {
    write(root.resolve("AGENTS.md"), "---\ninclusion: manual\n---\n# agents\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).mode()).isEqualTo(InclusionMode.AGENTS);
    assertThat(codes(set)).contains("STEER-015");
    assertThat(names(set.select(SteeringRequest.empty()))).containsExactly("AGENTS");
  }

  @Test
  void workspaceFileShadowsAGlobalFileWithTheSameRelativePath() throws IOException {
    global("tech.md", "# global tech\n");
    global("style.md", "# style\n");
    steering("tech.md", "# workspace tech\n");
    SteeringSet set = load();
    assertThat(set.shadowed()).extracting(SteeringFile::name).containsExactly("tech");
    assertThat(set.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-014"))
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    assertThat(load().select(SteeringRequest.empty()).applied())
        .extracting(a -> a.file().scope() + ":" + a.file().name())
        .containsExactly("GLOBAL:style", "WORKSPACE:tech");
  }

  @Test
  void frontMatterMustBeTheFirstContentOfTheFile() throws IOException {
    steering("late.md", "\n---\ninclusion: manual\n---\nbody\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).mode()).isEqualTo(InclusionMode.ALWAYS);
    assertThat(set.diagnostics()).anySatisfy(d -> assertThat(d.code()).startsWith("FM-"));
  }

  @Test
  void unknownInclusionIsAnErrorAndTreatedAsAlways() throws IOException {
    steering("x.md", "---\ninclusion: sometimes\n---\nbody\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).mode()).isEqualTo(InclusionMode.ALWAYS);
    assertThat(set.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-001"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(2);
              assertThat(d.column()).isEqualTo(12);
            });
  }

  @Test
  void inclusionWrittenInAnotherCaseIsReadWithAWarning() throws IOException {
    steering("x.md", "---\ninclusion: FileMatch\nfileMatchPattern: '*.md'\n---\nbody\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).mode()).isEqualTo(InclusionMode.FILE_MATCH);
    assertThat(codes(set)).contains("STEER-002");
  }

  @Test
  void fileMatchWithoutPatternIsAnErrorAndNeverIncluded() throws IOException {
    steering("x.md", "---\ninclusion: fileMatch\n---\nbody\n");
    SteeringSet set = load();
    assertThat(codes(set)).contains("STEER-003");
    assertThat(names(set.select(files("a.md")))).isEmpty();
  }

  @Test
  void fileMatchPatternOnAnotherModeIsIgnoredWithAWarning() throws IOException {
    steering("x.md", "---\ninclusion: manual\nfileMatchPattern: '*.md'\n---\nbody\n");
    SteeringSet set = load();
    assertThat(codes(set)).contains("STEER-005");
    assertThat(names(set.select(files("a.md")))).isEmpty();
  }

  @Test
  void commaJoinedPatternStringIsReadAsAListWithAWarning() throws IOException {
    steering("x.md", "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nb\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).patternStrings()).containsExactly("*.ts", "*.tsx");
    assertThat(codes(set)).contains("STEER-006");
    assertThat(names(set.select(files("a/b.tsx")))).containsExactly("x");
  }

  @Test
  void pipeAndParenthesisAlternationAreReadAsGlobsWithAWarning() throws IOException {
    steering("p.md", "---\ninclusion: fileMatch\nfileMatchPattern: '*.tsx|*.jsx'\n---\nb\n");
    steering(
        "q.md", "---\ninclusion: fileMatch\nfileMatchPattern: '**/*.(ts|tsx|js|jsx)'\n---\nb\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).patternStrings()).containsExactly("*.tsx", "*.jsx");
    assertThat(set.files().get(1).patternStrings()).containsExactly("**/*.{ts,tsx,js,jsx}");
    assertThat(codes(set)).filteredOn("STEER-007"::equals).hasSize(2);
    assertThat(names(set.select(files("src/a.jsx")))).containsExactly("p", "q");
  }

  @Test
  void braceGlobsKeepTheirCommas() throws IOException {
    steering(
        "b.md",
        "---\ninclusion: fileMatch\nfileMatchPattern: \"**/*{api,main,handler}*.{py,ts,js}\"\n---\nb\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).patternStrings())
        .containsExactly("**/*{api,main,handler}*.{py,ts,js}");
    assertThat(codes(set)).doesNotContain("STEER-006");
    assertThat(names(set.select(files("svc/user_api_v2.py")))).containsExactly("b");
  }

  @Test
  void cursorAlwaysApplyIsNotReadByKiroAndWarned() throws IOException {
    steering("c.md", "---\nalwaysApply: false\ndescription: cursor rule\n---\nb\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).mode()).isEqualTo(InclusionMode.ALWAYS);
    assertThat(codes(set)).contains("STEER-011");
  }

  @Test
  void unknownKeysAreCarriedAndReportedAsInfo() throws IOException {
    steering("u.md", "---\ntitle: Hello\nargument-hint: \"[x]\"\n---\nb\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).frontMatter())
        .containsEntry("title", "Hello")
        .containsEntry("argument-hint", "[x]");
    assertThat(set.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-012"))
        .hasSize(2)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void emptySteeringFileIsWarned() throws IOException {
    steering("e.md", "");
    assertThat(codes(load())).contains("STEER-013");
  }

  @Test
  void fileReferencesAreResolvedAgainstTheWorkspaceRootAndInlined() throws IOException {
    write(root.resolve("api/openapi.yaml"), "openapi: 3.1.0\n");
    steering("api.md", "---\ninclusion: always\n---\nContract: #[[file:api/openapi.yaml]]\n");
    SteeringSet set = load();
    SteeringFile f = set.files().get(0);
    assertThat(f.references()).containsExactly(new FileReference("api/openapi.yaml", 4, 11));
    assertThat(set.expand(f).text()).isEqualTo("Contract: openapi: 3.1.0\n\n");
    assertThat(set.diagnostics()).isEmpty();
  }

  @Test
  void missingReferencedFileIsReportedAtTheReference() throws IOException {
    steering("a.md", "# A\n\nsee #[[file:nope.txt]]\n");
    assertThat(load().diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("STEER-016");
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.column()).isEqualTo(5);
            });
  }

  @Test
  void referencesLeavingTheWorkspaceRootAreRefused() throws IOException {
    write(tmp.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("door"), tmp);
    steering("a.md", "#[[file:../secret.txt]]\n#[[file:door/secret.txt]]\n#[[file:/etc/passwd]]\n");
    SteeringSet set = load();
    assertThat(set.diagnostics()).extracting(Diagnostic::code).containsOnly("STEER-017");
    assertThat(set.diagnostics()).hasSize(3);
    assertThat(set.expand(set.files().get(0)).text())
        .doesNotContain("secret\n")
        .contains("#[[file:");
  }

  @Test
  void referenceCyclesAreCutAndReported() throws IOException {
    write(root.resolve("docs/a.md"), "A then #[[file:docs/b.md]]");
    write(root.resolve("docs/b.md"), "B then #[[file:docs/a.md]]");
    steering("s.md", "#[[file:docs/a.md]]\n");
    SteeringSet set = load();
    assertThat(codes(set)).containsExactly("STEER-018");
    assertThat(set.expand(set.files().get(0)).text())
        .isEqualTo("A then B then #[[file:docs/a.md]]\n");
  }

  @Test
  void referencesInsideFencedCodeBlocksAreExamplesNotLinks() throws IOException {
    steering("s.md", "```markdown\n#[[file:<relative_file_name>]]\n```\n");
    SteeringSet set = load();
    assertThat(set.files().get(0).references()).isEmpty();
    assertThat(set.diagnostics()).isEmpty();
  }

  @Test
  void aReferenceMatchingNoManualOrAutoFileIsReported() throws IOException {
    steering("always.md", "# a\n");
    SteeringSelection sel = load().select(refs("#nothing-here", "#always"));
    assertThat(sel.diagnostics()).extracting(Diagnostic::code).containsExactly("STEER-020");
    assertThat(sel.diagnostics().get(0).message()).contains("#nothing-here");
  }

  @Test
  void oneBrokenFileNeverHidesTheGoodOnes() throws IOException {
    steering("bad.md", "---\ninclusion: [unclosed\n---\nbody\n");
    steering("good.md", "---\ninclusion: manual\n---\nbody\n");
    SteeringSet set = load();
    assertThat(set.files()).extracting(SteeringFile::name).contains("bad", "good");
    assertThat(names(set.select(refs("#good")))).contains("good");
    assertThat(set.diagnostics()).anySatisfy(d -> assertThat(d.code()).startsWith("YAML-"));
  }

  @Test
  void foundationalFilesAreRecognised() throws IOException {
    steering("product.md", "p");
    steering("tech.md", "t");
    steering("structure.md", "s");
    steering("other.md", "o");
    assertThat(load().files())
        .filteredOn(SteeringFile::isFoundational)
        .extracting(SteeringFile::name)
        .containsExactlyInAnyOrder("product", "tech", "structure");
  }

  @Test
  void globalSteeringFollowsSymlinksIntoTheSteeringFolder() throws IOException {
    Path team = Files.createDirectories(tmp.resolve("opt/company/kiro-steering"));
    Files.writeString(team.resolve("team.md"), "# team\n");
    Files.createDirectories(home.resolve(".kiro/steering"));
    Files.createSymbolicLink(home.resolve(".kiro/steering/team.md"), team.resolve("team.md"));
    assertThat(load().files()).extracting(SteeringFile::name).containsExactly("team");
  }

  @Test
  void selectionIsOrderedByScopeThenAgentsThenPath() throws IOException {
    steering("b.md", "b");
    steering("a/z.md", "z");
    steering("A.md", "A");
    global("g.md", "g");
    assertThat(names(load().select(SteeringRequest.empty()))).containsExactly("g", "A", "a/z", "b");
  }

  @Test
  void yamlErrorsPointAtTheLineOfTheFile() throws IOException {
    steering("y.md", "---\ninclusion: manual\nname: [a\n---\nbody\n");
    assertThat(load().diagnostics())
        .filteredOn(d -> d.code().startsWith("YAML-"))
        .allSatisfy(d -> assertThat(d.line()).isBetween(3, 4));
  }

  @Test // steering is committed and sent to the model (issue 14)
  void aLiteralKeyInSteeringIsWarnedAtItsLineButAPlaceholderIsNot() throws IOException {
    steering(
        "setup.md",
        "# Setup\n\n```bash\nexport OPENAI_API_KEY=your-api-key\n```\n\nDeploy with:\n"
            + "    AWS_ACCESS_KEY_ID="
            + io.kiro4j.core.internal.secret.FakeSecrets.fake(
                "AK" + "IA", 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
            + "\n");
    SteeringSet set = load();
    assertThat(codes(set)).containsExactly("SECRET-001");
    Diagnostic d = set.diagnostics().get(0);
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.column()).isEqualTo(23);
    assertThat(d.message())
        .startsWith("the steering file holds what looks like an AWS access key ID");
  }

  @Test // issue 14: patterns are relative to the workspace root
  void homeDriveAbsoluteAndParentPatternsCanNeverMatchAWorkspaceFile() throws IOException {
    steering(
        "paths.md",
        "---\ninclusion: fileMatch\nfileMatchPattern:\n  - '~/projects/app/**/*.ts'\n"
            + "  - 'C:\\\\work\\\\app\\\\*.cs'\n  - '/Users/me/app/src/**'\n  - '../shared/**'\n"
            + "  - '/src/**/*.ts'\n  - 'src/**/*.ts'\n---\nRules\n");
    SteeringSet set = load();
    assertThat(codes(set)).containsExactly("STEER-028", "STEER-028", "STEER-028", "STEER-028");
    assertThat(set.diagnostics()).extracting(Diagnostic::line).containsExactly(4, 5, 6, 7);
    assertThat(set.diagnostics().get(0).message())
        .contains("'~/projects/app/**/*.ts' is a home-folder path and can never match");
    assertThat(set.diagnostics()).noneMatch(Diagnostic::isError);
  }

  @Test
  void aPatternMatchingNoFileTodayIsAnInfoFromTheCoverageCheck() throws IOException {
    write(root.resolve("src/app.ts"), "x");
    steering(
        "ts.md",
        "---\ninclusion: fileMatch\nfileMatchPattern: ['**/*.ts', 'legacy/**/*.php']\n---\nR\n");
    global("py.md", "---\ninclusion: fileMatch\nfileMatchPattern: '*.py'\n---\nR\n");
    steering("home.md", "---\ninclusion: fileMatch\nfileMatchPattern: '~/x/*.ts'\n---\nR\n");
    List<Diagnostic> ds = FileMatchCoverage.check(open());
    assertThat(ds).extracting(Diagnostic::code).containsOnly("STEER-029");
    assertThat(ds)
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "fileMatchPattern 'legacy/**/*.php' matches no file in the workspace today; the"
                + " steering file is never included until one exists",
            "fileMatchPattern '*.py' matches no file in the workspace today; the steering file is"
                + " never included until one exists");
    assertThat(ds).allMatch(d -> d.severity() == Severity.INFO);
  }

  @Test
  void coverageIgnoresGitAndNodeModulesAndChecksAGlobalPatternInEveryRoot() throws IOException {
    Path other = Files.createDirectories(tmp.resolve("other"));
    write(root.resolve("node_modules/pkg/index.js"), "x");
    write(other.resolve("lib/index.js"), "x");
    steering("js.md", "---\ninclusion: fileMatch\nfileMatchPattern: '**/*.js'\n---\nR\n");
    global("js.md", "---\ninclusion: fileMatch\nfileMatchPattern: 'lib/*.js'\n---\nR\n");
    List<Diagnostic> ds = FileMatchCoverage.check(open(root, other));
    assertThat(ds).extracting(d -> d.path().getFileName().toString()).containsExactly("js.md");
    assertThat(ds.get(0).path()).startsWith(root);
  }
}
