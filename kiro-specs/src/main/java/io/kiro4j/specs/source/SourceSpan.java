package io.kiro4j.specs.source;

/**
 * Where an element of a spec document is in its file: a range of characters of the decoded text,
 * and the 1-based line and column of its first character.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first character (0-based, in {@code char}s of the text)
 * @param end offset just past the last character
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}, counting code points
 */
public record SourceSpan(int start, int end, int line, int column) {

  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
  }

  /** The spanned text of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
