package io.kiro4j.core.property;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Counterexamples as text: strings as Java literals, so control characters are visible. */
final class Show {

  private static final int MAX = 2_000;

  private Show() {}

  static String value(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.length() > MAX
        ? sb.substring(0, MAX) + "… (" + sb.length() + " chars)"
        : sb.toString();
  }

  static String firstLines(Throwable error) {
    String message = String.valueOf(error.getMessage()).strip();
    String[] lines = message.split("\n", 6);
    String head = String.join("\n  ", java.util.Arrays.copyOf(lines, Math.min(lines.length, 5)));
    return error.getClass().getName() + ": " + head;
  }

  private static void append(StringBuilder sb, Object value) {
    if (sb.length() > MAX) {
      return;
    }
    if (value instanceof CharSequence) {
      literal(sb, value.toString());
    } else if (value instanceof Character) {
      literal(sb, value.toString());
    } else if (value instanceof Collection) {
      sb.append('[');
      for (Iterator<?> it = ((Collection<?>) value).iterator(); it.hasNext(); ) {
        append(sb, it.next());
        sb.append(it.hasNext() ? ", " : "");
      }
      sb.append(']');
    } else if (value instanceof Map) {
      sb.append('{');
      for (Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) value).entrySet().iterator();
          it.hasNext(); ) {
        Map.Entry<?, ?> e = it.next();
        append(sb, e.getKey());
        sb.append('=');
        append(sb, e.getValue());
        sb.append(it.hasNext() ? ", " : "");
      }
      sb.append('}');
    } else if (value != null && value.getClass().isArray()) {
      sb.append('[');
      for (int i = 0, n = Array.getLength(value); i < n; i++) {
        append(sb, Array.get(value, i));
        sb.append(i + 1 < n ? ", " : "");
      }
      sb.append(']');
    } else {
      sb.append(value);
    }
  }

  private static void literal(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20
              || c == 0x7F
              || (c >= 0x80 && c < 0xA0)
              || Character.isSurrogate(c)
              || c == 0x2028
              || c == 0x2029
              || c == 0x200B
              || c == 0xFEFF
              || c == 0xA0) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
