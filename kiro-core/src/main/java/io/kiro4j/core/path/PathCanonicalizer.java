package io.kiro4j.core.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
   * {@code ..} applied after resolving, the missing remainder normalised lexically.
   */
  public static Path canonicalize(Path path) {
    Path absolute = path.toAbsolutePath();
    if (!hasDotSegments(absolute)) {
      // Fast path (the common case): one existence probe per missing trailing name and a single
      // realpath for the existing prefix, instead of one per segment.
      Path existing = absolute;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing != null) {
        try {
          return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
          // Changed under us: fall back to the segment-by-segment walk.
        }
      }
    }
    return canonicalizeBySegment(absolute);
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

  private static Path canonicalizeBySegment(Path absolute) {
    Path current = absolute.getRoot();
    for (Path segment : absolute) {
      String name = segment.toString();
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        Path parent = current.getParent();
        current = parent == null ? current : parent;
        continue;
      }
      Path next = current.resolve(name);
      // Checked at every step, not only until the first missing name: "missing/../link" must
      // still resolve "link" through the file system.
      if (Files.exists(next)) {
        try {
          next = next.toRealPath();
        } catch (IOException e) {
          // Disappeared or unreadable between the two calls: keep the lexical form.
        }
      }
      current = next;
    }
    return current;
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
