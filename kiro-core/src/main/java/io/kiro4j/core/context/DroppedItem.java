package io.kiro4j.core.context;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate left out of the context, and why: over the budget, already included, or unreadable.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what it would have been
 * @param path its file, if any
 * @param source how the source is shown (as {@link ContextItem#source()})
 * @param reason why it was left out
 * @param tokens its token estimate; 0 when it could not be read
 * @param diagnostics the problems that kept it out (a missing file), if any
 * @since 0.2
 */
public record DroppedItem(
    ContextKind kind,
    Optional<Path> path,
    String source,
    String reason,
    int tokens,
    List<Diagnostic> diagnostics) {
  public DroppedItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    diagnostics = List.copyOf(diagnostics);
  }
}
