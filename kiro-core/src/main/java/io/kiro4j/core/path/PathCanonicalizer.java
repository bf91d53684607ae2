package io.kiro4j.core.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * One canonical form for paths, applied the same way to configured patterns and to the targets they
 * are checked against.
 *
 * <p>Why: upstream resolves symlinks in targets but not in patterns, so a rule under a symlinked
 * folder never matches (a known bug, Kiro issues #7269 and #4212). Here both sides go through
 * {@link #canonicalize(Path)}: every existing prefix is resolved through the file system (symlinks
 * followed, {@code ..} applied to the real parent as the OS does), and the part that does not exist
 * yet is normalised lexically.
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class PathCanonicalizer {

  private PathCanonicalizer() {}

  /**
   * Lexical normalisation: drops {@code .}, applies {@code ..} to the previous segment, never
   * climbs above the root. Does not touch the file system.
   */
  public static Path normalize(Path path) {
    Path normalized = path.normalize();
    // Path.normalize keeps leading ".." of an absolute path ("/../a"); the OS treats them as "/".
    if (normalized.isAbsolute()) {
      Path root = normalized.getRoot();
      Path result = root;
      for (Path segment : normalized) {
        if (!segment.toString().equals("..")) {
          result = result.resolve(segment);
        }
      }
      return result;
    }
    return normalized;
  }

  /**
   * The canonical absolute form of {@code path}: symlinks resolved for every prefix that exists,
   * {@code ..} applied after resolving, the missing remainder normalised lexically. A dangling
   * symlink is followed too: writing through it would create its target, so the target is what the
   * path means.
   */
  public static Path canonicalize(Path path) {
    return canonicalize(path, CanonicalPathCache.disabled());
  }

  /**
   * {@link #canonicalize(Path)}, remembering what it learns in {@code cache} and using what the
   * cache already knows (see {@link CanonicalPathCache} for the trade-off).
   */
  public static Path canonicalize(Path path, CanonicalPathCache cache) {
    return walk(path.toAbsolutePath(), cache, 0);
  }

  /** Symlinks followed in one canonicalisation before giving up, as Linux's ELOOP limit. */
  private static final int MAX_LINKS = 40;

  /**
   * Walks the names of {@code absolute} from the deepest folder the cache knows (the root without
   * one), one {@code lstat} per name, as the OS resolves a path: a real entry stays, a symlink is
   * replaced by where it leads, {@code ..} goes to the real parent, and below the first missing
   * name the rest is lexical.
   */
  private static Path walk(Path absolute, CanonicalPathCache cache, int linksFollowed) {
    int count = absolute.getNameCount();
    Path current = absolute.getRoot();
    int from = 0;
    if (cache.enabled() && !hasDotSegments(absolute)) {
      for (int i = count; i > 0; i--) {
        Path prefix = i == count ? absolute : current.resolve(absolute.subpath(0, i));
        CanonicalPathCache.Entry known = cache.get(prefix);
        if (known != null) {
          if (known.missing()) {
            // Keys are canonical folders plus one name, so this prefix is canonical up to a name
            // that does not exist: the whole path is its own canonical form.
            return absolute;
          }
          current = known.canonical();
          from = i;
          break;
        }
      }
    }
    // Name count of the first missing name once the walk went below one; 0 while on firm ground.
    int missingAt = 0;
    for (int i = from; i < count; i++) {
      String name = absolute.getName(i).toString();
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        Path parent = current.getParent();
        current = parent == null ? current : parent;
        if (missingAt > 0 && current.getNameCount() < missingAt) {
          missingAt = 0; // back above the missing name: "missing/../link" still resolves "link"
        }
        continue;
      }
      Path next = current.resolve(name);
      if (missingAt > 0) {
        current = next;
        continue;
      }
      CanonicalPathCache.Entry known = cache.get(next);
      if (known != null) {
        if (known.missing()) {
          missingAt = next.getNameCount();
          current = next;
        } else {
          current = known.canonical();
        }
        continue;
      }
      BasicFileAttributes attributes = lstat(next);
      if (attributes == null) {
        cache.put(next, null);
        missingAt = next.getNameCount();
        current = next;
      } else if (!attributes.isSymbolicLink()) {
        cache.put(next, next);
        current = next;
      } else {
        Path real = realPath(next);
        if (real != null) {
          cache.put(next, real);
          current = real;
          continue;
        }
        // Dangling (or a loop): follow the link by hand, with the rest of the names after it.
        Path target = linksFollowed < MAX_LINKS ? readLink(next) : null;
        if (target == null) {
          missingAt = next.getNameCount();
          current = next;
          continue;
        }
        Path redirected = current.resolve(target);
        Path rest = i + 1 < count ? absolute.subpath(i + 1, count) : null;
        return walk(rest == null ? redirected : redirected.resolve(rest), cache, linksFollowed + 1);
      }
    }
    return current;
  }

  /**
   * The attributes of {@code path} itself (not a symlink's target), or null if nothing is there.
   */
  private static BasicFileAttributes lstat(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private static Path readLink(Path link) {
    try {
      return Files.readSymbolicLink(link);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }

  private static boolean hasDotSegments(Path absolute) {
    for (Path segment : absolute) {
      String name = segment.toString();
      if (name.equals(".") || name.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code target} is {@code root} or lies below it, comparing canonical forms, so
   * neither {@code ..}, nor {@code ~}-free tricks, nor symlinks can make a path escape its root.
   *
   * @param ignoreCase compare names case-insensitively, for case-insensitive file systems (see
   *     {@link #isCaseInsensitive(Path)})
   */
  public static boolean isWithin(Path root, Path target, boolean ignoreCase) {
    Path r = canonicalize(root);
    Path t = canonicalize(target);
    if (!ignoreCase) {
      return t.startsWith(r);
    }
    if (t.getNameCount() < r.getNameCount()) {
      return false;
    }
    for (int i = 0; i < r.getNameCount(); i++) {
      String a = r.getName(i).toString().toLowerCase(Locale.ROOT);
      String b = t.getName(i).toString().toLowerCase(Locale.ROOT);
      if (!a.equals(b)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #isWithin(Path, Path, boolean)} with case-sensitive comparison. */
  public static boolean isWithin(Path root, Path target) {
    return isWithin(root, target, false);
  }

  /**
   * Probes whether the file system holding the existing directory {@code dir} ignores case: true
   * when the same directory is reachable under a name with its letters' case flipped.
   */
  public static boolean isCaseInsensitive(Path dir) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      return false;
    }
    for (Path p = real; p != null && p.getFileName() != null; p = p.getParent()) {
      String name = p.getFileName().toString();
      String flipped = flipCase(name);
      if (!flipped.equals(name)) {
        Path sibling = p.resolveSibling(flipped);
        try {
          return Files.exists(sibling, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(p, sibling);
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static String flipCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return b.toString();
  }
}
