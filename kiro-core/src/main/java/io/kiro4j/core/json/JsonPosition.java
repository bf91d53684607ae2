package io.kiro4j.core.json;

/**
 * A place in JSON text: 1-based line and 1-based column.
 *
 * <p>Columns count Unicode code points from the start of the line, so a tab, an {@code é} and an
 * emoji are one column each; a leading byte order mark is not counted. Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record JsonPosition(int line, int column) {

  /** The first character of the text. */
  public static final JsonPosition START = new JsonPosition(1, 1);

  public JsonPosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
