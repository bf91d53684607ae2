package io.kiro4j.core.internal.json;

import io.kiro4j.core.json.JsonCode;
import java.util.function.ObjIntConsumer;

/**
 * Finds the two JSON extensions {@link JsonLoader} accepts, {@code //} and {@code /* *}{@code /}
 * comments and trailing commas, by a lexical scan that skips string literals. The parser accepts
 * them silently; this scan gives each one its own diagnostic at its own position.
 *
 * <p>It runs on text the parser read without error up to {@code end}, so it never needs to judge
 * anything else: outside strings, a {@code /} can only start a comment there.
 */
final class NonStandardSyntaxScanner {

  private NonStandardSyntaxScanner() {}

  /** Reports, in text order, the code and start offset of each comment and trailing comma. */
  static void scan(String text, int end, ObjIntConsumer<JsonCode> findings) {
    int n = Math.min(end, text.length());
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        i = skipString(text, i);
      } else if (c == '/' && i + 1 < text.length() && isCommentStart(text.charAt(i + 1))) {
        findings.accept(JsonCode.COMMENT, i);
        i = skipComment(text, i);
      } else if (c == ',') {
        int next = skipWhitespaceAndComments(text, i + 1);
        if (next < text.length() && (text.charAt(next) == ']' || text.charAt(next) == '}')) {
          findings.accept(JsonCode.TRAILING_COMMA, i);
        }
        i++;
      } else {
        i++;
      }
    }
  }

  private static boolean isCommentStart(char c) {
    return c == '/' || c == '*';
  }

  /** The offset just after the string literal that starts at {@code start}. */
  private static int skipString(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  /** The offset just after the comment that starts at {@code start}. */
  private static int skipComment(String text, int start) {
    if (text.charAt(start + 1) == '/') {
      int i = start + 2;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      return i;
    }
    int close = text.indexOf("*/", start + 2);
    return close < 0 ? text.length() : close + 2;
  }

  private static int skipWhitespaceAndComments(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (c == '/' && i + 1 < text.length() && isCommentStart(text.charAt(i + 1))) {
        i = skipComment(text, i);
      } else {
        return i;
      }
    }
    return i;
  }
}
