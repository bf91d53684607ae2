package io.kiro4j.specs.design;

import io.kiro4j.specs.requirements.RequirementRef;
import io.kiro4j.specs.source.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * A correctness property of design.md (docs L17976–18150): {@code Property N: title}, a statement
 * starting "For any", and the requirements it validates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number {@code N}
 * @param title the text after {@code Property N:}
 * @param statement the lines after the title, joined
 * @param validates the {@code Validates: Requirements 1.2, 3.1} references
 * @param span the title line
 */
public record CorrectnessProperty(
    String number,
    String title,
    String statement,
    List<RequirementRef> validates,
    SourceSpan span) {
  public CorrectnessProperty {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(statement, "statement");
    validates = List.copyOf(validates);
    Objects.requireNonNull(span, "span");
  }
}
