package io.kiro4j.specs.design;

import io.kiro4j.specs.source.SourceSpan;
import java.util.Objects;

/**
 * A heading of design.md and the text up to the next heading of the same or a higher level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level 1 to 6
 * @param title the heading text ({@code Architecture}, {@code Correctness Properties})
 * @param span from the heading's first character to the end of the section
 */
public record DesignSection(int level, String title, SourceSpan span) {
  public DesignSection {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(span, "span");
  }
}
