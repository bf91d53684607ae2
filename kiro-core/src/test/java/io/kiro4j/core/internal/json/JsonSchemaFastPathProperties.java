package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.json.JsonValues;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.property.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schema fast path and the engine agree on the schemas kiro4j ships: whatever the fast path
 * accepts, the engine finds valid (it may never hide a diagnostic), and whatever the engine finds
 * valid the fast path accepts unless it holds a float (so valid files really skip the engine). The
 * documents are drawn from the schema itself: mostly the shapes it describes, with wrong types,
 * unknown keys, empty strings, negative numbers, whole-valued floats and URLs that do not match
 * mixed in.
 */
class JsonSchemaFastPathProperties {

  private static final Path FILE = Path.of(".kiro/agents/generated.json");

  private static final List<String> SHIPPED =
      List.of("/io/kiro4j/core/agent/agent.schema.json", "/io/kiro4j/core/mcp/mcp.schema.json");

  @Test
  void whatTheFastPathAcceptsTheEngineFindsValid() {
    for (String resource : SHIPPED) {
      JsonSchema schema = JsonSchema.fromResource(JsonSchemaFastPathProperties.class, resource);
      SchemaFastPath fast = SchemaFastPath.of(schemaNode(resource));
      Property.forAll(documents(schemaNode(resource), true))
          .tries(1500)
          .check(
              doc -> {
                if (fast.accepts(doc.rootNode())) {
                  assertThat(schema.validateWithEngine(doc)).as(doc.root().toString()).isEmpty();
                }
              });
    }
  }

  @Test
  void whatTheEngineFindsValidTheFastPathAcceptsWhenItHoldsNoFloat() {
    for (String resource : SHIPPED) {
      JsonSchema schema = JsonSchema.fromResource(JsonSchemaFastPathProperties.class, resource);
      SchemaFastPath fast = SchemaFastPath.of(schemaNode(resource));
      Property.forAll(documents(schemaNode(resource), false))
          .tries(1500)
          .check(
              doc ->
                  assertThat(fast.accepts(doc.rootNode()))
                      .as(doc.root().toString())
                      .isEqualTo(schema.validateWithEngine(doc).isEmpty()));
    }
  }

  @Test
  void theGeneratorReachesBothVerdicts() {
    // Guards the two properties above against a generator that only makes valid (or invalid) files.
    JsonSchema schema = JsonSchema.fromResource(JsonSchemaFastPathProperties.class, SHIPPED.get(0));
    int[] verdicts = new int[2];
    Property.forAll(documents(schemaNode(SHIPPED.get(0)), false))
        .tries(400)
        .check(doc -> verdicts[schema.validateWithEngine(doc).isEmpty() ? 1 : 0]++);
    assertThat(verdicts[0]).isGreaterThan(20);
    assertThat(verdicts[1]).isGreaterThan(20);
  }

  static JsonNode schemaNode(String resource) {
    try (var in = JsonSchemaFastPathProperties.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return JsonLoader.strict().parse(text, Path.of(resource)).document().orElseThrow().root();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Documents shaped by {@code schema}, one value in eight anything at all. */
  static Gen<JsonDocument> documents(JsonNode schema, boolean floats) {
    return s -> {
      Object value = new Drawn(schema, s, floats).value(schema, 0);
      String text = JsonValues.write(value);
      return JsonLoader.strict().parse(text, FILE).document().orElseThrow();
    };
  }

  /** One draw of a document: follows the schema's keywords, strays from them now and then. */
  private static final class Drawn {
    private static final List<String> STRINGS =
        List.of(
            "",
            "x",
            "https://example.com/a",
            "file://README.md",
            "skill://s",
            "1http://x",
            "stdio",
            "http",
            "best",
            "fast",
            "knowledgeBase",
            "é\u2028",
            "://");
    private final JsonNode root;
    private final Source s;
    private final boolean floats;

    Drawn(JsonNode root, Source s, boolean floats) {
      this.root = root;
      this.s = s;
      this.floats = floats;
    }

    Object value(JsonNode schema, int depth) {
      if (depth > 6 || schema.isBoolean() || s.draw(8) == 0) {
        return anything(depth);
      }
      if (schema.has("$ref")) {
        String name = schema.get("$ref").stringValue().substring("#/$defs/".length());
        return value(root.get("$defs").get(name), depth + 1);
      }
      if (schema.has("anyOf")) {
        JsonNode branches = schema.get("anyOf");
        return value(branches.get(s.draw(branches.size())), depth + 1);
      }
      if (schema.has("const")) {
        return s.draw(4) == 0 ? anything(depth) : JsonValues.toJava(schema.get("const"));
      }
      if (schema.has("enum")) {
        JsonNode values = schema.get("enum");
        return JsonValues.toJava(values.get(s.draw(values.size())));
      }
      JsonNode type = schema.get("type");
      String t =
          type == null
              ? "object"
              : type.isString() ? type.stringValue() : type.get(s.draw(type.size())).stringValue();
      switch (t) {
        case "object":
          return object(schema, depth);
        case "array":
          List<Object> items = new ArrayList<>();
          int n = s.draw(4);
          for (int i = 0; i < n; i++) {
            items.add(
                schema.has("items") ? value(schema.get("items"), depth + 1) : anything(depth + 1));
          }
          return items;
        case "string":
          return STRINGS.get(s.draw(STRINGS.size()));
        case "integer":
          return s.draw(2) - 1 + s.draw(5) * (s.draw(2) == 0 ? 1 : 1000);
        case "boolean":
          return s.draw(2) == 0;
        default:
          return null;
      }
    }

    private Map<String, Object> object(JsonNode schema, int depth) {
      Map<String, Object> object = new LinkedHashMap<>();
      JsonNode properties = schema.get("properties");
      if (properties != null) {
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
          if (s.draw(3) == 0) {
            object.put(p.getKey(), value(p.getValue(), depth + 1));
          }
        }
      }
      JsonNode required = schema.get("required");
      if (required != null && s.draw(8) != 0) {
        for (JsonNode key : required.values()) {
          if (!object.containsKey(key.stringValue())) {
            object.put(key.stringValue(), value(properties.get(key.stringValue()), depth + 1));
          }
        }
      }
      JsonNode additional = schema.get("additionalProperties");
      int extra = additional != null && additional.isObject() ? s.draw(3) : s.draw(10) == 0 ? 1 : 0;
      for (int i = 0; i < extra; i++) {
        object.put(
            "k" + s.draw(3),
            additional != null && additional.isObject()
                ? value(additional, depth + 1)
                : anything(depth + 1));
      }
      return object;
    }

    private Object anything(int depth) {
      switch (s.draw(depth > 4 ? 5 : 7)) {
        case 0:
          return null;
        case 1:
          return s.draw(2) == 0;
        case 2:
          return s.draw(7) - 3;
        case 3:
          return STRINGS.get(s.draw(STRINGS.size()));
        case 4:
          // Not one conditional expression: it would promote the long to a double.
          if (floats) {
            return s.draw(2) == 0 ? 1.0 : -0.5;
          }
          return Long.MAX_VALUE - s.draw(2);
        case 5:
          List<Object> list = new ArrayList<>();
          list.add(anything(depth + 1));
          return list;
        default:
          Map<String, Object> map = new LinkedHashMap<>();
          map.put("command", anything(depth + 1));
          return map;
      }
    }
  }
}
