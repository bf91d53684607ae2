package io.kiro4j.core.text;

/**
 * The one escaping function for text shown to people — every reason, name and path the CLI prints,
 * and every {@link io.kiro4j.core.permission.Reason} message: one line, nothing a terminal or a
 * text renderer would act on.
 *
 * <pre>{@code
 * DisplayText.escape("a\u001b[31mb\r\n");   // "a\\u001B[31mb\\r\\n": visible, inert, one line
 * }</pre>
 *
 * <p>Escaped, as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX} (upper-case hex): the
 * C0 controls U+0000–U+001F (ESC, CR, LF, NUL, ...), DEL U+007F, the C1 controls U+0080–U+009F
 * (NEL, CSI, ...), the line and paragraph separators U+2028 and U+2029, and the bidirectional
 * controls that reorder what follows them (Trojan Source): U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069. Everything else, {@code é}, emoji and the backslash included, is kept as is, so
 * paths stay readable. The result never needs escaping again: {@code escape(escape(s))} equals
 * {@code escape(s)}.
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class DisplayText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private DisplayText() {}

  /**
   * True for a character {@link #escape} replaces: C0 and C1 controls, DEL, U+2028, U+2029 and the
   * bidirectional controls.
   */
  public static boolean needsEscape(int c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return true;
    }
    return c == 0x2028
        || c == 0x2029
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * {@code text} as one inert line (see the class comment); {@code "null"} for null. Returns {@code
   * text} itself when nothing needs escaping.
   */
  public static String escape(CharSequence text) {
    if (text == null) {
      return "null";
    }
    int length = text.length();
    int first = 0;
    while (first < length && !needsEscape(text.charAt(first))) {
      first++;
    }
    if (first == length) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(length + 16);
    out.append(text, 0, first);
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u")
            .append(HEX[(c >> 12) & 0xF])
            .append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** {@link #escape(CharSequence)} of {@code String.valueOf(value)}. */
  public static String escape(Object value) {
    return escape(value == null ? null : (CharSequence) String.valueOf(value));
  }
}
