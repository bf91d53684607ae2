package io.kiro4j.core.diagnostic;

import java.util.Locale;

/**
 * How serious a {@link Diagnostic} is. Ordered from most to least serious.
 *
 * <p>Immutable and thread-safe.
 */
public enum Severity {
  /** The file (or part of it) is rejected as Kiro would reject it. */
  ERROR,
  /** Loaded, but probably not what the author meant. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO;

  /**
   * The lower-case name used in text and JSON output: {@code error}, {@code warning}, {@code info}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
