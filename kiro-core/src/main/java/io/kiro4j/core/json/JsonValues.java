package io.kiro4j.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON values as plain Java, for callers that use no Jackson: converts between {@code Map<String,
 * ?>}, JSON text and the Jackson 3 trees kiro4j works with inside.
 *
 * <p>The Java shapes of a JSON value: {@code null}, {@link String}, {@link Boolean}, {@link Number}
 * ({@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger}, {@code Float},
 * {@code Double}, {@code BigDecimal}, or any other {@code Number} whose {@code toString()} is a
 * decimal number), {@link List} and {@link Map} with {@code String} keys. Anything else — another
 * type, a non-finite {@code double}, a {@code null} or non-{@code String} key, a container that
 * contains itself, nesting deeper than {@value #MAX_DEPTH} — is an {@link IllegalArgumentException}
 * naming where it was met. Values read back ({@link #toJava}) are unmodifiable maps and lists in
 * document order, numbers of the type the tree holds.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonValues {

  /**
   * The deepest nesting converted (Jackson's own default): deeper is rejected, never a stack
   * overflow.
   */
  public static final int MAX_DEPTH = 500;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Reads strictly: a duplicate key or anything after the value is malformed (two tools could read
   * {@code {"command":"ls","command":"rm -rf /"}} differently).
   */
  private static final class Reader {
    static final JsonMapper INSTANCE =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /**
   * The mappers are built on first use (lazy, thread-safe class initialisation): building one costs
   * a fresh JVM more than a hundred milliseconds, and {@link #toNode} needs neither.
   */
  private static final class Writer {
    static final JsonMapper INSTANCE = JsonMapper.builder().build();
  }

  private JsonValues() {}

  /**
   * The tree of a JSON value given as Java.
   *
   * @param value {@code null}, a String, Boolean, Number, List or Map as above
   * @throws IllegalArgumentException if {@code value} holds something that is no JSON value
   */
  public static JsonNode toNode(Object value) {
    return toNode(value, "", 0, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /**
   * The object tree of a map, as {@link #toNode(Object)}; {@code null} gives {@code {}}.
   *
   * @throws IllegalArgumentException if the map holds something that is no JSON value
   */
  public static ObjectNode toObjectNode(Map<String, ?> map) {
    return map == null ? NODES.objectNode() : (ObjectNode) toNode(map);
  }

  /**
   * The Java value of a tree: {@code null} for JSON {@code null} (and for a {@code null} or missing
   * node), String, Boolean, the tree's Number, unmodifiable List and Map.
   */
  public static Object toJava(JsonNode node) {
    return toJava(node, 0);
  }

  /**
   * The Java map of an object tree.
   *
   * @throws IllegalArgumentException if {@code node} is not a JSON object
   */
  public static Map<String, Object> toMap(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "not a JSON object: " + (node == null ? "null" : node.getNodeType()));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) toJava(node, 0);
    return map;
  }

  /**
   * The tree of JSON text: exactly one value, no duplicate keys. Integers read as the smallest of
   * int, long and BigInteger that holds them; fractions as {@code double}, as most JSON libraries
   * read them (a fraction beyond double precision is rounded).
   *
   * @throws IllegalArgumentException if {@code json} is not well-formed JSON; the message says
   *     where
   */
  public static JsonNode parse(String json) {
    if (json == null) {
      throw new IllegalArgumentException("no JSON text (null)");
    }
    try {
      JsonNode node = Reader.INSTANCE.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("no JSON value in the text");
      }
      return node;
    } catch (JacksonException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The compact JSON text of a tree ({@code null} gives {@code null}). */
  public static String write(JsonNode node) {
    return node == null ? "null" : Writer.INSTANCE.writeValueAsString(node);
  }

  /**
   * The compact JSON text of a Java value, as {@link #toNode(Object)}.
   *
   * @throws IllegalArgumentException if {@code value} holds something that is no JSON value
   */
  public static String write(Object value) {
    return write(toNode(value));
  }

  private static JsonNode toNode(Object value, String at, int depth, Set<Object> path) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String s) {
      return NODES.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Number n) {
      return number(n, at);
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      if (depth >= MAX_DEPTH) {
        throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " at " + where(at));
      }
      if (!path.add(value)) {
        throw new IllegalArgumentException("a container contains itself at " + where(at));
      }
      try {
        return value instanceof Map<?, ?> map
            ? object(map, at, depth, path)
            : array((List<?>) value, at, depth, path);
      } finally {
        path.remove(value);
      }
    }
    throw new IllegalArgumentException(
        "a "
            + value.getClass().getName()
            + " is no JSON value (String, Number, Boolean, null, List or Map) at "
            + where(at));
  }

  private static ObjectNode object(Map<?, ?> map, String at, int depth, Set<Object> path) {
    ObjectNode object = NODES.objectNode();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            "a JSON object's keys are Strings, not "
                + (e.getKey() == null ? "null" : e.getKey().getClass().getName())
                + ", at "
                + where(at));
      }
      object.set(key, toNode(e.getValue(), at + "/" + escape(key), depth + 1, path));
    }
    return object;
  }

  private static ArrayNode array(List<?> list, String at, int depth, Set<Object> path) {
    ArrayNode array = NODES.arrayNode(list.size());
    int i = 0;
    for (Object item : list) {
      array.add(toNode(item, at + "/" + i++, depth + 1, path));
    }
    return array;
  }

  private static JsonNode number(Number n, String at) {
    if (n instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (n instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (n instanceof Short s) {
      return NODES.numberNode(s);
    }
    if (n instanceof Byte b) {
      return NODES.numberNode(b.intValue());
    }
    if (n instanceof BigInteger b) {
      return NODES.numberNode(b);
    }
    if (n instanceof Double d) {
      finite(d, at);
      return NODES.numberNode(d);
    }
    if (n instanceof Float f) {
      finite(f, at);
      return NODES.numberNode(f);
    }
    if (n instanceof BigDecimal d) {
      return DecimalNode.valueOf(d);
    }
    try {
      return DecimalNode.valueOf(new BigDecimal(n.toString()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a " + n.getClass().getName() + " of '" + n + "' is no JSON number at " + where(at), e);
    }
  }

  private static void finite(double d, String at) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException(d + " is no JSON number at " + where(at));
    }
  }

  private static Object toJava(JsonNode node, int depth) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (depth >= MAX_DEPTH) {
      throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH);
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        map.put(e.getKey(), toJava(e.getValue(), depth + 1));
      }
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        list.add(toJava(item, depth + 1));
      }
      return Collections.unmodifiableList(list);
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBinary() || node.isPojo()) {
      return node.asString();
    }
    throw new IllegalArgumentException("no JSON value: " + node.getNodeType());
  }

  private static String where(String pointer) {
    return pointer.isEmpty() ? "the top" : pointer;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
