package io.kiro4j.core.hook.run;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Successful command results by hook and input, until they expire on the runner's clock. */
final class ResultCache {
  private record Entry(CommandResult result, Instant expires) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  ResultCache(Clock clock) {
    this.clock = clock;
  }

  Optional<CommandResult> get(CommandRequest request) {
    if (request.cacheKey().isEmpty() || !cacheable(request)) {
      return Optional.empty();
    }
    String key = request.cacheKey().get();
    Entry e = entries.get(key);
    if (e == null) {
      return Optional.empty();
    }
    if (e.expires != null && !clock.instant().isBefore(e.expires)) {
      entries.remove(key, e);
      return Optional.empty();
    }
    return Optional.of(e.result.asCached());
  }

  void put(CommandRequest request, CommandResult result) {
    if (request.cacheKey().isEmpty() || !cacheable(request) || !result.succeeded()) {
      return;
    }
    Instant expires = request.cacheTtl().map(ttl -> clock.instant().plus(ttl)).orElse(null);
    entries.put(request.cacheKey().get(), new Entry(result, expires));
  }

  private static boolean cacheable(CommandRequest request) {
    return request.cacheTtl().map(ttl -> !ttl.isZero()).orElse(true);
  }

  int size() {
    return entries.size();
  }
}
