package io.kiro4j.specs;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code .config.kiro} JSON newer Kiro versions write into a spec folder: {@code
 * {"generationMode": "requirements-first"}} or {@code {"specId": "<uuid>", "workflowType":
 * "requirements-first", "specType": "feature"|"bugfix"}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param generationMode {@code generationMode}, if present
 * @param specId {@code specId}, if present
 * @param workflowType {@code workflowType}, if present
 * @param specType {@code specType} as written, if present
 */
public record SpecConfig(
    Optional<String> generationMode,
    Optional<String> specId,
    Optional<String> workflowType,
    Optional<String> specType) {
  public SpecConfig {
    Objects.requireNonNull(generationMode, "generationMode");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(workflowType, "workflowType");
    Objects.requireNonNull(specType, "specType");
  }
}
