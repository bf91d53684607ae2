package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kiro4j specs}, {@code specs show|next|set} per the CLI contract, on the sample. */
class SpecsCommandTest {

  private static final Path SAMPLE = Path.of("sample-workspace").toAbsolutePath();
  private static final Path HOME = Path.of("sample-home").toAbsolutePath();

  @TempDir Path tmp;

  private static Kiro4jCliTest.Run run(Path ws, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-w", ws.toString(), "--user-home", HOME.toString()));
    return Kiro4jCliTest.run(all.toArray(String[]::new));
  }

  private Path copyOfSample() throws IOException {
    Path target = tmp.resolve("ws");
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path p : files.toList()) {
        Path t = target.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return target;
  }

  @Test
  void specsListsEverySpecWithTypeDocumentsProgressAndUncoveredCriteria() {
    Kiro4jCliTest.Run r = run(SAMPLE, "specs", "--json");
    assertThat(r.exit()).isZero();
    JsonNode specs = r.json().get("specs");
    assertThat(r.json().get("schema").asInt()).isEqualTo(1);
    assertThat(specs.size()).isEqualTo(3);
    JsonNode booking = specs.get(0);
    assertThat(booking.get("name").asString()).isEqualTo("berth-booking");
    assertThat(booking.get("type").asString()).isEqualTo("feature");
    assertThat(booking.get("documents").toString())
        .isEqualTo("[\"requirements.md\",\"design.md\",\"tasks.md\"]");
    JsonNode tasks = booking.get("tasks");
    assertThat(tasks.get("total").asInt()).isEqualTo(10);
    assertThat(tasks.get("done").asInt()).isEqualTo(2);
    assertThat(tasks.get("inProgress").asInt()).isEqualTo(1);
    assertThat(tasks.get("optional").asInt()).isEqualTo(2);
    assertThat(booking.get("uncoveredCriteria").size()).isZero();
    JsonNode fix = specs.get(1);
    assertThat(fix.get("name").asString()).isEqualTo("fix-double-booking");
    assertThat(fix.get("type").asString()).isEqualTo("bugfix");
    assertThat(specs.get(2).get("name").asString()).isEqualTo("legacy-export");
  }

  @Test
  void uncoveredCriteriaAreListedAndLinted() throws IOException {
    Path ws = copyOfSample();
    Path tasks = ws.resolve(".kiro/specs/legacy-export/tasks.md");
    Files.writeString(tasks, Files.readString(tasks).replace("  - _Requirements: 2.1_\n", ""));
    JsonNode legacy = run(ws, "specs", "--json").json().get("specs").get(2);
    assertThat(legacy.get("uncoveredCriteria").toString()).isEqualTo("[\"2.1\"]");
    assertThat(legacy.get("diagnostics").get(0).get("code").asString()).isEqualTo("TRACE-004");
    assertThat(run(ws, "lint", "--verbose").out())
        .contains(".kiro/specs/legacy-export/requirements.md:25:1: info TRACE-004");
  }

  @Test // never "criteria 0/0 covered" for a requirements.md that could not be read
  void aSpecWhoseRequirementsCannotBeReadIsListedAsNotRead() throws IOException {
    Path ws = copyOfSample();
    Files.writeString(
        ws.resolve(".kiro/specs/legacy-export/requirements.md"), "# Export\n\nSome notes.\n");
    Kiro4jCliTest.Run text = run(ws, "specs");
    assertThat(text.out())
        .contains("legacy-export")
        .contains("requirements.md not read (REQ-008")
        .doesNotContain("criteria 0/0");
    JsonNode legacy = run(ws, "specs", "--json").json().get("specs").get(2);
    assertThat(legacy.get("requirementsState").asString()).isEqualTo("not-read");
    assertThat(
            run(SAMPLE, "specs", "--json")
                .json()
                .get("specs")
                .get(0)
                .get("requirementsState")
                .asString())
        .isEqualTo("read");
  }

  @Test
  void showGivesRequirementsWithEarsFormsTasksAndCoverage() {
    Kiro4jCliTest.Run r = run(SAMPLE, "specs", "show", "berth-booking", "--json");
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    JsonNode criteria = doc.get("requirements").get(0).get("criteria");
    assertThat(criteria.get(0).get("pattern").asString()).isEqualTo("event-driven");
    assertThat(criteria.get(1).get("pattern").asString()).isEqualTo("unwanted-behaviour");
    assertThat(criteria.get(2).get("pattern").asString()).isEqualTo("ubiquitous");
    assertThat(doc.get("requirements").get(1).get("criteria").get(1).get("pattern").asString())
        .isEqualTo("optional-feature");
    assertThat(criteria.get(0).get("validatedBy").toString()).isEqualTo("[\"1\"]");
    assertThat(doc.get("config").get("specType").asString()).isEqualTo("feature");
    assertThat(doc.get("taskList").get(4).get("optional").asBoolean()).isTrue();
    assertThat(doc.get("taskList").get(4).get("parent").asString()).isEqualTo("2");
    assertThat(run(SAMPLE, "specs", "show", "legacy-export").out())
        .contains("Requirement 1")
        .contains("event-driven");
  }

  @Test // docs L293: only incomplete tasks marked as required; sub-tasks before their parent
  void nextIsTheRunAllQueue() {
    Kiro4jCliTest.Run r = run(SAMPLE, "specs", "next", "berth-booking", "--json");
    assertThat(r.exit()).isZero();
    List<String> ids = new ArrayList<>();
    r.json().get("next").forEach(n -> ids.add(n.get("id").asString()));
    assertThat(ids).containsExactly("2.2", "2", "3.1", "3", "4", "5");
    assertThat(r.json().get("next").get(0).get("line").asInt()).isEqualTo(17);
  }

  @Test
  void setChangesOneCheckboxAndNothingElse() throws IOException {
    Path ws = copyOfSample();
    Path tasks = ws.resolve(".kiro/specs/berth-booking/tasks.md");
    String before = Files.readString(tasks);
    Kiro4jCliTest.Run r = run(ws, "specs", "set", "berth-booking", "2.2", "done", "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("previous").asString()).isEqualTo("todo");
    assertThat(r.json().get("changed").asBoolean()).isTrue();
    assertThat(Files.readString(tasks))
        .isEqualTo(before.replace("  - [ ] 2.2 Refuse", "  - [x] 2.2 Refuse"));
    Kiro4jCliTest.Run byLine = run(ws, "specs", "set", "berth-booking", "line:33", "in-progress");
    assertThat(byLine.exit()).isZero();
    assertThat(byLine.out()).contains("5 todo -> in-progress");
  }

  @Test
  void badNamesTasksAndStatesAreUsageErrors() {
    assertThat(run(SAMPLE, "specs", "show", "nope").exit()).isEqualTo(2);
    assertThat(run(SAMPLE, "specs", "set", "berth-booking", "9.9", "done").exit()).isEqualTo(2);
    Kiro4jCliTest.Run r = run(SAMPLE, "specs", "set", "berth-booking", "2.2", "finished");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("todo, in-progress or done");
  }

  @Test
  void inspectAndLintCoverSpecs() {
    Kiro4jCliTest.Run inspect = run(SAMPLE, "inspect", "--json");
    assertThat(inspect.exit()).isZero();
    assertThat(inspect.json().get("specs").size()).isEqualTo(3);
    assertThat(run(SAMPLE, "inspect").out()).contains("Specs: 3").contains("fix-double-booking");
  }
}
