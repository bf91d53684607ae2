package io.kiro4j.core.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a configuration edit did: wrote the file, found nothing to change, or refused (the file is
 * untouched). Warnings that did not stop the edit (an unknown setting key) ride along.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public sealed interface EditOutcome
    permits EditOutcome.Written, EditOutcome.Unchanged, EditOutcome.Refused {

  /** Diagnostics of the outcome: the reasons of a refusal, or warnings of a write. */
  List<Diagnostic> diagnostics();

  /** The file was written ({@code created} when it did not exist before). */
  record Written(Path file, boolean created, List<Diagnostic> diagnostics) implements EditOutcome {
    public Written {
      Objects.requireNonNull(file, "file");
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** The file already says what was asked; nothing was written. */
  record Unchanged(Path file, String reason, List<Diagnostic> diagnostics) implements EditOutcome {
    public Unchanged {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(reason, "reason");
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Nothing was written, for these reasons (at least one error). */
  record Refused(List<Diagnostic> diagnostics) implements EditOutcome {
    public Refused {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
