package io.kiro4j.specs.requirements;

import java.util.Objects;

/**
 * {@code **User Story:** As a <role>, I want <goal>, so that <benefit>}. The parts are empty when
 * the sentence does not follow the template.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the story as written (after the label)
 * @param role after "As a"
 * @param want after "I want"
 * @param benefit after "so that"
 */
public record UserStory(String text, String role, String want, String benefit) {
  public UserStory {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(want, "want");
    Objects.requireNonNull(benefit, "benefit");
  }
}
