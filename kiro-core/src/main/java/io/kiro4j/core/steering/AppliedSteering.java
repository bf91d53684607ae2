package io.kiro4j.core.steering;

import java.util.Objects;

/**
 * A steering file that applies to a request, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the steering file
 * @param reason why it applies
 */
public record AppliedSteering(SteeringFile file, InclusionReason reason) {
  public AppliedSteering {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}
