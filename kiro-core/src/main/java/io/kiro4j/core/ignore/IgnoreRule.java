package io.kiro4j.core.ignore;

import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One pattern line of an ignore file.
 *
 * @param source the ignore file the line is in
 * @param line 1-based line number
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
    if (line < 1) {
      throw new IllegalArgumentException("line is 1-based, got " + line);
    }
    if (glob.dialect() != GlobDialect.GITIGNORE) {
      throw new IllegalArgumentException("glob must use the GITIGNORE dialect, got " + glob);
    }
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

  /** {@code source:line: text}, for example {@code .kiroignore:3: secrets/}. */
  @Override
  public String toString() {
    return source + ":" + line + ": " + text;
  }
}
