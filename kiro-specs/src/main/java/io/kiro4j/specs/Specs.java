package io.kiro4j.specs;

import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.write.StaleWriteException;
import io.kiro4j.specs.tasks.Task;
import io.kiro4j.specs.tasks.TaskList;
import io.kiro4j.specs.tasks.TaskState;
import io.kiro4j.specs.tasks.TaskWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The front door of kiro-specs: Kiro specs (requirements in EARS, bugfix analyses, design, tasks),
 * their traceability and lossless task updates.
 *
 * <pre>{@code
 * Workspace ws = Kiro.open(WorkspaceOptions.builder().root(Path.of(".")).build());
 * SpecSet specs = Specs.of(ws);                       // every .kiro/specs/<name>/, cached on ws
 * Spec spec = specs.find("user-authentication").orElseThrow();
 * System.out.println(spec.trace().uncovered());      // criteria no task covers
 * for (Task t : spec.tasks().orElseThrow().runQueue()) {   // what "Run all tasks" runs
 *   System.out.println(t.key() + " " + t.title());
 * }
 * Specs.setTaskState(spec, "2.3", TaskState.DONE);    // only the checkbox changes; atomic
 * }</pre>
 *
 * <p>Loading never throws for bad files; problems are {@code Diagnostic}s with codes {@code SPEC-},
 * {@code REQ-}, {@code DESIGN-}, {@code TASK-} and {@code TRACE-}.
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class Specs {

  private Specs() {}

  /** The specs of {@code workspace}, loaded on first use and cached on the workspace. */
  public static SpecSet of(Workspace workspace) {
    return workspace.view(SpecSet.class, new Load());
  }

  /**
   * {@link SpecSet#load} as the view's factory: a class, not a method reference, which a fresh JVM
   * would link through java.lang.invoke on every lint.
   */
  private static final class Load implements Function<Workspace, SpecSet> {
    @Override
    public SpecSet apply(Workspace workspace) {
      return SpecSet.load(workspace);
    }
  }

  /** Loads the spec in folder {@code dir}; its name is the folder name. */
  public static Spec load(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return Spec.load(dir, name == null ? "" : name.toString(), OptionalInt.empty());
  }

  /**
   * Sets the task named {@code task} ({@code 2.3} or {@code line:N}) of {@code spec} to {@code
   * state} with {@link TaskWriter#defaults()}, and returns the task list as written.
   *
   * @throws IllegalArgumentException the spec has no tasks.md or no such task
   * @throws StaleWriteException tasks.md changed on disk since the spec was loaded
   * @throws IOException tasks.md could not be written
   */
  public static TaskList setTaskState(Spec spec, String task, TaskState state) throws IOException {
    TaskList list =
        spec.tasks()
            .orElseThrow(
                () -> new IllegalArgumentException("spec '" + spec.name() + "' has no tasks.md"));
    Task t =
        list.find(task)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "spec '" + spec.name() + "' has no task '" + task + "'"));
    return TaskWriter.defaults().set(list, t, state);
  }
}
