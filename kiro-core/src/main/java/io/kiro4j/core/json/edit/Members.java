package io.kiro4j.core.json.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The members of one object in JSON text, with the spans an edit needs: where each key and value
 * start and end, and where the comma after the member is. A lexical scan over text whose {@link
 * Outline} was found (so it never judges validity), skipping strings and the comments and trailing
 * commas of Kiro's lenient JSON.
 */
final class Members {

  /** One member; {@code comma} is -1 when no comma follows it. */
  record Member(String name, int keyStart, int keyEnd, int valueStart, int valueEnd, int comma) {}

  final int open;
  final int close;
  final List<Member> list;

  private Members(int open, int close, List<Member> list) {
    this.open = open;
    this.close = close;
    this.list = list;
  }

  /**
   * The members of the object whose {@code '{'} is at {@code open}; nested objects and arrays are
   * skipped through the document's {@code outline}, not rescanned.
   */
  static Members of(String text, int open, Outline outline) {
    List<Member> members = new ArrayList<>();
    int i = open + 1;
    while (true) {
      i = skipBlank(text, i);
      if (text.charAt(i) == '}') {
        return new Members(open, i, members);
      }
      int keyStart = i;
      int keyEnd = skipString(text, i);
      int valueStart = skipBlank(text, skipBlank(text, keyEnd) + 1);
      char first = text.charAt(valueStart);
      int valueEnd =
          first == '{' || first == '['
              ? outline.close(valueStart) + 1
              : skipScalar(text, valueStart);
      i = skipBlank(text, valueEnd);
      int comma = -1;
      if (text.charAt(i) == ',') {
        comma = i;
        i++;
      }
      members.add(
          new Member(
              decode(text, keyStart + 1, keyEnd - 1),
              keyStart,
              keyEnd,
              valueStart,
              valueEnd,
              comma));
    }
  }

  /** The last member named {@code name} (the one a reader sees), or null. */
  Member find(String name) {
    for (int k = list.size() - 1; k >= 0; k--) {
      if (list.get(k).name.equals(name)) {
        return list.get(k);
      }
    }
    return null;
  }

  int count(String name) {
    int n = 0;
    for (Member m : list) {
      if (m.name.equals(name)) {
        n++;
      }
    }
    return n;
  }

  /** The offset of the first character at or after {@code i} that is not blank or a comment. */
  static int skipBlank(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        return i;
      }
    }
    return n;
  }

  /**
   * The offset just after the string literal that starts at {@code start}: the next quote not
   * escaped by an odd number of backslashes ({@code indexOf} is an intrinsic: most of a
   * configuration file is strings).
   */
  static int skipString(String text, int start) {
    int i = start + 1;
    while (true) {
      int quote = text.indexOf('"', i);
      if (quote < 0) {
        return text.length();
      }
      int backslashes = 0;
      while (quote - 1 - backslashes > start && text.charAt(quote - 1 - backslashes) == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        return quote + 1;
      }
      i = quote + 1;
    }
  }

  /** The offset just after the string, number or literal that starts at {@code start}. */
  private static int skipScalar(String text, int start) {
    if (text.charAt(start) == '"') {
      return skipString(text, start);
    }
    int i = start;
    while (i < text.length() && "{}[],:\"/ \t\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /** The decoded content of a string literal's body, {@code text[from, to)}. */
  static String decode(String text, int from, int to) {
    int escape = from;
    while (escape < to && text.charAt(escape) != '\\') {
      escape++;
    }
    if (escape == to) {
      return text.substring(from, to);
    }
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(++i);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
