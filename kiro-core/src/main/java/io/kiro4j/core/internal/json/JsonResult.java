package io.kiro4j.core.internal.json;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link JsonLoader#parse} read: the document, when a tree could be built, and every
 * diagnostic.
 *
 * <p>The document is absent after a syntax error ({@code JSON-001}), for an empty text ({@code
 * JSON-005}) and when a limit was exceeded. It is present, together with error diagnostics, when
 * strict mode found comments or trailing commas: check {@link #hasErrors()} before trusting it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the parsed document, if a tree could be built
 * @param diagnostics every problem found, in text order
 */
public record JsonResult(Optional<JsonDocument> document, List<Diagnostic> diagnostics) {

  public JsonResult {
    Objects.requireNonNull(document, "document");
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when at least one diagnostic is an error. */
  public boolean hasErrors() {
    return Diagnostics.anyError(diagnostics);
  }
}
