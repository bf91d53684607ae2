package io.kiro4j.core.steering;

import io.kiro4j.core.glob.Glob;
import java.util.Objects;

/**
 * One compiled {@code fileMatchPattern} glob.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pattern the glob as read (after splitting comma- or pipe-joined strings)
 * @param glob the compiled glob in the workspace-file dialect
 * @param line 1-based line of the pattern's value in the file
 * @param column 1-based column of the pattern's value in the file
 */
public record FilePattern(String pattern, Glob glob, int line, int column) {

  public FilePattern {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(glob, "glob");
  }

  /** True when {@code relativePath} (relative to its root, {@code /}-separated) matches. */
  public boolean matches(String relativePath) {
    return glob.matches(relativePath);
  }
}
