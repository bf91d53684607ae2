package io.kiro4j.core.internal.json;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * The part of a JSON Schema that decides validity without the schema engine: {@code type}, {@code
 * properties}, {@code additionalProperties}, {@code items}, {@code anyOf}, {@code required}, {@code
 * const}, {@code enum}, {@code minLength}, {@code minimum}, {@code pattern} and local {@code $ref}s
 * to {@code #/$defs/NAME} — the keywords of the schemas kiro4j ships.
 *
 * <p>It answers only "certainly valid". A violation, a value it does not judge (a whole-valued
 * float where an integer is required), or a schema using any other keyword leaves the document to
 * the engine, which then reports the diagnostics. So the engine's answer stays the contract: this
 * only spares compiling and running it (about half a second in a fresh JVM) for the documents it
 * accepts, which are most real files. {@code JsonSchemaFastPathProperties} checks that the two
 * agree.
 *
 * <p>Thread-safe; immutable but for its cache of compiled {@code pattern}s.
 */
final class SchemaFastPath {

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$comment", "title", "description", "default", "examples", "$defs");

  private static final Set<String> TYPES =
      Set.of("object", "array", "string", "number", "integer", "boolean", "null");

  /**
   * Where the fast path gives up (a {@code $ref} cycle, a very deep document) and leaves the
   * verdict to the engine. Each level costs a few stack frames: 2,000 overflowed the default stack
   * on Java 25; the shipped schemas need a handful of levels.
   */
  private static final int MAX_DEPTH = 256;

  private static final SchemaFastPath NONE = new SchemaFastPath(null);

  /** The schema; null when it uses something this class does not decide. */
  private final JsonNode schema;

  /**
   * The {@code pattern}s compiled so far: each on first use, not when the schema is read, since a
   * process that validates one agent rarely reaches one, and a fresh JVM pays milliseconds for its
   * first regular expression.
   */
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  private SchemaFastPath(JsonNode schema) {
    this.schema = schema;
  }

  /** The fast path of {@code schema}; one that accepts nothing if it uses other keywords. */
  static SchemaFastPath of(JsonNode schema) {
    JsonNode dialect = schema.get("$schema");
    if (dialect != null && !(dialect.isString() && dialect.stringValue().equals(DRAFT_2020_12))) {
      return NONE; // another draft: items and friends mean other things
    }
    return decidable(schema, schema, 0) ? new SchemaFastPath(schema) : NONE;
  }

  /** Whether the engine would certainly find no violation in {@code document}. */
  boolean accepts(JsonNode document) {
    return schema != null && accepts(schema, document, 0);
  }

  private static boolean decidable(JsonNode s, JsonNode root, int depth) {
    if (s.isBoolean()) {
      return true;
    }
    if (!s.isObject() || depth > MAX_DEPTH) {
      return false;
    }
    for (Map.Entry<String, JsonNode> k : s.properties()) {
      JsonNode v = k.getValue();
      boolean ok;
      switch (k.getKey()) {
        case "$defs":
        case "properties":
          ok = v.isObject() && allDecidable(v, root, depth);
          break;
        case "additionalProperties":
        case "items":
          ok = decidable(v, root, depth + 1);
          break;
        case "anyOf":
          ok = v.isArray() && !v.isEmpty() && allDecidable(v, root, depth);
          break;
        case "$ref":
          ok = v.isString() && target(root, v.stringValue()) != null;
          break;
        case "type":
          ok = v.isString() ? TYPES.contains(v.stringValue()) : v.isArray() && allTypes(v);
          break;
        case "required":
          ok = v.isArray() && allStrings(v);
          break;
        case "enum":
          ok = v.isArray();
          break;
        case "minLength":
          ok = v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0;
          break;
        case "minimum":
          ok = v.isNumber();
          break;
        case "pattern":
          ok = v.isString() && readAlike(v.stringValue());
          break;
        case "const":
          ok = true;
          break;
        case "$id":
          ok = depth == 0; // a nested $id would move the base of the references below it
          break;
        default:
          ok = ANNOTATIONS.contains(k.getKey());
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDecidable(JsonNode container, JsonNode root, int depth) {
    for (JsonNode sub : container.values()) {
      if (!decidable(sub, root, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allTypes(JsonNode types) {
    for (JsonNode t : types.values()) {
      if (!t.isString() || !TYPES.contains(t.stringValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean allStrings(JsonNode array) {
    for (JsonNode n : array.values()) {
      if (!n.isString()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the JDK and ECMA-262 read {@code regex} alike: no escapes, no nested or intersected
   * classes (where the two regex dialects differ); anything else goes to the engine.
   */
  private static boolean readAlike(String regex) {
    return regex.indexOf('\\') < 0 && !regex.contains("[[") && !regex.contains("&&");
  }

  /** {@code regex} compiled (once); null when the JDK cannot compile it: the engine judges. */
  private Pattern pattern(String regex) {
    Pattern p = patterns.get(regex);
    if (p == null) {
      try {
        p = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        return null;
      }
      patterns.putIfAbsent(regex, p);
    }
    return p;
  }

  /** The schema a local {@code #/$defs/NAME} reference names, or null. */
  private static JsonNode target(JsonNode root, String ref) {
    if (!ref.startsWith("#/$defs/")) {
      return null;
    }
    String name = ref.substring("#/$defs/".length());
    if (name.contains("/") || name.contains("~")) {
      return null;
    }
    JsonNode defs = root.get("$defs");
    return defs == null ? null : defs.get(name);
  }

  private boolean accepts(JsonNode s, JsonNode node, int depth) {
    if (s.isBoolean()) {
      return s.booleanValue();
    }
    if (depth > MAX_DEPTH) {
      return false;
    }
    for (Map.Entry<String, JsonNode> k : s.properties()) {
      if (!satisfies(k.getKey(), k.getValue(), s, node, depth)) {
        return false;
      }
    }
    return true;
  }

  private boolean satisfies(String keyword, JsonNode v, JsonNode s, JsonNode node, int depth) {
    switch (keyword) {
      case "type":
        return v.isString() ? hasType(node, v.stringValue()) : anyType(node, v);
      case "properties":
        if (node.isObject()) {
          for (Map.Entry<String, JsonNode> p : v.properties()) {
            JsonNode member = node.get(p.getKey());
            if (member != null && !accepts(p.getValue(), member, depth + 1)) {
              return false;
            }
          }
        }
        return true;
      case "additionalProperties":
        if (node.isObject()) {
          JsonNode declared = s.get("properties");
          for (Map.Entry<String, JsonNode> m : node.properties()) {
            boolean additional = declared == null || !declared.has(m.getKey());
            if (additional && !accepts(v, m.getValue(), depth + 1)) {
              return false;
            }
          }
        }
        return true;
      case "items":
        if (node.isArray()) {
          for (JsonNode item : node.values()) {
            if (!accepts(v, item, depth + 1)) {
              return false;
            }
          }
        }
        return true;
      case "anyOf":
        for (JsonNode branch : v.values()) {
          if (accepts(branch, node, depth + 1)) {
            return true;
          }
        }
        return false;
      case "$ref":
        return accepts(target(schema, v.stringValue()), node, depth + 1);
      case "required":
        if (node.isObject()) {
          for (JsonNode key : v.values()) {
            if (!node.has(key.stringValue())) {
              return false;
            }
          }
        }
        return true;
      case "const":
        return v.equals(node);
      case "enum":
        for (JsonNode allowed : v.values()) {
          if (allowed.equals(node)) {
            return true;
          }
        }
        return false;
      case "minLength":
        return !node.isString()
            || node.stringValue().codePointCount(0, node.stringValue().length()) >= v.intValue();
      case "minimum":
        return !node.isNumber() || atLeast(node, v);
      case "pattern":
        if (!node.isString()) {
          return true;
        }
        Pattern pattern = pattern(v.stringValue());
        return pattern != null && pattern.matcher(node.stringValue()).find();
      default:
        return true; // an annotation ($defs, title, ...): of() let no other keyword through
    }
  }

  private static boolean anyType(JsonNode node, JsonNode types) {
    for (JsonNode t : types.values()) {
      if (hasType(node, t.stringValue())) {
        return true;
      }
    }
    return false;
  }

  /** Strict: a whole-valued float is not called an integer here (the engine decides it). */
  private static boolean hasType(JsonNode node, String type) {
    switch (type) {
      case "object":
        return node.isObject();
      case "array":
        return node.isArray();
      case "string":
        return node.isString();
      case "number":
        return node.isNumber();
      case "integer":
        return node.isIntegralNumber();
      case "boolean":
        return node.isBoolean();
      default:
        return node.isNull();
    }
  }

  private static boolean atLeast(JsonNode number, JsonNode minimum) {
    if (number.isFloatingPointNumber() && !Double.isFinite(number.doubleValue())) {
      return false;
    }
    BigDecimal value = number.decimalValue();
    return value.compareTo(minimum.decimalValue()) >= 0;
  }
}
