package io.kiro4j.skills.validation;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one skill folder.
 *
 * <p>{@link #errors()} are the messages exactly as the reference validator words them, in its order
 * (what {@code skills validate} prints); {@link #diagnostics()} are the same problems with codes
 * and positions, plus any kiro4j adds (warnings, infos).
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the skill folder as given
 * @param errors the reference-worded error messages, in check order; empty when valid
 * @param diagnostics the problems with codes and positions
 */
public record SkillReport(Path path, List<String> errors, List<Diagnostic> diagnostics) {

  public SkillReport {
    Objects.requireNonNull(path, "path");
    errors = List.copyOf(errors);
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when there is no error. */
  public boolean isValid() {
    return errors.isEmpty();
  }
}
