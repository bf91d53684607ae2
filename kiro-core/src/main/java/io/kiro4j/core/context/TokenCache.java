package io.kiro4j.core.context;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token counts of texts already counted by one assembler: steering and skill texts are the same
 * strings turn after turn (the workspace caches them), so a warm turn counts only what is new.
 * Bounded: past {@link #MAX_ENTRIES} texts it starts again empty.
 *
 * <p>Thread-safe.
 */
final class TokenCache {

  static final int MAX_ENTRIES = 20_000;

  private final TokenCounter counter;
  private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

  TokenCache(TokenCounter counter) {
    this.counter = counter;
  }

  int count(String text) {
    Integer known = counts.get(text);
    if (known != null) {
      return known;
    }
    int n = Math.max(0, counter.count(text));
    if (counts.size() >= MAX_ENTRIES) {
      counts.clear();
    }
    counts.put(text, n);
    return n;
  }

  TokenCounter counter() {
    return counter;
  }
}
