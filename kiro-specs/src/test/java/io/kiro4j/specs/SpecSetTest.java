package io.kiro4j.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.specs.tasks.TaskState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecSetTest {

  @TempDir Path tmp;

  private Path file(Path root, String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private Workspace open(Path... roots) {
    WorkspaceOptions.Builder b = WorkspaceOptions.builder().userHome(tmp.resolve("home"));
    for (Path r : roots) {
      b.root(r);
    }
    return Kiro.open(b.build());
  }

  @Test // docs L338-348; real repos number and nest spec folders (skills-specs-real-world.md §2.5)
  void specsAreFoldersBelowKiroSpecsIncludingNumberedAndNestedOnes() throws IOException {
    Path root = tmp.resolve("app");
    file(
        root,
        ".kiro/specs/user-authentication/requirements.md",
        "### Requirement 1\n\n1. THE A SHALL b\n");
    file(root, ".kiro/specs/049-nav/tasks.md", "- [ ] 1. Do\n");
    file(root, ".kiro/specs/060-agents/lina-agent/design.md", "# Design\n");
    file(root, ".kiro/specs/060-agents/lina-agent/notes/extra.md", "ignored\n");
    file(root, ".kiro/specs/README.md", "not a spec\n");
    SpecSet set = Specs.of(open(root));
    assertThat(set.specs())
        .extracting(Spec::name)
        .containsExactly("049-nav", "060-agents/lina-agent", "user-authentication");
    assertThat(set.find("#spec:049-nav")).isPresent();
    assertThat(set.specs().get(0).root()).hasValue(0);
  }

  @Test // docs L20431-20433: specs of every root
  void everyRootContributesItsSpecs() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    file(a, ".kiro/specs/one/tasks.md", "- [ ] 1. A\n");
    file(b, ".kiro/specs/two/tasks.md", "- [ ] 1. B\n");
    SpecSet set = Specs.of(open(a, b));
    assertThat(set.specs())
        .extracting(s -> s.name() + "@" + s.root().getAsInt())
        .containsExactly("one@0", "two@1");
  }

  @Test
  void configKiroDecidesTheTypeAndIsChecked() throws IOException {
    Path dir = tmp.resolve("fix");
    file(
        dir,
        "bugfix.md",
        "### Expected Behavior (Correct)\n\n2.1 WHEN x THEN the system SHALL y\n");
    file(
        dir,
        ".config.kiro",
        "{\"specId\": \"b42b\", \"workflowType\": \"requirements-first\", \"specType\": \"bugfix\","
            + " \"extra\": 1}");
    Spec spec = Specs.load(dir);
    assertThat(spec.type()).isEqualTo(SpecType.BUGFIX);
    assertThat(spec.config().orElseThrow().specId()).contains("b42b");
    assertThat(spec.documents()).containsExactly("bugfix.md");
    assertThat(spec.diagnostics()).extracting(Diagnostic::code).containsExactly("SPEC-003");
  }

  @Test
  void withoutConfigABugfixMdMakesABugfixSpec() throws IOException {
    Path dir = tmp.resolve("fix2");
    file(dir, "bugfix.md", "### Current Behavior (Defect)\n\n1.1 WHEN x THEN it breaks\n");
    assertThat(Specs.load(dir).type()).isEqualTo(SpecType.BUGFIX);
  }

  @Test
  void anUnknownSpecTypeAndAMismatchAreReported() throws IOException {
    Path dir = tmp.resolve("odd");
    file(dir, "requirements.md", "### Requirement 1\n\n1. THE A SHALL b\n");
    file(dir, ".config.kiro", "{\"specType\": \"epic\"}");
    assertThat(Specs.load(dir).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("SPEC-001");
    file(dir, ".config.kiro", "{\"specType\": \"bugfix\"}");
    assertThat(Specs.load(dir).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("SPEC-005");
  }

  @Test
  void aBugfixSpecNeedsTasksForExpectedAndUnchangedBehaviourOnly() throws IOException {
    Path dir = tmp.resolve("fix3");
    file(
        dir,
        "bugfix.md",
        "### Current Behavior (Defect)\n\n1.1 WHEN x THEN it breaks\n\n"
            + "### Expected Behavior (Correct)\n\n2.1 WHEN x THEN the system SHALL work\n\n"
            + "### Unchanged Behavior (Regression Prevention)\n\n"
            + "3.1 WHEN y THEN the system SHALL CONTINUE TO work\n");
    file(dir, "tasks.md", "- [ ] 1. Fix\n  - _Requirements: 2.1_\n");
    assertThat(Specs.load(dir).trace().uncovered()).containsExactly("3.1");
  }

  @Test // docs L329-332: "#spec:user-authentication implement task 2.3"
  void specMentionsResolveToTheSpecAndTask() throws IOException {
    Path root = tmp.resolve("app2");
    file(root, ".kiro/specs/user-authentication/tasks.md", "- [ ] 2. P\n  - [ ] 2.3 Tokens\n");
    SpecSet set = Specs.of(open(root));
    List<SpecMention> m =
        set.mentions("#spec:user-authentication implement task 2.3 and #spec:nope task 1");
    assertThat(m).hasSize(2);
    assertThat(m.get(0).spec()).isPresent();
    assertThat(m.get(0).task().orElseThrow().title()).isEqualTo("Tokens");
    assertThat(m.get(1).name()).isEqualTo("nope");
    assertThat(m.get(1).taskId()).contains("1");
    assertThat(m.get(1).spec()).isEmpty();
  }

  @Test
  void setTaskStateWritesThroughTheFacade() throws IOException {
    Path dir = tmp.resolve("s");
    Path tasks = file(dir, "tasks.md", "- [ ] 1. A\n");
    Specs.setTaskState(Specs.load(dir), "1", TaskState.IN_PROGRESS);
    assertThat(Files.readString(tasks)).isEqualTo("- [-] 1. A\n");
  }

  @Test // the issue: a spec Kiro wrote in Chinese showed "criteria 0/0 covered"
  void aChineseSpecIsReadWithItsCriteriaAndCoverage() throws IOException {
    Path root = tmp.resolve("app");
    file(
        root,
        ".kiro/specs/ledger/requirements.md",
        "## 需求\n\n### 需求 1：记录\n\n#### 验收标准\n\n1. WHEN 用户提交 THEN 系统 SHALL 保存\n"
            + "2. 当用户删除时，系统应确认\n");
    file(root, ".kiro/specs/ledger/tasks.md", "- [x] 1. 保存\n  - _需求：1.1、1.2_\n");
    Spec spec = Specs.of(open(root)).find("ledger").orElseThrow();
    assertThat(spec.requirementsState()).isEqualTo(Spec.RequirementsState.READ);
    assertThat(spec.trace().criteria()).containsExactly("1.1", "1.2");
    assertThat(spec.trace().uncovered()).isEmpty();
  }

  @Test
  void aSpecWhoseRequirementsCannotBeReadSaysWhy() throws IOException {
    Path root = tmp.resolve("app");
    file(root, ".kiro/specs/notes/requirements.md", "# Ideas\n\n- faster\n");
    file(root, ".kiro/specs/plan-only/tasks.md", "- [ ] 1. Do\n");
    SpecSet set = Specs.of(open(root));
    Spec notes = set.find("notes").orElseThrow();
    assertThat(notes.requirementsState()).isEqualTo(Spec.RequirementsState.NOT_READ);
    assertThat(notes.requirementsNotRead().orElseThrow().code()).isEqualTo("REQ-008");
    assertThat(notes.requirementsNotRead().orElseThrow().message()).contains("not read");
    assertThat(set.find("plan-only").orElseThrow().requirementsState())
        .isEqualTo(Spec.RequirementsState.ABSENT);
  }
}
