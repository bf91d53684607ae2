package io.kiro4j.core.glob;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A glob pattern that cannot be compiled, with the 0-based offset of the offending character.
 *
 * <p>Thrown by {@link Glob#compile}. Loaders of user files catch it and report {@link
 * GlobCode#INVALID_PATTERN} through {@link #toDiagnostic}.
 *
 * <p>Thread-safe: its own fields are final.
 */
public final class GlobSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String pattern;
  private final int index;
  private final String reason;

  /**
   * @param pattern the pattern as given to {@link Glob#compile}
   * @param index 0-based offset into {@code pattern} of the offending character
   * @param reason what is wrong, for example {@code unclosed '['}
   */
  public GlobSyntaxException(String pattern, int index, String reason) {
    super(reason + " at index " + index + " in glob pattern '" + pattern + "'");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.reason = Objects.requireNonNull(reason, "reason");
    if (index < 0 || index > pattern.length()) {
      throw new IllegalArgumentException(
          "index " + index + " is outside the pattern of length " + pattern.length());
    }
    this.index = index;
  }

  /** The pattern that failed to compile. */
  public String pattern() {
    return pattern;
  }

  /** 0-based offset (in UTF-16 chars) into {@link #pattern()} of the offending character. */
  public int index() {
    return index;
  }

  /** What is wrong, without the pattern, for example {@code unclosed '['}. */
  public String reason() {
    return reason;
  }

  /**
   * A {@link GlobCode#INVALID_PATTERN} diagnostic pointing at the offending character. Columns
   * count code points, like every kiro4j diagnostic; {@link #index()} counts UTF-16 chars.
   *
   * @param file the file the pattern was written in
   * @param line 1-based line of the pattern
   * @param patternColumn 1-based column of the pattern's first character
   */
  public Diagnostic toDiagnostic(Path file, int line, int patternColumn) {
    return Diagnostic.of(
        GlobCode.INVALID_PATTERN,
        file,
        line,
        patternColumn + pattern.codePointCount(0, index),
        "invalid glob pattern '" + pattern + "': " + reason);
  }
}
