package io.kiro4j.core.json.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of parsing or editing a {@link JsonText}: the edited text, or the diagnostics that
 * explain why nothing was changed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public sealed interface EditResult permits EditResult.Edited, EditResult.Refused {

  /** The text after the edit (the same text when the edit changed nothing). */
  record Edited(JsonText text) implements EditResult {
    public Edited {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Nothing was changed, for these reasons (at least one error). */
  record Refused(List<Diagnostic> diagnostics) implements EditResult {
    public Refused {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** The edited text. */
  default JsonText orElseThrow() {
    if (this instanceof Edited edited) {
      return edited.text();
    }
    throw new IllegalStateException("the edit was refused: " + ((Refused) this).diagnostics());
  }
}
