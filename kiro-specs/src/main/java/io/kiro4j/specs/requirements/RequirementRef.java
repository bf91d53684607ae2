package io.kiro4j.specs.requirements;

import io.kiro4j.specs.source.SourceSpan;
import java.util.Objects;

/**
 * One item of a reference list such as {@code _Requirements: 1.1, 2.3_} in tasks.md or {@code
 * **Validates: Requirements 1.2**} in design.md.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the id it names ({@code 1.2} for any of {@code 1.2}, {@code Requirement 1.2}, {@code
 *     R1 AC2}; one reference per id of a range), the property number, or the item as written
 *     ({@code All}, a note, an unreadable item)
 * @param kind what the item is
 * @param span where it is
 */
public record RequirementRef(String text, Kind kind, SourceSpan span) {

  /** What a reference item names. */
  public enum Kind {
    /** A requirement ({@code 2}) or acceptance criterion ({@code 2.3}) id. */
    ID,
    /** {@code All}: every requirement of the spec. */
    ALL,
    /** Something that looks like an id but cannot be read; reported by the traceability check. */
    INVALID,
    /**
     * A correctness property of design.md ({@code Property 3}, {@code Properties 1, 2}), written in
     * a requirements list; the text is its number.
     */
    PROPERTY,
    /** Words that are no id ({@code N/A}, {@code TBD}, {@code FR1}); not traced. */
    NOTE,
    /**
     * A range across requirements ({@code 1.1-6.6}): every criterion from the first id to the last
     * in document order; the text is {@code first-last}.
     */
    RANGE
  }

  public RequirementRef {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
