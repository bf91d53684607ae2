package io.kiro4j.core.lint.fix;

/**
 * Replaces the characters {@code [start, end)} of a file's text with {@code replacement}. Offsets
 * are {@code char} (UTF-16) indices into the decoded text, the unit of Java strings and of the
 * Language Server Protocol's default position encoding.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first replaced char
 * @param end one past the last replaced char ({@code start} for an insertion)
 * @param replacement the new text
 * @since 0.2
 */
public record TextEdit(int start, int end, String replacement) {

  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
    java.util.Objects.requireNonNull(replacement, "replacement");
  }

  /**
   * The char offset in {@code text} of a diagnostic position (1-based line, 1-based column counted
   * in code points), if the text has that line and column (the end of a line included).
   */
  public static java.util.OptionalInt offsetOf(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return java.util.OptionalInt.empty();
      }
      start = nl + 1;
    }
    int nl = text.indexOf('\n', start);
    int end = nl < 0 ? text.length() : nl;
    try {
      int offset = text.offsetByCodePoints(start, column - 1);
      return offset <= end ? java.util.OptionalInt.of(offset) : java.util.OptionalInt.empty();
    } catch (IndexOutOfBoundsException e) {
      return java.util.OptionalInt.empty();
    }
  }
}
