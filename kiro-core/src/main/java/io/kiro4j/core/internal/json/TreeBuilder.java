package io.kiro4j.core.internal.json;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.json.JsonPosition;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a Jackson tree from a parser's tokens. Iterative, so nesting depth costs heap, not stack;
 * the parser's {@code StreamReadConstraints} bound the depth anyway. Where nodes start is not
 * recorded here (asking the parser for every token's location cost as much as the tree): {@link
 * NodeIndex#of} finds it in a second pass when someone asks.
 *
 * <p>Duplicate keys: the later value replaces the earlier one (Jackson's default, and what {@code
 * JSON.parse} does) and a {@code JSON-004} warning points at the second key.
 */
final class TreeBuilder {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final IntFunction<JsonPosition> positions;
  private final Diagnostics diagnostics;
  private final Path file;

  /**
   * @param positions turns a char offset into a position; only called for diagnostics
   */
  TreeBuilder(
      JsonParser parser, IntFunction<JsonPosition> positions, Diagnostics diagnostics, Path file) {
    this.parser = parser;
    this.positions = positions;
    this.diagnostics = diagnostics;
    this.file = file;
  }

  /** Builds the value that starts with {@code first}; returns when that value is complete. */
  JsonNode build(JsonToken first) {
    Deque<Frame> open = new ArrayDeque<>();
    JsonNode root = null;
    JsonToken token = first;
    while (true) {
      if (token == JsonToken.PROPERTY_NAME) {
        open.peek().memberName(parser.currentName());
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
        if (open.isEmpty()) {
          return root;
        }
      } else {
        Frame parent = open.peek();
        JsonNode node = valueNode(token);
        if (parent == null) {
          root = node;
        } else {
          parent.add(node);
        }
        if (node.isContainer()) {
          open.push(new Frame(node, parent));
        } else if (parent == null) {
          return root;
        }
      }
      token = parser.nextToken();
    }
  }

  private int tokenOffset() {
    return (int) parser.currentTokenLocation().getCharOffset();
  }

  private JsonNode valueNode(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return NODES.objectNode();
      case START_ARRAY:
        return NODES.arrayNode();
      case VALUE_STRING:
        return NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        // Doubles, as Jackson databind reads floating-point numbers by default.
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + token + " from the JSON parser");
    }
  }

  /** An open object or array. */
  private final class Frame {
    private final JsonNode node;
    private final boolean isObject;
    // Where this container sits, for messages only: built into a pointer when one is needed.
    private final Frame parent;
    private final String nameInParent;
    private final int indexInParent;
    private String memberName;

    Frame(JsonNode node, Frame parent) {
      this.node = node;
      this.isObject = node.isObject();
      this.parent = parent;
      this.nameInParent = parent != null && parent.isObject ? parent.memberName : null;
      this.indexInParent = parent != null && !parent.isObject ? parent.node.size() - 1 : -1;
    }

    String pointer() {
      if (parent == null) {
        return "";
      }
      String segment =
          nameInParent != null
              ? JsonDocument.escape(nameInParent)
              : Integer.toString(indexInParent);
      return parent.pointer() + "/" + segment;
    }

    void memberName(String name) {
      memberName = name;
      if (((ObjectNode) node).has(name)) {
        JsonPosition position = positions.apply(tokenOffset());
        diagnostics.add(
            JsonCode.DUPLICATE_KEY,
            file,
            position.line(),
            position.column(),
            "duplicate key '"
                + JsonDocument.shorten(name)
                + "' in "
                + JsonDocument.describe(pointer())
                + ": the later value wins");
      }
    }

    void add(JsonNode child) {
      if (isObject) {
        ((ObjectNode) node).set(memberName, child);
      } else {
        ((ArrayNode) node).add(child);
      }
    }
  }
}
