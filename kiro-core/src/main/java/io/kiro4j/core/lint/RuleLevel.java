package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code .kiro4j.yaml} sets a rule to: off, or a severity that replaces the code's usual one.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum RuleLevel {
  /** The rule's diagnostics are dropped. */
  OFF,
  /** Reported as info. */
  INFO,
  /** Reported as a warning. */
  WARNING,
  /** Reported as an error. */
  ERROR;

  /** The severity diagnostics of the rule get; empty for {@link #OFF}. */
  public Optional<Severity> severity() {
    return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
  }

  /** The level written as {@code off}, {@code info}, {@code warning} or {@code error}. */
  public static Optional<RuleLevel> parse(String text) {
    for (RuleLevel level : values()) {
      if (level.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
