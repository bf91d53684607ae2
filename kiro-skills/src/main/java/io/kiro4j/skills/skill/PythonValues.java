package io.kiro4j.skills.skill;

import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict YAML values as the reference sees them in Python (strictyaml's {@code .data}: {@code str},
 * {@code dict}, {@code list}), their {@code repr()} and {@code json.dumps(indent=2)}.
 */
final class PythonValues {

  private PythonValues() {}

  /** String, unmodifiable insertion-ordered Map, or unmodifiable List. */
  static Object plain(YamlNode node) {
    if (node instanceof YamlScalar) {
      return ((YamlScalar) node).value();
    }
    if (node instanceof YamlSequence) {
      List<Object> list = new ArrayList<>();
      for (YamlNode item : ((YamlSequence) node).items()) {
        list.add(plain(item));
      }
      return Collections.unmodifiableList(list);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (YamlMapping.Entry e : ((YamlMapping) node).entries()) {
      map.put(e.key().value(), plain(e.value()));
    }
    return Collections.unmodifiableMap(map);
  }

  /** Python's {@code str(value)}: a string as is, a dict or list as its {@code repr()}. */
  static String str(Object value) {
    return value instanceof String ? (String) value : repr(value);
  }

  /** Python's {@code repr()} of a str, dict or list of them. */
  static String repr(Object value) {
    StringBuilder sb = new StringBuilder();
    repr(value, sb);
    return sb.toString();
  }

  private static void repr(Object value, StringBuilder sb) {
    if (value instanceof String) {
      reprString((String) value, sb);
    } else if (value instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        repr(e.getKey(), sb);
        sb.append(": ");
        repr(e.getValue(), sb);
      }
      sb.append('}');
    } else if (value instanceof List) {
      sb.append('[');
      boolean first = true;
      for (Object item : (List<?>) value) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        repr(item, sb);
      }
      sb.append(']');
    } else {
      sb.append(value);
    }
  }

  private static void reprString(String s, StringBuilder sb) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    sb.append(quote);
    // A loop over the code points, not codePoints().forEach: a lint reaches this for a skill's
    // nested metadata, and a fresh JVM links each lambda it reaches through java.lang.invoke.
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp < 0x20 || cp == 0x7f) {
        sb.append(String.format("\\x%02x", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    sb.append(quote);
  }

  /** Python's {@code json.dumps(value, indent=2)} (ASCII escapes, {@code ": "} separators). */
  static String jsonDumps(Object value) {
    StringBuilder sb = new StringBuilder();
    json(value, sb, 0);
    return sb.toString();
  }

  private static void json(Object value, StringBuilder sb, int depth) {
    if (value instanceof String) {
      jsonString((String) value, sb);
    } else if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(first ? "" : ",").append('\n');
        first = false;
        indent(sb, depth + 1);
        jsonString(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        json(e.getValue(), sb, depth + 1);
      }
      sb.append('\n');
      indent(sb, depth);
      sb.append('}');
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      boolean first = true;
      for (Object item : list) {
        sb.append(first ? "" : ",").append('\n');
        first = false;
        indent(sb, depth + 1);
        json(item, sb, depth + 1);
      }
      sb.append('\n');
      indent(sb, depth);
      sb.append(']');
    } else {
      sb.append(value == null ? "null" : value.toString());
    }
  }

  private static void indent(StringBuilder sb, int depth) {
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }

  private static void jsonString(String s, StringBuilder sb) {
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
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
