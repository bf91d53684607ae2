package io.kiro4j.core.path;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether path rules compare names with or without regard to letter case.
 *
 * <pre>{@code
 * boolean fold = CaseSensitivity.AUTO.ignoresCase(workspaceRoot);   // true on macOS' default APFS
 * }</pre>
 *
 * <p>On a case-insensitive file system (macOS default, Windows) {@code SECRETS/key} is the file
 * {@code secrets/key}: a rule compared case-sensitively could be escaped by changing letter case.
 *
 * <p>Immutable and thread-safe.
 */
public enum CaseSensitivity {
  /**
   * Probe the file system of the given folder: it ignores case when the folder (or its nearest
   * ancestor whose name has letters) is reachable under the name with its letters' case flipped
   * ({@link PathCanonicalizer#isCaseInsensitive}); when no name on the way has letters, or the
   * folder does not exist, the OS default (macOS and Windows ignore case, others do not).
   */
  AUTO,
  /** Compare names exactly (Linux and most Unix file systems). */
  SENSITIVE,
  /** Compare names with simple per-character case folding (macOS default APFS, NTFS). */
  INSENSITIVE;

  /** True when names under {@code dir} are compared ignoring case. Probes for {@link #AUTO}. */
  public boolean ignoresCase(Path dir) {
    switch (this) {
      case SENSITIVE:
        return false;
      case INSENSITIVE:
        return true;
      default:
        return probe(dir);
    }
  }

  private static boolean probe(Path dir) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      return osDefault();
    }
    for (Path name : real) {
      String s = name.toString();
      if (!s.toUpperCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
        return PathCanonicalizer.isCaseInsensitive(real);
      }
    }
    return osDefault();
  }

  private static boolean osDefault() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return os.startsWith("mac") || os.startsWith("windows");
  }

  /**
   * {@code text} with simple per-character case folding (as {@code GlobOptions} folds), so two
   * names a case-insensitive file system treats as one compare equal.
   */
  public static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
    }
    return new String(chars);
  }
}
