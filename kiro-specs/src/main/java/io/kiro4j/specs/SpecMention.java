package io.kiro4j.specs;

import io.kiro4j.specs.tasks.Task;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code #spec:name} reference in a prompt (docs L313–334): {@code #spec:user-authentication
 * implement task 2.3} names the spec and, through the first {@code task N} after it, one task.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name after {@code #spec:}
 * @param taskId the id after the first {@code task} word that follows, before the next {@code
 *     #spec:}
 * @param offset where {@code #spec:} starts in the prompt
 * @param spec the spec it resolves to, empty when no spec has that name
 * @param task the task it resolves to, empty when there is no task id or no such task
 */
public record SpecMention(
    String name, Optional<String> taskId, int offset, Optional<Spec> spec, Optional<Task> task) {
  public SpecMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(task, "task");
  }
}
