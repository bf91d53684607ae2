package io.kiro4j.skills.skill;

import java.util.Objects;

/**
 * What {@link SkillProperties#read} found: the properties, or why the reference refuses them.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface PropertiesResult permits PropertiesResult.Read, PropertiesResult.Failed {

  /**
   * The properties were read.
   *
   * @param properties the skill's properties
   */
  record Read(SkillProperties properties) implements PropertiesResult {
    public Read {
      Objects.requireNonNull(properties, "properties");
    }
  }

  /**
   * The properties could not be read.
   *
   * @param message the reference's message ({@code skills-ref} prints {@code Error: {message}})
   */
  record Failed(String message) implements PropertiesResult {
    public Failed {
      Objects.requireNonNull(message, "message");
    }
  }
}
