package io.kiro4j.core.json;

import java.util.Arrays;

/**
 * Turns char offsets into {@link JsonPosition}s: the start of every line is found in one pass, then
 * each lookup is a binary search plus a code point count within one line.
 *
 * <p>Columns count code points; {@code \n}, {@code \r\n} and a lone {@code \r} end a line, as for
 * the JSON parser. Immutable and thread-safe.
 */
final class LineIndex {

  private final String text;
  private final int[] lineStarts;

  LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1; // line 1 starts at 0
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A \r directly followed by \n is one line break, counted at the \n.
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The position of the char at {@code offset} (clamped to the text). */
  JsonPosition at(int offset) {
    int target = Math.max(0, Math.min(offset, text.length()));
    int found = Arrays.binarySearch(lineStarts, target);
    int line = found >= 0 ? found : -found - 2;
    return new JsonPosition(line + 1, text.codePointCount(lineStarts[line], target) + 1);
  }
}
