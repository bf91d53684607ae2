package io.kiro4j.specs.requirements;

import io.kiro4j.specs.source.SourceSpan;
import java.util.Objects;

/**
 * A glossary entry, {@code - **Term_Name**: definition}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the term
 * @param definition its definition
 * @param span the line
 */
public record GlossaryTerm(String term, String definition, SourceSpan span) {
  public GlossaryTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(span, "span");
  }
}
