package io.kiro4j.specs.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskListTest {

  private static final Path PATH = Path.of("tasks.md");

  private static TaskList parse(String text) {
    return TaskList.parse(PATH, text);
  }

  private static List<String> codes(TaskList l) {
    return l.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test // skills-specs-real-world.md §2.5: "- [ ]", "- [x]", "- [-]" and "- [ ]*"
  void checkboxStatesAndTheOptionalStarAreRead() {
    TaskList l =
        parse(
            "# Implementation Plan\n\n- [ ] 1. Todo\n- [x] 2. Done\n- [-] 3. Started\n"
                + "- [ ]* 4. Optional test\n");
    assertThat(l.title()).contains("Implementation Plan");
    assertThat(l.tasks())
        .extracting(Task::state)
        .containsExactly(TaskState.TODO, TaskState.DONE, TaskState.IN_PROGRESS, TaskState.TODO);
    assertThat(l.tasks()).extracting(Task::optional).containsExactly(false, false, false, true);
    assertThat(l.tasks()).extracting(t -> t.id().orElseThrow()).containsExactly("1", "2", "3", "4");
    assertThat(l.tasks().get(3).title()).isEqualTo("Optional test");
    assertThat(l.diagnostics()).isEmpty();
  }

  @Test // Kiro issue #5723: the IDE writes "- [~]" for a task queued behind a running one
  void queuedCheckboxIsATaskKiroHasQueued() {
    TaskList l =
        parse("- [ ] 1. Parent\n  - [~] 1.1 Queued\n  - [ ] 1.2 Next\n- [~] 2. Also queued\n");
    assertThat(l.diagnostics()).isEmpty();
    assertThat(l.find("1.1").orElseThrow().state()).isEqualTo(TaskState.QUEUED);
    assertThat(l.find("2").orElseThrow().state()).isEqualTo(TaskState.QUEUED);
    // Queued is not started: the parent stays todo, and queued tasks are still to run.
    assertThat(l.derivedState(l.find("1").orElseThrow())).isEqualTo(TaskState.TODO);
    assertThat(l.runQueue()).extracting(Task::key).containsExactly("1.1", "1.2", "1", "2");
    assertThat(TaskState.fromLabel("queued")).contains(TaskState.QUEUED);
  }

  @Test
  void subTasksNestByIndentationAndKeepTheirDottedIds() {
    TaskList l =
        parse(
            "- [ ] 1. Parent\n  - [ ] 1.1 Child\n    - [ ] 1.1.1 Grandchild\n  - [x] 1.2 Other\n"
                + "- [ ] 2. Next\n");
    Task child = l.find("1.1").orElseThrow();
    assertThat(l.parent(child).flatMap(Task::id)).contains("1");
    assertThat(l.find("1.1.1").orElseThrow().depth()).isEqualTo(2);
    assertThat(l.children(l.find("1").orElseThrow()))
        .extracting(Task::key)
        .containsExactly("1.1", "1.2");
    assertThat(l.find("2").orElseThrow().parent()).isEmpty();
  }

  @Test // real file: Kiro wrote "- [ ] 3.1" unindented under "- [-] 3."
  void unindentedSubTaskFindsItsParentByIdPrefix() {
    TaskList l =
        parse(
            "- [-] 3. Create migration utility\n- [ ] 3.1 Detect data\n  - Parse JSON\n"
                + "  - _Requirements: 2.1, 2.4_\n- [ ] 3.2 Transfer\n- [ ] 4. Next\n");
    assertThat(l.parent(l.find("3.1").orElseThrow()).flatMap(Task::id)).contains("3");
    assertThat(l.parent(l.find("3.2").orElseThrow()).flatMap(Task::id)).contains("3");
    assertThat(l.find("4").orElseThrow().parent()).isEmpty();
    assertThat(l.find("3.1").orElseThrow().requirements())
        .extracting(r -> r.text())
        .containsExactly("2.1", "2.4");
    assertThat(l.find("3.1").orElseThrow().details())
        .containsExactly("- Parse JSON", "- _Requirements: 2.1, 2.4_");
  }

  @Test
  void unnumberedTasksAreTasksNamedByTheirLine() {
    TaskList l = parse("# 清单\n\n- [ ] 设计数据库\n- [x] 编写接口\n");
    assertThat(l.tasks()).hasSize(2);
    assertThat(l.tasks().get(0).id()).isEmpty();
    assertThat(l.tasks().get(0).key()).isEqualTo("line:3");
    assertThat(l.find("line:4").orElseThrow().title()).isEqualTo("编写接口");
  }

  @Test
  void idsWithATrailingDotAndSuffixesAreRead() {
    TaskList l =
        parse("- [ ] 1. Top\n  - [ ] 1.1. Dotted\n- [ ] 3.1.CORRECTION Fix\n- [ ] 4. Four\n");
    assertThat(l.tasks()).extracting(Task::key).containsExactly("1", "1.1", "3.1.CORRECTION", "4");
    assertThat(l.find("1.")).isPresent();
  }

  @Test // real files: "- [ ] 20 audits pass" twice in one list is no duplicate id 20 (issue 14)
  void aNumberWithoutItsDotIsTextNotAnId() {
    TaskList l = parse("- [ ] 1. Audit\n  - [ ] 20 audits pass\n  - [ ] 20 audits logged\n");
    assertThat(l.diagnostics()).isEmpty();
    assertThat(l.tasks()).extracting(Task::title).contains("20 audits pass", "20 audits logged");
    assertThat(l.tasks().get(1).id()).isEmpty();
  }

  @Test // docs L1111-style: an example inside a fence is not a task
  void checkboxesInsideFencedCodeAreNotTasks() {
    TaskList l = parse("- [ ] 1. Real\n```md\n- [ ] 2. Example\n```\n- [ ] 3. Real\n");
    assertThat(l.tasks()).extracting(Task::key).containsExactly("1", "3");
  }

  @Test
  void checkpointAndPropertyAnnotationsAreRecognised() {
    TaskList l =
        parse(
            "- [ ] 2. Build\n  - [ ]* 2.1 Write property test for round trip\n"
                + "    - **Property 1: Round trip**\n    - **Validates: Requirements 1.2**\n"
                + "- [ ] 3. Checkpoint - Ensure all tests pass, ask the user if questions arise.\n");
    Task pbt = l.find("2.1").orElseThrow();
    assertThat(pbt.properties()).containsExactly("1");
    assertThat(pbt.requirements()).extracting(r -> r.text()).containsExactly("1.2");
    assertThat(l.find("3").orElseThrow().checkpoint()).isTrue();
  }

  @Test // "**属性 3：删除后列表更新**", "**Propiedad 2: …**", "_Requirements: Property 4_"
  void propertyReferencesInOtherLanguagesAndInRequirementListsAreRead() {
    TaskList l =
        parse(
            "- [ ]* 1. 属性测试\n  - **属性 3：删除后列表更新**\n  - **Propiedad 2: Creación**\n"
                + "  - _Requirements: 1.1, Property 4_\n");
    Task t = l.tasks().get(0);
    assertThat(t.properties()).containsExactly("3", "2", "4");
    assertThat(t.requirements()).extracting(r -> r.text()).containsExactly("1.1");
  }

  @Test
  void uppercaseXIsDoneWithAnInfo() {
    TaskList l = parse("- [X] 1. Done anyway\n");
    assertThat(l.tasks().get(0).state()).isEqualTo(TaskState.DONE);
    assertThat(codes(l)).containsExactly("TASK-001");
    assertThat(l.diagnostics().get(0).column()).isEqualTo(4);
  }

  @Test
  void anUnknownCheckboxCharacterIsNotATask() {
    TaskList l = parse("- [?] 1. Strange\n- [ ] 2. Fine\n");
    assertThat(l.tasks()).extracting(Task::key).containsExactly("2");
    assertThat(codes(l)).containsExactly("TASK-002");
  }

  @Test
  void duplicateIdsAreErrors() {
    TaskList l = parse("- [ ] 1. A\n- [ ] 1. B\n");
    assertThat(codes(l)).containsExactly("TASK-003");
    assertThat(l.diagnostics().get(0).line()).isEqualTo(2);
    assertThat(l.find("1").orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void aDocumentWithoutTasksIsReported() {
    assertThat(codes(parse("# Implementation Plan\n\nNothing yet.\n"))).containsExactly("TASK-004");
  }

  @Test
  void aDoneParentWithAnOpenRequiredSubTaskIsReported() {
    TaskList l = parse("- [x] 1. Parent\n  - [ ] 1.1 Open\n  - [ ]* 1.2 Optional\n");
    assertThat(codes(l)).containsExactly("TASK-005");
    assertThat(codes(parse("- [x] 1. Parent\n  - [x] 1.1 Done\n  - [ ]* 1.2 Optional\n")))
        .isEmpty();
  }

  @Test
  void aSubTaskIndentedUnderAnotherNumberIsReported() {
    assertThat(codes(parse("- [ ] 3. Parent\n  - [ ] 2.1 Misplaced\n")))
        .containsExactly("TASK-006");
  }

  @Test // docs L293: "Run all tasks" only runs incomplete tasks marked as required; L486 PBTs
  // optional
  void runQueueHoldsIncompleteRequiredTasksSubTasksBeforeTheirParent() {
    TaskList l =
        parse(
            "- [x] 1. Done\n- [ ] 2. Parent\n  - [x] 2.1 Done child\n  - [-] 2.2 Started\n"
                + "  - [ ]* 2.3 Optional PBT\n  - [ ] 2.4 Todo\n- [ ]* 3. Optional parent\n"
                + "  - [ ] 3.1 Under optional\n- [ ] 4. Checkpoint - Ensure all tests pass\n");
    assertThat(l.runQueue()).extracting(Task::key).containsExactly("2.2", "2.4", "2", "4");
  }

  @Test // cli-contract: total = every checkbox line, optional = '*' in any state
  void progressCountsEveryCheckboxLine() {
    TaskList l = parse("- [x] 1. A\n- [-] 2. B\n- [ ]* 3. C\n- [x]* 4. D\n- [ ] 5. E\n");
    TaskProgress p = l.progress();
    assertThat(p.total()).isEqualTo(5);
    assertThat(p.done()).isEqualTo(2);
    assertThat(p.inProgress()).isEqualTo(1);
    assertThat(p.optional()).isEqualTo(2);
    assertThat(p.todo()).isEqualTo(2);
    assertThat(p.remainingRequired()).isEqualTo(2);
  }

  @Test
  void aParentsDerivedStateFollowsItsRequiredSubTasks() {
    TaskList l = parse("- [ ] 1. P\n  - [x] 1.1 A\n  - [x] 1.2 B\n  - [ ]* 1.3 Opt\n");
    assertThat(l.derivedState(l.find("1").orElseThrow())).isEqualTo(TaskState.DONE);
    TaskList half = parse("- [ ] 1. P\n  - [x] 1.1 A\n  - [ ] 1.2 B\n");
    assertThat(half.derivedState(half.find("1").orElseThrow())).isEqualTo(TaskState.IN_PROGRESS);
    TaskList none = parse("- [-] 1. P\n  - [ ] 1.1 A\n");
    assertThat(none.derivedState(none.find("1").orElseThrow())).isEqualTo(TaskState.TODO);
  }

  @Test
  void withStateChangesOnlyTheCheckboxCharacter() {
    String text = "- [ ] 1. A  \r\n- [X] 2. B é 🚀\r\n";
    TaskList l = parse(text);
    TaskList changed = l.withState(l.find("1").orElseThrow(), TaskState.IN_PROGRESS);
    assertThat(changed.text()).isEqualTo("- [-] 1. A  \r\n- [X] 2. B é 🚀\r\n");
    assertThat(l.withState(l.find("2").orElseThrow(), TaskState.DONE).text()).isEqualTo(text);
  }
}
