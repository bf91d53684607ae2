package io.kiro4j.core.internal.json;

import io.kiro4j.core.json.JsonPosition;
import java.util.Arrays;

/**
 * Turns char offsets into {@link JsonPosition}s: the start of every line and every surrogate pair
 * are found in one pass, then each lookup is two or three binary searches, whatever the length of
 * the line (a minified file is one line: counting code points from its start for every lookup was
 * quadratic).
 *
 * <p>Columns count code points; {@code \n}, {@code \r\n} and a lone {@code \r} end a line, as for
 * the JSON parser. Immutable and thread-safe.
 */
final class LineIndex {

  private static final int[] NONE = new int[0];

  private final int length;
  private final int[] lineStarts;

  /** Offsets of the high surrogate of every surrogate pair, ascending. */
  private final int[] pairStarts;

  LineIndex(String text) {
    this.length = text.length();
    int[] starts = new int[16];
    int count = 1; // line 1 starts at 0
    int[] pairs = NONE;
    int pairCount = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      // A \r directly followed by \n is one line break, counted at the \n.
      if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (pairCount == pairs.length) {
          pairs = Arrays.copyOf(pairs, Math.max(16, pairCount * 2));
        }
        pairs[pairCount++] = i++;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.pairStarts = Arrays.copyOf(pairs, pairCount);
  }

  /** The position of the char at {@code offset} (clamped to the text). */
  JsonPosition at(int offset) {
    int target = Math.max(0, Math.min(offset, length));
    int found = Arrays.binarySearch(lineStarts, target);
    int line = found >= 0 ? found : -found - 2;
    int start = lineStarts[line];
    // As String.codePointCount(start, target): a pair counts once when both halves are before
    // target; a line never starts inside a pair.
    int pairs = pairStarts.length == 0 ? 0 : below(target - 1) - below(start);
    return new JsonPosition(line + 1, target - start - pairs + 1);
  }

  /** How many pairs start before {@code offset}. */
  private int below(int offset) {
    int lo = 0;
    int hi = pairStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairStarts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
