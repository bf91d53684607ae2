package io.kiro4j.core.json.edit;

import io.kiro4j.core.internal.json.JsonOptions;
import java.util.Arrays;

/**
 * Where every object and array of a document ends, found in the one pass that also decides whether
 * the document is valid JSON as Kiro reads it: comments and trailing commas allowed, otherwise
 * strict (no single quotes, leading zeros, unescaped control characters or unknown escapes), with
 * {@link JsonOptions}' default nesting and document-length limits and Jackson's default limits on
 * number and key lengths. It accepts exactly what {@link ReadBack#parses} accepts (a differential
 * property test holds it to that); a streaming parse of a 1 MB file cost more than the edit itself,
 * and walking down to a member rescanned every value it skipped.
 */
final class Outline {

  static final int MAX_DEPTH = JsonOptions.DEFAULT_MAX_NESTING_DEPTH;

  /** Longer documents (in chars) do not parse: Jackson counts the length of a string input too. */
  static final int MAX_LENGTH = JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH;

  /** Jackson's default {@code StreamReadConstraints}: longer numbers and keys do not parse. */
  static final int MAX_NUMBER_LENGTH = 1000;

  static final int MAX_NAME_LENGTH = 50_000;

  private static final int VALUE = 0; // a value must come
  private static final int VALUE_OR_CLOSE = 1; // after '[' or a comma in an array
  private static final int KEY_OR_CLOSE = 2; // after '{' or a comma in an object
  private static final int AFTER_VALUE = 3; // a comma, the container's close, or the end

  private final int[] opens; // offsets of every '{' and '[', in document order
  private final int[] closes; // the offset of the matching '}' or ']'

  private Outline(int[] opens, int[] closes) {
    this.opens = opens;
    this.closes = closes;
  }

  /** The offset of the bracket that closes the one at {@code open}. */
  int close(int open) {
    int k = Arrays.binarySearch(opens, open);
    if (k < 0) {
      throw new IllegalArgumentException("no object or array starts at " + open);
    }
    return closes[k];
  }

  /** The outline of {@code text} (without a byte order mark), or null when it does not parse. */
  static Outline of(String text) {
    int n = text.length();
    if (n > MAX_LENGTH) {
      return null;
    }
    int[] opens = new int[16];
    int[] closes = new int[16];
    int count = 0;
    int[] stack = new int[MAX_DEPTH]; // indexes into opens of the containers we are in
    int depth = 0;
    int state = VALUE;
    int i = blank(text, 0);
    while (i >= 0) {
      if (state == AFTER_VALUE) {
        if (depth == 0) {
          return i == n ? new Outline(Arrays.copyOf(opens, count), closes) : null;
        }
        if (i == n) {
          return null;
        }
        char c = text.charAt(i);
        char open = text.charAt(opens[stack[depth - 1]]);
        if (c == ',') {
          state = open == '{' ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
          i = blank(text, i + 1);
        } else if (c == (open == '{' ? '}' : ']')) {
          closes[stack[--depth]] = i;
          i = blank(text, i + 1);
        } else {
          return null;
        }
        continue;
      }
      if (i == n) {
        return null;
      }
      char c = text.charAt(i);
      if (state == KEY_OR_CLOSE || state == VALUE_OR_CLOSE) {
        if (c == (state == KEY_OR_CLOSE ? '}' : ']')) {
          closes[stack[--depth]] = i;
          i = blank(text, i + 1);
          state = AFTER_VALUE;
          continue;
        }
        if (state == KEY_OR_CLOSE) {
          int end = string(text, i);
          if (end < 0
              || end - i - 2 > MAX_NAME_LENGTH && nameLength(text, i, end) > MAX_NAME_LENGTH) {
            return null;
          }
          i = blank(text, end);
          if (i < 0 || i == n || text.charAt(i) != ':') {
            return null;
          }
          i = blank(text, i + 1);
          state = VALUE;
          continue;
        }
      }
      // A value.
      if (c == '{' || c == '[') {
        if (depth == MAX_DEPTH) {
          return null;
        }
        if (count == opens.length) {
          opens = Arrays.copyOf(opens, count * 2);
          closes = Arrays.copyOf(closes, count * 2);
        }
        opens[count] = i;
        stack[depth++] = count++;
        state = c == '{' ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
        i = blank(text, i + 1);
        continue;
      }
      int end;
      if (c == '"') {
        end = string(text, i);
      } else if (c == 't') {
        end = literal(text, i, "true");
      } else if (c == 'f') {
        end = literal(text, i, "false");
      } else if (c == 'n') {
        end = literal(text, i, "null");
      } else {
        end = number(text, i);
        if (end >= 0 && depth == 0 && end < n && " \t\r\n".indexOf(text.charAt(end)) < 0) {
          return null; // a number at the root must be followed by a blank, not even a comment
        }
      }
      if (end < 0) {
        return null;
      }
      i = blank(text, end);
      state = AFTER_VALUE;
    }
    return null;
  }

  /**
   * The offset of the first character at or after {@code i} that is neither a blank nor in a
   * comment; -1 at an unfinished comment, a lone slash, or a control character other than a tab or
   * a line break in a comment (Jackson refuses those too).
   */
  private static int blank(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        i++;
      } else if (c != '/') {
        return i;
      } else if (i + 1 < n && text.charAt(i + 1) == '/') {
        for (i += 2; i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
          if (text.charAt(i) < 0x20 && text.charAt(i) != '\t') {
            return -1;
          }
        }
      } else if (i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return -1;
        }
        for (i += 2; i < end; i++) {
          char d = text.charAt(i);
          if (d < 0x20 && d != '\t' && d != '\n' && d != '\r') {
            return -1;
          }
        }
        i = end + 2;
      } else {
        return -1;
      }
    }
    return n;
  }

  /** Just after the string literal at {@code start}; -1 when it is not a valid one. */
  private static int string(String text, int start) {
    int n = text.length();
    if (text.charAt(start) != '"') {
      return -1;
    }
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i++);
      if (c == '"') {
        return i;
      }
      if (c < 0x20) {
        return -1;
      }
      if (c == '\\') {
        if (i == n) {
          return -1;
        }
        char e = text.charAt(i++);
        if (e == 'u') {
          if (i + 4 > n) {
            return -1;
          }
          for (int k = 0; k < 4; k++) {
            char h = text.charAt(i++);
            if (!(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F')) {
              return -1;
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** The length of the decoded key of the (valid) string literal {@code text[start, end)}. */
  private static int nameLength(String text, int start, int end) {
    return Members.decode(text, start + 1, end - 1).length();
  }

  /** Just after {@code word} at {@code start}, when no identifier character follows it; else -1. */
  private static int literal(String text, int start, String word) {
    int end = start + word.length();
    if (!text.startsWith(word, start)) {
      return -1;
    }
    if (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
      return -1;
    }
    return end;
  }

  /** Just after the number at {@code start} (JSON's grammar, no leading zeros); -1 if none. */
  private static int number(String text, int start) {
    int n = text.length();
    int i = start;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    int digits = digits(text, i);
    if (digits == 0 || text.charAt(i) == '0' && digits > 1) {
      return -1;
    }
    int integer = digits;
    i += digits;
    int fraction = 0;
    if (i < n && text.charAt(i) == '.') {
      fraction = digits(text, i + 1);
      if (fraction == 0) {
        return -1;
      }
      i += 1 + fraction;
    }
    int exponent = 0;
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      exponent = digits(text, i);
      if (exponent == 0) {
        return -1;
      }
      i += exponent;
    }
    if (integer + fraction + exponent > MAX_NUMBER_LENGTH) {
      return -1;
    }
    return i;
  }

  private static int digits(String text, int i) {
    int start = i;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - start;
  }
}
