package io.kiro4j.core.glob;

/**
 * One brace-free alternative of a glob, compiled to a flat instruction array and matched by an
 * iterative backtracking loop that allocates nothing.
 *
 * <h2>Instructions</h2>
 *
 * <ul>
 *   <li>{@code LIT}: a run of literal characters (pre-folded when case-insensitive).
 *   <li>{@code ONE}: {@code ?}, one code point. {@code CLASS}: {@code [...]}, one code point.
 *   <li>{@code STAR}: {@code *} within one segment, {@code [^/]*}.
 *   <li>{@code ALL}: anything, {@code .*} (a final {@code **}, or {@code *} in the tool-name
 *       dialect).
 *   <li>{@code DIRS}: zero or more whole leading segments, {@code (.*&#47;)?} (a {@code **}
 *       followed by {@code /}; the {@code /} is part of it). It is always at the start or right
 *       after a literal {@code /}.
 * </ul>
 *
 * <h2>Why two backtrack points are enough</h2>
 *
 * The classic wildcard algorithm remembers only the last {@code *}: a later star can absorb
 * whatever an earlier one would have, so retrying the earlier one never helps. Here there are two
 * kinds of star. A segment star ({@code STAR}) cannot cross {@code /}, and once the literal {@code
 * /} after it has matched, the segment's boundaries in the text are fixed, so its backtrack point
 * is dropped. A spanning star ({@code ALL}, {@code DIRS}) subsumes every earlier star, so only the
 * last one is kept; {@code DIRS} only ever follows a {@code /}, which keeps the argument valid for
 * it. The result: no recursion, no allocation, and {@code O(text × pattern)} in the worst case
 * instead of exponential ({@code a*a*a*a*b}, {@code **}{@code /**}{@code /x}).
 */
final class GlobProgram {

  static final byte LIT = 0;
  static final byte ONE = 1;
  static final byte CLASS = 2;
  static final byte STAR = 3;
  static final byte ALL = 4;
  static final byte DIRS = 5;

  private final byte[] ops;
  private final int[] litStart;
  private final int[] litEnd;
  private final boolean[] litSlash;
  private final CharClass[] classes;
  private final char[] chars;
  private final boolean stopAtSlash;
  private final boolean caseInsensitive;

  // Pre-computed shortcuts.
  private final boolean basenameOnly;
  private final int firstOp;
  private final int opCount;
  private final int suffixStart;
  private final int suffixEnd;
  private final int minLength;
  private final boolean fixedLength;

  GlobProgram(
      byte[] ops,
      int[] litStart,
      int[] litEnd,
      CharClass[] classes,
      char[] chars,
      boolean stopAtSlash,
      boolean caseInsensitive) {
    this.ops = ops;
    this.litStart = litStart;
    this.litEnd = litEnd;
    this.classes = classes;
    this.chars = chars;
    this.stopAtSlash = stopAtSlash;
    this.caseInsensitive = caseInsensitive;
    int n = ops.length;
    this.litSlash = new boolean[n];
    int min = 0;
    boolean fixed = true;
    boolean segmentLocalTail = true;
    for (int i = 0; i < n; i++) {
      switch (ops[i]) {
        case LIT:
          min += litEnd[i] - litStart[i];
          for (int k = litStart[i]; k < litEnd[i]; k++) {
            if (chars[k] == '/') {
              litSlash[i] = true;
            }
          }
          if (litSlash[i] && i > 0) {
            segmentLocalTail = false;
          }
          break;
        case ONE:
        case CLASS:
          min++; // one code point: one or two chars, so the length is not fixed
          fixed = false;
          break;
        case STAR:
          fixed = false;
          break;
        default:
          fixed = false;
          if (i > 0) {
            segmentLocalTail = false;
          }
          break;
      }
    }
    this.minLength = min;
    this.fixedLength = fixed;
    // "**/" followed by one segment's worth of pattern: only the file name needs matching.
    this.basenameOnly = n > 1 && ops[0] == DIRS && stopAtSlash && segmentLocalTail;
    this.firstOp = basenameOnly ? 1 : 0;
    // A final literal must match the end of the text: check it first, then match the rest.
    if (n > firstOp && ops[n - 1] == LIT) {
      this.suffixStart = litStart[n - 1];
      this.suffixEnd = litEnd[n - 1];
      this.opCount = n - 1;
    } else {
      this.suffixStart = 0;
      this.suffixEnd = 0;
      this.opCount = n;
    }
  }

  boolean matches(CharSequence t, int from, int to) {
    int length = to - from;
    if (length < minLength || fixedLength && length != minLength) {
      return false;
    }
    int end = to;
    int suffixLength = suffixEnd - suffixStart;
    if (suffixLength > 0) {
      if (!regionMatches(t, to - suffixLength, suffixStart, suffixLength)) {
        return false;
      }
      end = to - suffixLength;
    }
    int start = from;
    if (basenameOnly) {
      start = lastIndexOf(t, '/', from, end) + 1;
      if (start == 0) {
        start = from;
      }
    }
    return run(t, start, end);
  }

  private boolean run(CharSequence t, int from, int end) {
    final byte[] ops = this.ops;
    final int n = opCount;
    int pc = firstOp;
    int ti = from;
    int starPc = -1; // last segment star, and the text index it would consume next
    int starTi = 0;
    int spanPc = -1; // last spanning star (ALL or DIRS), and where it ends now
    int spanTi = 0;
    boolean spanDirs = false;
    for (; ; ) {
      if (pc < n) {
        switch (ops[pc]) {
          case LIT:
            {
              int len = litEnd[pc] - litStart[pc];
              if (end - ti >= len && regionMatches(t, ti, litStart[pc], len)) {
                ti += len;
                if (litSlash[pc]) {
                  starPc = -1; // the segment is closed: its star can no longer help
                }
                pc++;
                continue;
              }
              break;
            }
          case ONE:
            if (ti < end) {
              char c = t.charAt(ti);
              if (c != '/' || !stopAtSlash) {
                ti += step(t, ti, end, c);
                pc++;
                continue;
              }
            }
            break;
          case CLASS:
            if (ti < end) {
              char c = t.charAt(ti);
              int cp = c;
              int width = step(t, ti, end, c);
              if (width == 2) {
                cp = Character.toCodePoint(c, t.charAt(ti + 1));
              }
              if ((cp != '/' || !stopAtSlash) && classes[pc].matches(cp)) {
                ti += width;
                pc++;
                continue;
              }
            }
            break;
          case STAR:
            if (pc == n - 1) {
              // A final segment star matches the rest iff the rest is within one segment.
              if (indexOf(t, '/', ti, end) < 0) {
                return true;
              }
              starPc = -1;
              break;
            }
            starPc = pc;
            starTi = ti;
            pc++;
            continue;
          case ALL:
            if (pc == n - 1) {
              return true;
            }
            spanPc = pc;
            spanTi = ti;
            spanDirs = false;
            starPc = -1;
            pc++;
            continue;
          default: // DIRS
            spanPc = pc;
            spanTi = ti;
            spanDirs = true;
            starPc = -1;
            pc++;
            continue;
        }
      } else if (ti == end) {
        return true;
      }
      // Mismatch: let the last segment star take one more character, if it can.
      if (starPc >= 0 && starTi < end) {
        char c = t.charAt(starTi);
        if (c != '/') {
          starTi += step(t, starTi, end, c);
          ti = starTi;
          pc = starPc + 1;
          continue;
        }
      }
      starPc = -1;
      // Otherwise let the last spanning star take more: one character, or one more segment.
      if (spanPc >= 0) {
        if (spanDirs) {
          int slash = indexOf(t, '/', spanTi, end);
          if (slash >= 0) {
            spanTi = slash + 1;
            ti = spanTi;
            pc = spanPc + 1;
            continue;
          }
        } else if (spanTi < end) {
          spanTi += step(t, spanTi, end, t.charAt(spanTi));
          ti = spanTi;
          pc = spanPc + 1;
          continue;
        }
      }
      return false;
    }
  }

  /** 2 for a surrogate pair starting at {@code i}, else 1: wildcards consume code points. */
  private static int step(CharSequence t, int i, int end, char c) {
    return Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(t.charAt(i + 1))
        ? 2
        : 1;
  }

  private boolean regionMatches(CharSequence t, int ti, int litFrom, int len) {
    final char[] lit = chars;
    if (caseInsensitive) {
      for (int k = 0; k < len; k++) {
        char c = t.charAt(ti + k);
        char p = lit[litFrom + k];
        if (c != p && fold(c) != p) {
          return false;
        }
      }
    } else {
      for (int k = 0; k < len; k++) {
        if (t.charAt(ti + k) != lit[litFrom + k]) {
          return false;
        }
      }
    }
    return true;
  }

  /** Simple case folding of one UTF-16 unit; literals are stored folded. */
  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static int indexOf(CharSequence t, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(CharSequence t, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
