package io.kiro4j.core.steering;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A steering file's body with its {@code #[[file:...]]} references replaced by the current content
 * of the files they name: what goes into the prompt.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the steering file
 * @param text the body with references inlined (a reference that cannot be resolved stays as
 *     written)
 * @param diagnostics problems met while expanding (missing files, escapes, cycles)
 */
public record ExpandedSteering(SteeringFile file, String text, List<Diagnostic> diagnostics) {
  public ExpandedSteering {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    diagnostics = List.copyOf(diagnostics);
  }
}
