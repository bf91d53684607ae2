package io.kiro4j.skills.internal.python;

import io.kiro4j.core.internal.classpath.BundledResource;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The three CPython 3.11 string predicates the reference validator's verdicts depend on: {@code
 * str.isalnum} (name characters), {@code str.isspace} (what {@code strip()} removes) and whether
 * {@code str.lower()} changes a character (the lowercase check).
 *
 * <p>Java's {@code Character.isLetterOrDigit} differs from {@code isalnum} (it has no {@code No}
 * and {@code Nl} numbers such as {@code ௰}), and {@code Character.isWhitespace} from {@code
 * isspace} (no NBSP, but {@code \u001c}), so the answers come from tables generated once from
 * CPython ({@code src/main/scripts/python_text_tables.py}, Unicode 14.0) and checked in.
 *
 * <p>Thread-safe: static functions over immutable tables.
 */
public final class PythonText {

  /**
   * The tables, read on the first code point outside ASCII: reading and parsing them is most of a
   * one-skill {@code kiro4j skills validate}, and ASCII, where nearly every name and description
   * lives, has the short answers below ({@code PythonTextTest} holds them to the tables).
   */
  private static final class Tables {
    static final int[][] ALNUM;
    static final int[][] SPACE;
    static final int[][] LOWER;

    static {
      int[][][] tables = load();
      ALNUM = tables[0];
      SPACE = tables[1];
      LOWER = tables[2];
    }
  }

  private PythonText() {}

  /** CPython's {@code chr(cp).isalnum()}. */
  public static boolean isAlnum(int codePoint) {
    if (codePoint < 0x80) {
      return (codePoint >= 'a' && codePoint <= 'z')
          || (codePoint >= 'A' && codePoint <= 'Z')
          || (codePoint >= '0' && codePoint <= '9');
    }
    return in(Tables.ALNUM, codePoint);
  }

  /** CPython's {@code chr(cp).isspace()}. */
  public static boolean isSpace(int codePoint) {
    if (codePoint < 0x80) {
      // \t \n \v \f \r, the four information separators \x1c-\x1f, and the space
      return (codePoint >= 0x09 && codePoint <= 0x0d)
          || (codePoint >= 0x1c && codePoint <= 0x1f)
          || codePoint == ' ';
    }
    return in(Tables.SPACE, codePoint);
  }

  /** CPython's {@code chr(cp).lower() != chr(cp)}. */
  public static boolean changesUnderLower(int codePoint) {
    if (codePoint < 0x80) {
      return codePoint >= 'A' && codePoint <= 'Z';
    }
    return in(Tables.LOWER, codePoint);
  }

  /** CPython's {@code s != s.lower()}. */
  public static boolean hasUppercase(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (changesUnderLower(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** CPython's {@code s.strip()}. */
  public static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to) {
      int cp = s.codePointAt(from);
      if (!isSpace(cp)) {
        break;
      }
      from += Character.charCount(cp);
    }
    while (to > from) {
      int cp = s.codePointBefore(to);
      if (!isSpace(cp)) {
        break;
      }
      to -= Character.charCount(cp);
    }
    return s.substring(from, to);
  }

  /** CPython's {@code len(s)}: code points, not UTF-16 units. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The tables' answer for any code point, ASCII too (for tests). */
  static boolean inTable(String table, int cp) {
    switch (table) {
      case "alnum":
        return in(Tables.ALNUM, cp);
      case "space":
        return in(Tables.SPACE, cp);
      case "lower":
        return in(Tables.LOWER, cp);
      default:
        throw new IllegalArgumentException(table);
    }
  }

  private static boolean in(int[][] table, int cp) {
    int i = Arrays.binarySearch(table[0], cp);
    if (i >= 0) {
      return true;
    }
    int at = -i - 2;
    return at >= 0 && cp <= table[1][at];
  }

  private static int[][][] load() {
    int[][] starts = new int[3][2048];
    int[][] ends = new int[3][2048];
    int[] sizes = new int[3];
    try {
      byte[] bytes = BundledResource.read(PythonText.class, "python-text-tables.txt");
      if (bytes == null) {
        throw new IllegalStateException("python-text-tables.txt is missing from the jar");
      }
      BufferedReader r =
          new BufferedReader(
              new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(" ");
        int t = f[0].equals("alnum") ? 0 : f[0].equals("space") ? 1 : 2;
        if (sizes[t] == starts[t].length) {
          starts[t] = Arrays.copyOf(starts[t], sizes[t] * 2);
          ends[t] = Arrays.copyOf(ends[t], sizes[t] * 2);
        }
        starts[t][sizes[t]] = Integer.parseInt(f[1], 16);
        ends[t][sizes[t]] = Integer.parseInt(f[2], 16);
        sizes[t]++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[][][] tables = new int[3][][];
    for (int t = 0; t < 3; t++) {
      tables[t] =
          new int[][] {Arrays.copyOf(starts[t], sizes[t]), Arrays.copyOf(ends[t], sizes[t])};
    }
    return tables;
  }
}
