package io.kiro4j.specs.source;

/**
 * One line of a document, without its terminator.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number 1-based line number
 * @param start offset of the line's first character in the text
 * @param end offset just past its last character (before the terminator)
 * @param terminatorEnd offset just past its terminator ({@code \n}, {@code \r\n} or {@code \r});
 *     equal to {@code end} for a last line without one
 * @param text the line's content
 */
public record SourceLine(int number, int start, int end, int terminatorEnd, String text) {

  /** The number of leading spaces and tabs (a tab counts as one). */
  public int indent() {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** True when the line holds only white space. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /** The span of the characters {@code from..to} of this line (offsets within the line). */
  public SourceSpan span(int from, int to) {
    return new SourceSpan(start + from, start + to, number, text.codePointCount(0, from) + 1);
  }

  /** The span of the whole line, terminator excluded. */
  public SourceSpan span() {
    return span(0, text.length());
  }
}
