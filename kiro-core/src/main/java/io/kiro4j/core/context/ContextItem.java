package io.kiro4j.core.context;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of text that goes to the model, with where it comes from and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what it is
 * @param path the file it was read from; empty for text that has no file (hook output, the skills
 *     list)
 * @param source how the source is shown: a workspace path relative to its root, {@code ~/.kiro/...}
 *     for a global file, or a label such as {@code hook:lint}
 * @param line the 1-based line of {@code path} where {@code text} starts (1 for a whole file)
 * @param reason why it is included
 * @param text the text the model sees
 * @param tokens its token estimate ({@link TokenCounter})
 * @param diagnostics problems met while producing it (a reference that could not be expanded)
 * @since 0.2
 */
public record ContextItem(
    ContextKind kind,
    Optional<Path> path,
    String source,
    int line,
    ContextReason reason,
    String text,
    int tokens,
    List<Diagnostic> diagnostics) {
  public ContextItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
    if (line < 1 || tokens < 0) {
      throw new IllegalArgumentException("line must be >= 1 and tokens >= 0");
    }
    diagnostics = List.copyOf(diagnostics);
  }
}
