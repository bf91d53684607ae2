package io.kiro4j.specs.requirements;

import io.kiro4j.specs.source.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered acceptance criterion ({@code 2. WHEN ..., THE System SHALL ...}) or bugfix clause
 * ({@code 2.1 WHEN ... THEN the system SHALL ...}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the full id, {@code <requirement>.<number>} ({@code 1.2})
 * @param text the criterion, continuation lines joined with a space
 * @param ears the EARS reading, empty when it has none (see the diagnostics)
 * @param span the first line
 */
public record AcceptanceCriterion(
    String id, String text, Optional<EarsStatement> ears, SourceSpan span) {
  public AcceptanceCriterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ears, "ears");
    Objects.requireNonNull(span, "span");
  }

  /** The 1-based line. */
  public int line() {
    return span.line();
  }
}
