package io.kiro4j.core.ignore;

import java.util.Objects;

/**
 * Why a path is ignored: the rule that excluded it, and the path that rule matched, which is the
 * path itself or one of its parent directories ("You cannot re-include a file if a parent directory
 * is excluded", docs L20349).
 *
 * <p>Immutable and thread-safe.
 *
 * @param matchedPath the path relative to the root that the rule matched: the queried path or an
 *     ancestor directory of it
 * @param rule the excluding rule (never a negation)
 */
public record IgnoreMatch(String matchedPath, IgnoreRule rule) {

  public IgnoreMatch {
    Objects.requireNonNull(matchedPath, "matchedPath");
    Objects.requireNonNull(rule, "rule");
  }

  /** For example {@code secrets excluded by .kiroignore:1: secrets/}. */
  @Override
  public String toString() {
    return matchedPath + " excluded by " + rule;
  }
}
