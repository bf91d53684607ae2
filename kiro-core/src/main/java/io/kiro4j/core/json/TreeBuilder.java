package io.kiro4j.core.json;

import io.kiro4j.core.diagnostic.Diagnostics;
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
 * Builds a Jackson tree from a parser's tokens and records in a {@link NodeIndex} where every node
 * (and its key) starts. Iterative, so nesting depth costs heap, not stack; the parser's {@code
 * StreamReadConstraints} bound the depth anyway.
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
  private final NodeIndex index = new NodeIndex();

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

  /** Where every node built so far starts (the root is node 0). */
  NodeIndex index() {
    return index;
  }

  /** Builds the value that starts with {@code first}; returns when that value is complete. */
  JsonNode build(JsonToken first) {
    Deque<Frame> open = new ArrayDeque<>();
    JsonNode root = null;
    JsonToken token = first;
    while (true) {
      if (token == JsonToken.PROPERTY_NAME) {
        open.peek().memberName(parser.currentName(), tokenOffset());
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
        if (open.isEmpty()) {
          return root;
        }
      } else {
        Frame parent = open.peek();
        JsonNode node = valueNode(token);
        byte kind =
            node.isObject()
                ? NodeIndex.OBJECT
                : node.isArray() ? NodeIndex.ARRAY : NodeIndex.SCALAR;
        int at =
            parent == null
                ? index.add(-1, kind, tokenOffset(), null, -1)
                : index.add(
                    parent.index,
                    kind,
                    tokenOffset(),
                    parent.isObject ? parent.memberName : null,
                    parent.isObject ? parent.keyOffset : -1);
        if (parent == null) {
          root = node;
        } else {
          parent.add(node);
        }
        if (node.isContainer()) {
          open.push(new Frame(node, at));
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
    private final int index;
    private final boolean isObject;
    private String memberName;
    private int keyOffset;

    Frame(JsonNode node, int index) {
      this.node = node;
      this.index = index;
      this.isObject = node.isObject();
    }

    void memberName(String name, int offset) {
      memberName = name;
      keyOffset = offset;
      if (((ObjectNode) node).has(name)) {
        JsonPosition position = positions.apply(offset);
        diagnostics.add(
            JsonCode.DUPLICATE_KEY,
            file,
            position.line(),
            position.column(),
            "duplicate key '"
                + JsonDocument.shorten(name)
                + "' in "
                + JsonDocument.describe(TreeBuilder.this.index.pointer(index))
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
