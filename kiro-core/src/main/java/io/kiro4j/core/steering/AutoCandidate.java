package io.kiro4j.core.steering;

import java.util.Objects;

/**
 * An {@code auto} steering file offered to the caller's model: Kiro includes it "when your request
 * matches the description" (docs L1186), a choice the model makes, not this library.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the file's {@code name}
 * @param description when to include it
 * @param file the steering file
 */
public record AutoCandidate(String name, String description, SteeringFile file) {
  public AutoCandidate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(file, "file");
  }
}
