package io.kiro4j.core.lint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, {@code git apply -p1}) of two versions of one text, with three
 * lines of context: how {@code kiro4j lint --fix --dry-run} shows a fix before writing it.
 *
 * <p>Lines are compared with their line terminators, so a changed line ending shows. The longest
 * common subsequence is computed for the changed middle only (after the common prefix and suffix),
 * which for a fix's few lines is small; past {@value #MAX_CELLS} cells the whole middle is shown as
 * removed and added, still a correct diff.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class UnifiedDiff {

  static final int MAX_CELLS = 4_000_000;
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * The diff from {@code before} (shown as {@code a/oldName}) to {@code after} ({@code b/newName}).
   */
  public static String of(String oldName, String newName, String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> ops = ops(a, b); // {kind, index}: 0 same (a index), -1 removed (a), +1 added (b)
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(oldName).append('\n');
    out.append("+++ b/").append(newName).append('\n');
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k)[0] == 0) {
        k++;
        continue;
      }
      // A hunk runs from CONTEXT lines before its first change to CONTEXT lines after its last;
      // changes closer than 2 * CONTEXT unchanged lines share one hunk.
      int last = k;
      int scan = k + 1;
      while (scan < ops.size() && scan - last <= 2 * CONTEXT) {
        if (ops.get(scan)[0] != 0) {
          last = scan;
        }
        scan++;
      }
      int from = Math.max(0, k - CONTEXT);
      int to = Math.min(ops.size(), last + 1 + CONTEXT);
      hunk(out, a, b, ops, from, to);
      k = to;
    }
    return out.toString();
  }

  private static void hunk(
      StringBuilder out, List<String> a, List<String> b, List<int[]> ops, int from, int to) {
    int aCount = 0;
    int bCount = 0;
    int[] aPos = positions(ops, from);
    StringBuilder body = new StringBuilder();
    int ai = aPos[0];
    int bi = aPos[1];
    int aStart = ai + 1;
    int bStart = bi + 1;
    for (int k = from; k < to; k++) {
      int[] op = ops.get(k);
      String line;
      char mark;
      if (op[0] == 0) {
        line = a.get(ai++);
        bi++;
        aCount++;
        bCount++;
        mark = ' ';
      } else if (op[0] < 0) {
        line = a.get(ai++);
        aCount++;
        mark = '-';
      } else {
        line = b.get(bi++);
        bCount++;
        mark = '+';
      }
      body.append(mark);
      if (line.endsWith("\n")) {
        body.append(line);
      } else {
        body.append(line).append("\n\\ No newline at end of file\n");
      }
    }
    out.append("@@ -")
        .append(aCount == 0 ? aStart - 1 : aStart)
        .append(',')
        .append(aCount)
        .append(" +")
        .append(bCount == 0 ? bStart - 1 : bStart)
        .append(',')
        .append(bCount)
        .append(" @@\n")
        .append(body);
  }

  /** The a and b line indexes at op {@code upTo}. */
  private static int[] positions(List<int[]> ops, int upTo) {
    int ai = 0;
    int bi = 0;
    for (int k = 0; k < upTo; k++) {
      int kind = ops.get(k)[0];
      if (kind <= 0) {
        ai++;
      }
      if (kind >= 0) {
        bi++;
      }
    }
    return new int[] {ai, bi};
  }

  /** The edit script: common prefix, LCS of the middle, common suffix. */
  private static List<int[]> ops(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<int[]> ops = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      ops.add(new int[] {0});
    }
    List<String> am = a.subList(prefix, a.size() - suffix);
    List<String> bm = b.subList(prefix, b.size() - suffix);
    if ((long) am.size() * bm.size() > MAX_CELLS) {
      am.forEach(x -> ops.add(new int[] {-1}));
      bm.forEach(x -> ops.add(new int[] {1}));
    } else {
      int n = am.size();
      int m = bm.size();
      int[][] lcs = new int[n + 1][m + 1];
      for (int x = n - 1; x >= 0; x--) {
        for (int y = m - 1; y >= 0; y--) {
          lcs[x][y] =
              am.get(x).equals(bm.get(y))
                  ? lcs[x + 1][y + 1] + 1
                  : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
        }
      }
      int x = 0;
      int y = 0;
      while (x < n || y < m) {
        if (x < n && y < m && am.get(x).equals(bm.get(y))) {
          ops.add(new int[] {0});
          x++;
          y++;
        } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
          ops.add(new int[] {-1});
          x++;
        } else {
          ops.add(new int[] {1});
          y++;
        }
      }
    }
    for (int k = 0; k < suffix; k++) {
      ops.add(new int[] {0});
    }
    return ops;
  }

  /** The lines of {@code text}, each with its terminator ({@code \n} or {@code \r\n}). */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }
}
