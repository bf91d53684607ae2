package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LintSession}: what an update redoes, and that it reports what a full lint reports. */
class LintSessionTest {

  @TempDir Path tmp;

  private LintFixture ws;
  private Path root;

  /** A contributor with a hooks-only section and a section of no kind, counting their runs. */
  private static final class Counting implements LintContributor {
    final AtomicInteger hooks = new AtomicInteger();
    final AtomicInteger listing = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public List<DiagnosticCode> codes() {
      return List.of();
    }

    @Override
    public List<Diagnostic> diagnostics(Workspace workspace, LintConfig config) {
      return List.of();
    }

    @Override
    public List<LintSection> sections() {
      return List.of(
          LintSection.of(
              "hooks",
              EnumSet.of(ArtifactKind.HOOK),
              (w, c) -> {
                hooks.incrementAndGet();
                return List.of();
              }),
          LintSection.of(
              "listing",
              Set.of(),
              (w, c) -> {
                listing.incrementAndGet();
                return List.of();
              }));
    }
  }

  @BeforeEach
  void files() throws Exception {
    ws = new LintFixture(tmp);
    ws.write(".kiro/steering/style.md", "---\ninclusion: always\n---\nBe brief.\n");
    ws.write(".kiro/hooks/h.kiro.hook", "{\"when\": {\"type\": \"userTriggered\"}}");
    root = ws.root.toRealPath();
  }

  private Workspace open(FileOverlay overlay) {
    return Kiro.open(
        WorkspaceOptions.builder()
            .root(root)
            .userHome(ws.home)
            .environment(Environment.empty())
            .overlay(overlay)
            .build());
  }

  @Test
  void aSteeringEditRedoesOnlyTheSectionsThatReadSteering() {
    Counting counting = new Counting();
    Linter linter = Linter.core().with(counting);
    LintSession session = linter.start(open(FileOverlay.empty()));
    assertThat(counting.hooks).hasValue(1);
    Path steering = root.resolve(".kiro/steering/style.md");
    FileOverlay edited = FileOverlay.empty().with(steering, "---\ninclusion: sometimes\n---\n");
    LintSession next = session.update(open(edited), Set.of(steering));
    assertThat(counting.hooks).hasValue(1);
    assertThat(counting.listing).hasValue(1); // content only: the listing holds
    assertThat(next.report().diagnostics())
        .isEqualTo(Linter.core().lint(open(edited)).diagnostics())
        .extracting(Diagnostic::code)
        .contains("STEER-001");

    Path hook = root.resolve(".kiro/hooks/h.kiro.hook");
    next.update(open(edited.with(hook, "{")), Set.of(hook));
    assertThat(counting.hooks).hasValue(2);
  }

  @Test
  void aFileOfNoKindRedoesEverySection() {
    Counting counting = new Counting();
    LintSession session = Linter.core().with(counting).start(open(FileOverlay.empty()));
    session.update(open(FileOverlay.empty()), Set.of(root.resolve(".kiroignore")));
    assertThat(counting.hooks).hasValue(2);
    assertThat(counting.listing).hasValue(2);
  }

  @Test
  void aCreatedFileRedoesEverySection() {
    Counting counting = new Counting();
    LintSession session = Linter.core().with(counting).start(open(FileOverlay.empty()));
    Path created = root.resolve(".kiro/steering/new.md");
    LintSession next =
        session.update(
            open(FileOverlay.empty().with(created, "---\ninclusion: nope\n---\n")),
            Set.of(created));
    assertThat(counting.hooks).hasValue(2);
    assertThat(counting.listing).hasValue(2);
    assertThat(next.report().diagnostics()).anyMatch(d -> d.path().equals(created));
  }

  @Test
  void theRulesConfigAndSuppressionsApplyAfterAnUpdate() {
    ws.write(".kiro4j.yaml", "rules:\n  STEER-001: error\n");
    Linter linter = Linter.core();
    LintSession session = linter.start(open(FileOverlay.empty()));
    Path steering = root.resolve(".kiro/steering/style.md");
    FileOverlay edited =
        FileOverlay.empty()
            .with(steering, "---\ninclusion: sometimes\n---\n<!-- kiro4j-disable STEER-016 -->\n");
    LintReport report = session.update(open(edited), Set.of(steering)).report();
    assertThat(report.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-001"))
        .singleElement()
        .satisfies(d -> assertThat(d.isError()).isTrue());
    assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("LINT-004");
    assertThat(report.diagnostics()).isEqualTo(linter.lint(open(edited)).diagnostics());
  }

  @Test // found by LintSessionProperties: an agent's file://AGENTS.md resource
  void aFileCreatedOfOneKindReachesTheReferencesOfAnother() {
    ws.write(".kiro/agents/dev.json", "{\"name\": \"dev\", \"resources\": [\"file://AGENTS.md\"]}");
    Linter linter = Linter.core();
    LintSession session = linter.start(open(FileOverlay.empty()));
    assertThat(session.report().diagnostics()).extracting(Diagnostic::code).contains("AGENT-017");
    ws.write("AGENTS.md", "# Agents\n");
    LintSession next = session.update(open(FileOverlay.empty()), Set.of(root.resolve("AGENTS.md")));
    assertThat(next.report().diagnostics())
        .isEqualTo(linter.lint(open(FileOverlay.empty())).diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("AGENT-017");
  }

  @Test
  void anUpdateLeavesTheEarlierSessionAsItWas() {
    LintSession first = Linter.core().start(open(FileOverlay.empty()));
    List<Diagnostic> before = first.report().diagnostics();
    Path steering = root.resolve(".kiro/steering/style.md");
    LintSession second =
        first.update(
            open(FileOverlay.empty().with(steering, "---\ninclusion: nope\n---\n")),
            Set.of(steering));
    assertThat(first.report().diagnostics()).isEqualTo(before);
    assertThat(second.report().diagnostics()).isNotEqualTo(before);
  }

  @Test
  void aWorkspaceOfOtherFoldersIsLintedWhole() {
    Counting counting = new Counting();
    LintSession session = Linter.core().with(counting).start(open(FileOverlay.empty()));
    LintFixture other = new LintFixture(tmp.resolve("other"));
    LintSession next = session.update(other.open(), Set.of());
    assertThat(counting.hooks).hasValue(2);
    assertThat(next.workspace().primaryRoot().path()).isNotEqualTo(root);
  }

  @Test
  void changedFilesAreClassifiedByWhereTheyLie() {
    Workspace w = open(FileOverlay.empty());
    assertThat(LintSession.kindOf(w, root.resolve(".kiro/steering/a/b.md")))
        .contains(ArtifactKind.STEERING);
    assertThat(LintSession.kindOf(w, root.resolve("AGENTS.md"))).contains(ArtifactKind.STEERING);
    assertThat(LintSession.kindOf(w, root.resolve(".kiro/settings/mcp.json")))
        .contains(ArtifactKind.SETTINGS);
    assertThat(LintSession.kindOf(w, root.resolve(".kiro/settings/cli.json"))).isEmpty();
    assertThat(LintSession.kindOf(w, root.resolve(".kiroignore"))).isEmpty();
    assertThat(LintSession.kindOf(w, w.globalKiroDir().resolve("agents/x.json")))
        .contains(ArtifactKind.AGENT);
  }
}
