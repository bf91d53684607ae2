package io.kiro4j.core.path;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short-lived memory of what {@link PathCanonicalizer} learnt from the file system: for a path
 * whose parent is already canonical, its canonical form (itself, or where its symlink leads) or the
 * fact that nothing exists there.
 *
 * <p>Why: every permission decision and every file event canonicalises a path, and on a virtual
 * machine each {@code lstat} costs one to two microseconds; a decision that stats every folder from
 * the root costs more than everything else it does. With the cache, a path below a folder seen
 * within the last {@link #ttl()} costs one {@code lstat} for its own name, or none if that name was
 * seen too.
 *
 * <p>The price is staleness: a folder replaced by a symlink (or a name created) less than {@link
 * #ttl()} ago may still be judged as it was. A decision is already only true at the moment it is
 * made (the file system can change before the tool runs), so a short window adds little; callers
 * that want none use {@link #disabled()}. Entries are few bytes each; at {@code maxEntries} the
 * cache is simply emptied.
 *
 * <pre>{@code
 * CanonicalPathCache cache = CanonicalPathCache.create(Duration.ofSeconds(2), 10_000);
 * Path canonical = PathCanonicalizer.canonicalize(path, cache);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CanonicalPathCache {

  /** Two seconds: long enough for a burst of decisions, short for a human changing files. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(2);

  /** Ten thousand names: a large repository's folders, a few hundred kilobytes. */
  public static final int DEFAULT_MAX_ENTRIES = 10_000;

  private static final CanonicalPathCache DISABLED = new CanonicalPathCache(Duration.ZERO, 0);

  /** What is known about one name: its canonical form, or {@code null} for "nothing there". */
  record Entry(Path canonical, long expiresAt) {
    boolean missing() {
      return canonical == null;
    }
  }

  private final Duration ttl;
  private final long ttlNanos;
  private final int maxEntries;
  private final ConcurrentHashMap<Path, Entry> entries;

  private CanonicalPathCache(Duration ttl, int maxEntries) {
    this.ttl = ttl;
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
    this.entries = maxEntries > 0 ? new ConcurrentHashMap<>() : null;
  }

  /**
   * A cache whose entries live {@code ttl}; {@link Duration#ZERO} (or {@code maxEntries} 0) gives
   * {@link #disabled()}.
   */
  public static CanonicalPathCache create(Duration ttl, int maxEntries) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || maxEntries < 0) {
      throw new IllegalArgumentException("ttl and maxEntries must not be negative");
    }
    return ttl.isZero() || maxEntries == 0 ? DISABLED : new CanonicalPathCache(ttl, maxEntries);
  }

  /** A cache with {@link #DEFAULT_TTL} and {@link #DEFAULT_MAX_ENTRIES}. */
  public static CanonicalPathCache create() {
    return create(DEFAULT_TTL, DEFAULT_MAX_ENTRIES);
  }

  /** No memory: every canonicalisation asks the file system. */
  public static CanonicalPathCache disabled() {
    return DISABLED;
  }

  /** How long an entry is trusted. */
  public Duration ttl() {
    return ttl;
  }

  boolean enabled() {
    return entries != null;
  }

  /** The live entry for {@code path}, or null. */
  Entry get(Path path) {
    if (entries == null) {
      return null;
    }
    Entry entry = entries.get(path);
    if (entry == null) {
      return null;
    }
    if (System.nanoTime() - entry.expiresAt() >= 0) {
      entries.remove(path, entry);
      return null;
    }
    return entry;
  }

  /** Remembers {@code canonical} for {@code path}; {@code null} means nothing exists there. */
  void put(Path path, Path canonical) {
    if (entries == null) {
      return;
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(path, new Entry(canonical, System.nanoTime() + ttlNanos));
  }

  @Override
  public String toString() {
    return entries == null
        ? "CanonicalPathCache[disabled]"
        : "CanonicalPathCache[ttl=" + ttl + ", entries=" + entries.size() + "]";
  }
}
