package io.kiro4j.core.steering;

import java.util.Optional;

/**
 * When a steering file is loaded into an interaction (docs L1113–1193).
 *
 * <p>The front matter key {@code inclusion} takes {@code always} (the default, also with no front
 * matter), {@code fileMatch}, {@code manual} or {@code auto}. {@link #AGENTS} is not a front matter
 * value: it marks an {@code AGENTS.md} file, which has no modes and is always included (L1101).
 *
 * <p>Immutable and thread-safe.
 */
public enum InclusionMode {
  /** Loaded into every interaction. */
  ALWAYS("always"),
  /** Loaded when the request works on a file matching {@code fileMatchPattern}. */
  FILE_MATCH("fileMatch"),
  /** Loaded when the request references it as {@code #name}. */
  MANUAL("manual"),
  /**
   * Offered to the model by {@code name} and {@code description}; loaded when chosen or referenced.
   */
  AUTO("auto"),
  /** An {@code AGENTS.md} file: always included, no modes. */
  AGENTS("agents");

  private final String label;

  InclusionMode(String label) {
    this.label = label;
  }

  /** The spelling in front matter and JSON output: {@code always}, {@code fileMatch}, ... */
  public String label() {
    return label;
  }

  /**
   * The mode written exactly as {@code value} in front matter ({@link #AGENTS} is never written).
   */
  public static Optional<InclusionMode> fromFrontMatter(String value) {
    for (InclusionMode mode : values()) {
      if (mode != AGENTS && mode.label.equals(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /** The mode whose spelling equals {@code value} ignoring case, for a helpful diagnostic. */
  static Optional<InclusionMode> fromFrontMatterIgnoringCase(String value) {
    for (InclusionMode mode : values()) {
      if (mode != AGENTS && mode.label.equalsIgnoreCase(value.strip())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
