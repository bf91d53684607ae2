package io.kiro4j.skills.power;

import java.util.List;
import java.util.Objects;

/**
 * A power that a prompt activates, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param power the power
 * @param matchedKeywords its keywords found in the prompt, in the power's keyword order
 */
public record PowerMatch(Power power, List<String> matchedKeywords) {
  public PowerMatch {
    Objects.requireNonNull(power, "power");
    matchedKeywords = List.copyOf(matchedKeywords);
  }
}
