package io.kiro4j.core.ignore;

import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One pattern line of an ignore file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the ignore file the line is in
 * @param line 1-based line number; 0 for the {@linkplain #unreadableFile whole-file rule} of an
 *     ignore file that could not be read
 * @param text the line as git reads it: trailing unescaped spaces removed, {@code !} kept
 * @param negated the line starts with {@code !}: a match re-includes the path
 * @param directoryOnly the pattern ends with {@code /}: it matches directories only
 * @param glob the pattern (without {@code !}) in the {@link GlobDialect#GITIGNORE} dialect, matched
 *     against paths relative to the ignore file's folder
 */
public record IgnoreRule(
    Path source, int line, String text, boolean negated, boolean directoryOnly, Glob glob) {

  public IgnoreRule {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(glob, "glob");
    if (line < 0) {
      throw new IllegalArgumentException("line is 1-based (0 for an unreadable file), got " + line);
    }
    if (glob.dialect() != GlobDialect.GITIGNORE) {
      throw new IllegalArgumentException("glob must use the GITIGNORE dialect, got " + glob);
    }
  }

  /** The {@link #text()} of the rule that stands for an unreadable ignore file. */
  public static final String UNREADABLE_TEXT = "(the file cannot be read: everything is excluded)";

  /**
   * The rule an ignore file that cannot be read (not UTF-8, over the size limit, a FIFO, no
   * permission) stands for: it excludes everything its lines could have excluded, everything below
   * its folder (for a global file, everything). Failing closed: a file the user wrote to protect
   * secrets must not open them up by being broken. Line 0, pattern {@code **}.
   */
  public static IgnoreRule unreadableFile(Path source) {
    return new IgnoreRule(
        source,
        0,
        UNREADABLE_TEXT,
        false,
        false,
        Glob.compile("**", GlobDialect.GITIGNORE, GlobOptions.defaults()));
  }

  /** True for the {@linkplain #unreadableFile rule of an unreadable ignore file}. */
  public boolean unreadable() {
    return line == 0;
  }

  /**
   * True when the pattern matches {@code relativePath} (relative to the ignore file's folder),
   * ignoring negation and parent directories.
   */
  public boolean matches(CharSequence relativePath, boolean directory) {
    return matches(relativePath, 0, relativePath.length(), directory);
  }

  boolean matches(CharSequence path, int from, int to, boolean directory) {
    return (directory || !directoryOnly) && glob.matches(path, from, to);
  }

  /**
   * {@code source:line: text}, for example {@code .kiroignore:3: secrets/}; {@code source: text}
   * for an unreadable file's rule.
   */
  @Override
  public String toString() {
    return unreadable() ? source + ": " + text : source + ":" + line + ": " + text;
  }
}
