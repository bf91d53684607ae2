package io.kiro4j.specs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.specs.tasks.Task;
import io.kiro4j.specs.tasks.TaskList;
import io.kiro4j.specs.tasks.TaskState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of the {@link Specs} Javadoc, run as written. */
class SnippetsTest {

  @TempDir Path tmp;

  @Test
  void theSpecsFacadeExampleRuns() throws IOException {
    Path root = tmp.resolve("app");
    Path dir = root.resolve(".kiro/specs/user-authentication");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("requirements.md"),
        "### Requirement 2\n\n1. WHEN a user logs in, THE Auth SHALL issue a token\n"
            + "2. THE Auth SHALL expire tokens\n3. THE Auth SHALL log out\n");
    Files.writeString(
        dir.resolve("tasks.md"),
        "- [ ] 2. Tokens\n  - [ ] 2.3 Issue tokens\n    - _Requirements: 2.1, 2.2_\n");

    Workspace ws =
        Kiro.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    SpecSet specs = Specs.of(ws); // every .kiro/specs/<name>/, cached on ws
    Spec spec = specs.find("user-authentication").orElseThrow();
    List<String> printed = new ArrayList<>();
    printed.add(spec.trace().uncovered().toString()); // criteria no task covers
    for (Task t : spec.tasks().orElseThrow().runQueue()) { // what "Run all tasks" runs
      printed.add(t.key() + " " + t.title());
    }
    Specs.setTaskState(spec, "2.3", TaskState.DONE); // only the checkbox changes; atomic

    assertThat(printed).containsExactly("[2.3]", "2.3 Issue tokens", "2 Tokens");
    assertThat(TaskList.load(dir.resolve("tasks.md")).find("2.3").orElseThrow().state())
        .isEqualTo(TaskState.DONE);
  }
}
