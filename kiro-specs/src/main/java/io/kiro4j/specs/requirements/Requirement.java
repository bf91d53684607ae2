package io.kiro4j.specs.requirements;

import io.kiro4j.specs.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ### Requirement N[: title]} with its user story and acceptance criteria; in a bugfix.md,
 * one of the three behaviour sections (ids 1, 2, 3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the number ({@code 3})
 * @param title the title after the number, if any
 * @param userStory the {@code **User Story:**}, if any
 * @param criteria the acceptance criteria in order
 * @param span the heading line
 */
public record Requirement(
    String id,
    Optional<String> title,
    Optional<UserStory> userStory,
    List<AcceptanceCriterion> criteria,
    SourceSpan span) {
  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(userStory, "userStory");
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(span, "span");
  }
}
