package io.kiro4j.core.json;

/**
 * Turns char offsets into {@link JsonPosition}s. Callers ask for offsets in increasing order (the
 * order a parser meets tokens), so each call only walks the text between the previous offset and
 * the new one: a whole document costs one pass, even on one very long line. Asking for an earlier
 * offset restarts from the beginning.
 *
 * <p>Columns count code points; {@code \n}, {@code \r\n} and a lone {@code \r} end a line, as for
 * the JSON parser. Not thread-safe: one instance per parse.
 */
final class TextPositions {

  private final String text;
  private int offset;
  private int line = 1;
  private int column = 1;

  TextPositions(String text) {
    this.text = text;
  }

  JsonPosition at(int target) {
    if (target < offset) {
      offset = 0;
      line = 1;
      column = 1;
    }
    int end = Math.min(target, text.length());
    while (offset < end) {
      char c = text.charAt(offset);
      if (c == '\n') {
        line++;
        column = 1;
        offset++;
      } else if (c == '\r') {
        offset++;
        // A \r directly followed by \n is one line break, counted at the \n.
        if (offset >= text.length() || text.charAt(offset) != '\n') {
          line++;
          column = 1;
        }
      } else if (Character.isHighSurrogate(c)
          && offset + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(offset + 1))) {
        column++;
        offset += 2;
      } else {
        column++;
        offset++;
      }
    }
    return new JsonPosition(line, column);
  }
}
