package io.kiro4j.skills.prompt;

import java.util.Objects;

/**
 * One skill as the model sees it in {@code <available_skills>}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the skill's name
 * @param description what it does and when to use it
 * @param location the absolute path of its {@code SKILL.md}
 */
public record PromptEntry(String name, String description, String location) {
  public PromptEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
  }
}
