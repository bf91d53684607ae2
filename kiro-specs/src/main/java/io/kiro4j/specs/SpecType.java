package io.kiro4j.specs;

import java.util.Locale;

/**
 * What a spec is for: a feature (requirements.md) or a bug fix (bugfix.md).
 *
 * <p>Immutable and thread-safe.
 */
public enum SpecType {
  /** requirements → design → tasks. */
  FEATURE,
  /** bugfix.md (current, expected, unchanged behaviour) → design → tasks. */
  BUGFIX;

  /** {@code feature} or {@code bugfix}, as in {@code .config.kiro} and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
