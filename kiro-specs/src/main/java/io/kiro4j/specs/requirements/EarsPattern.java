package io.kiro4j.specs.requirements;

import java.util.Locale;

/**
 * The EARS (Easy Approach to Requirements Syntax) template an acceptance criterion follows (docs
 * L382–409: {@code WHEN [condition/event] THE SYSTEM SHALL [expected behavior]}).
 *
 * <p>Immutable and thread-safe.
 */
public enum EarsPattern {
  /** {@code THE <system> SHALL <response>}: always true. */
  UBIQUITOUS,
  /** {@code WHEN <trigger>[,| THEN] THE <system> SHALL <response>}. */
  EVENT_DRIVEN,
  /** {@code WHILE <state>, THE <system> SHALL <response>}. */
  STATE_DRIVEN,
  /** {@code IF <unwanted condition>, THEN THE <system> SHALL <response>}. */
  UNWANTED_BEHAVIOUR,
  /** {@code WHERE <feature is included>, THE <system> SHALL <response>}. */
  OPTIONAL_FEATURE,
  /** Several of WHERE, WHILE, WHEN, IF combined (EARS "complex" requirements). */
  COMPLEX;

  /** Lower-case with dashes, for JSON: {@code event-driven}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
