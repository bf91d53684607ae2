package io.kiro4j.core.json;

import io.kiro4j.core.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a Jackson tree from a parser's tokens and records, for every node, the JSON pointer it
 * lives at and where it (and its key) starts. Iterative, so nesting depth costs heap, not stack;
 * the parser's {@code StreamReadConstraints} bound the depth anyway.
 *
 * <p>Duplicate keys: the later value replaces the earlier one (Jackson's default, and what {@code
 * JSON.parse} does) and a {@code JSON-004} warning points at the second key.
 */
final class TreeBuilder {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final TextPositions positions;
  private final Diagnostics diagnostics;
  private final Path file;
  // A hash map, not a sorted one: lookups are by exact pointer (the nearest ancestor is found by
  // trimming segments), and sorting every pointer cost more than the rest of the parse.
  private final Map<String, NodeLocation> locations = new HashMap<>();

  TreeBuilder(JsonParser parser, TextPositions positions, Diagnostics diagnostics, Path file) {
    this.parser = parser;
    this.positions = positions;
    this.diagnostics = diagnostics;
    this.file = file;
  }

  /** Pointer to location of every node built so far (the root is {@code ""}). */
  Map<String, NodeLocation> locations() {
    return locations;
  }

  /** Builds the value that starts with {@code first}; returns when that value is complete. */
  JsonNode build(JsonToken first) {
    Deque<Frame> open = new ArrayDeque<>();
    JsonNode root = null;
    JsonToken token = first;
    while (true) {
      if (token == JsonToken.PROPERTY_NAME) {
        open.peek().memberName(parser.currentName(), tokenPosition());
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
        if (open.isEmpty()) {
          return root;
        }
      } else {
        Frame parent = open.peek();
        JsonNode node = valueNode(token);
        String pointer = parent == null ? "" : parent.childPointer();
        JsonPosition key = parent == null ? null : parent.keyPosition;
        locations.put(pointer, new NodeLocation(tokenPosition(), key));
        if (parent == null) {
          root = node;
        } else {
          parent.add(node);
        }
        if (node.isContainer()) {
          open.push(new Frame(node, pointer));
        } else if (parent == null) {
          return root;
        }
      }
      token = parser.nextToken();
    }
  }

  private JsonPosition tokenPosition() {
    return positions.at((int) parser.currentTokenLocation().getCharOffset());
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
    private final String pointer;
    private String memberName;
    private JsonPosition keyPosition;

    Frame(JsonNode node, String pointer) {
      this.node = node;
      this.pointer = pointer;
    }

    void memberName(String name, JsonPosition position) {
      memberName = name;
      keyPosition = position;
      if (((ObjectNode) node).has(name)) {
        diagnostics.add(
            JsonCode.DUPLICATE_KEY,
            file,
            position.line(),
            position.column(),
            "duplicate key '"
                + JsonDocument.shorten(name)
                + "' in "
                + JsonDocument.describe(pointer)
                + ": the later value wins");
        // Forget where the replaced value's descendants were: they are no longer in the tree.
        String child = childPointer();
        String below = child + "/";
        locations.keySet().removeIf(k -> k.startsWith(below));
      }
    }

    String childPointer() {
      if (node.isObject()) {
        return pointer + "/" + JsonDocument.escape(memberName);
      }
      return pointer + "/" + node.size();
    }

    void add(JsonNode child) {
      if (node.isObject()) {
        ((ObjectNode) node).set(memberName, child);
      } else {
        ((ArrayNode) node).add(child);
      }
    }
  }
}
