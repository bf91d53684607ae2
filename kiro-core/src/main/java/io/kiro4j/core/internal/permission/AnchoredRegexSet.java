package io.kiro4j.core.internal.permission;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of {@link AnchoredRegex} rules with the two questions the policies ask. Each rule
 * first checks its required literals (cheap), so most non-matching rules never run the regex.
 */
final class AnchoredRegexSet {

  private final List<AnchoredRegex> rules;

  AnchoredRegexSet(List<AnchoredRegex> rules) {
    this.rules = List.copyOf(rules);
  }

  boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The rules matching {@code text}, in list order (empty when none). */
  List<AnchoredRegex> matching(CharSequence text) {
    List<AnchoredRegex> hits = null;
    for (AnchoredRegex r : rules) {
      if (r.matches(text)) {
        if (hits == null) {
          hits = new ArrayList<>(1);
        }
        hits.add(r);
      }
    }
    return hits == null ? List.of() : hits;
  }

  /** The first rule matching {@code text}, or null. */
  AnchoredRegex first(CharSequence text) {
    for (AnchoredRegex r : rules) {
      if (r.matches(text)) {
        return r;
      }
    }
    return null;
  }
}
