package io.kiro4j.core.json.edit;

import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Prints a new value in a document's {@link Style}: objects one member per line, indented one unit
 * deeper than their key's line; arrays of scalars on one line ({@code ["-y", "pkg"]}, as Kiro's
 * documentation writes {@code args}); everything on one line in a one-line object.
 */
final class ValuePrinter {

  private final Style style;

  ValuePrinter(Style style) {
    this.style = style;
  }

  String print(JsonNode value, String indent, boolean oneLine) {
    StringBuilder out = new StringBuilder();
    print(value, indent, oneLine, out);
    return out.toString();
  }

  /** {@code "key": value} for a member whose line is indented by {@code indent}. */
  String member(String key, JsonNode value, String indent, boolean oneLine) {
    StringBuilder out = new StringBuilder();
    string(key, out);
    out.append(style.colon());
    print(value, indent, oneLine, out);
    return out.toString();
  }

  private void print(JsonNode value, String indent, boolean oneLine, StringBuilder out) {
    if (value.isObject()) {
      if (value.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      String inner = indent + style.indent();
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!first) {
          out.append(',');
        }
        if (oneLine) {
          out.append(first ? "" : style.comma());
        } else {
          out.append(style.newline()).append(inner);
        }
        string(e.getKey(), out);
        out.append(style.colon());
        print(e.getValue(), inner, oneLine, out);
        first = false;
      }
      if (!oneLine) {
        out.append(style.newline()).append(indent);
      }
      out.append('}');
    } else if (value.isArray()) {
      if (value.isEmpty()) {
        out.append("[]");
        return;
      }
      boolean flat = oneLine || allScalars(value);
      String inner = indent + style.indent();
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        if (flat) {
          out.append(i > 0 ? style.comma() : "");
        } else {
          out.append(style.newline()).append(inner);
        }
        print(value.get(i), inner, oneLine, out);
      }
      if (!flat) {
        out.append(style.newline()).append(indent);
      }
      out.append(']');
    } else {
      out.append(value.toString());
    }
  }

  private static boolean allScalars(JsonNode array) {
    for (JsonNode element : array) {
      if (element.isContainer()) {
        return false;
      }
    }
    return true;
  }

  private static void string(String key, StringBuilder out) {
    out.append(tools.jackson.databind.node.StringNode.valueOf(key).toString());
  }
}
