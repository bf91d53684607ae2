package io.kiro4j.specs.requirements;

import io.kiro4j.specs.source.SourceSpan;
import java.util.Objects;

/**
 * One item of a reference list such as {@code _Requirements: 1.1, 2.3_} in tasks.md or {@code
 * **Validates: Requirements 1.2**} in design.md.
 *
 * @param text the item as written ({@code 1.2}, {@code 2}, {@code All})
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
    /** Something that is not an id; reported by the traceability check. */
    INVALID
  }

  public RequirementRef {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
