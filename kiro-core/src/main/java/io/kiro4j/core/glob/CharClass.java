package io.kiro4j.core.glob;

/**
 * A compiled {@code [...]}: a 128-bit map for ASCII (the common case, one shift and mask) plus
 * inclusive code point ranges for everything else. Immutable.
 */
final class CharClass {

  private final boolean negated;
  private final boolean caseInsensitive;
  private final long ascii0;
  private final long ascii1;
  private final int[] ranges;

  /**
   * @param negated {@code [!...]} or {@code [^...]}
   * @param ranges inclusive (low, high) pairs
   * @param posixAscii extra ASCII members from POSIX classes, as a 128-bit map {@code [low, high]}
   * @param caseInsensitive fold case when testing membership
   */
  CharClass(boolean negated, int[] ranges, long[] posixAscii, boolean caseInsensitive) {
    this.negated = negated;
    this.caseInsensitive = caseInsensitive;
    this.ranges = ranges.clone();
    long lo = posixAscii[0];
    long hi = posixAscii[1];
    for (int c = 0; c < 128; c++) {
      boolean member = inRanges(c);
      if (!member && caseInsensitive) {
        int lower = Character.toLowerCase(c);
        int upper = Character.toUpperCase(c);
        // A POSIX class such as [:upper:] also matches the other case when folding.
        member =
            inRanges(lower) || inRanges(upper) || bit(posixAscii, lower) || bit(posixAscii, upper);
      }
      if (member) {
        if (c < 64) {
          lo |= 1L << c;
        } else {
          hi |= 1L << (c - 64);
        }
      }
    }
    this.ascii0 = lo;
    this.ascii1 = hi;
  }

  private static boolean bit(long[] map, int c) {
    if (c >= 128) {
      return false;
    }
    return c < 64 ? (map[0] >>> c & 1L) != 0 : (map[1] >>> (c - 64) & 1L) != 0;
  }

  private boolean inRanges(int cp) {
    int[] r = ranges;
    for (int i = 0; i < r.length; i += 2) {
      if (cp >= r[i] && cp <= r[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** True when the class accepts {@code cp}; whether {@code /} may match is the caller's rule. */
  boolean matches(int cp) {
    boolean member;
    if (cp < 64) {
      member = (ascii0 >>> cp & 1L) != 0;
    } else if (cp < 128) {
      member = (ascii1 >>> (cp - 64) & 1L) != 0;
    } else {
      member =
          inRanges(cp)
              || caseInsensitive
                  && (inRanges(Character.toLowerCase(cp)) || inRanges(Character.toUpperCase(cp)));
    }
    return member != negated;
  }
}
