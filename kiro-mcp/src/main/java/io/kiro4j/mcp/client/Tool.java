package io.kiro4j.mcp.client;

import io.kiro4j.core.json.JsonValues;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A tool a server offers ({@code tools/list}).
 *
 * <p>Without Jackson: {@link #inputSchemaMap()} gives the schema as plain Java and {@link #json()}
 * the whole tool as JSON text.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param name the tool name
 * @param title the display title, if any
 * @param description the description, if any
 * @param inputSchema the JSON Schema of the arguments
 * @param raw the whole tool object as sent (annotations, outputSchema, _meta, ...)
 */
public record Tool(
    String name,
    Optional<String> title,
    Optional<String> description,
    JsonNode inputSchema,
    JsonNode raw) {

  /**
   * The input schema as plain Java ({@link JsonValues}): unmodifiable maps and lists, String,
   * Boolean, Number and {@code null}; empty if the server sent no schema object.
   *
   * @since 0.2
   */
  public Map<String, Object> inputSchemaMap() {
    return inputSchema.isObject() ? JsonValues.toMap(inputSchema) : Map.of();
  }

  /**
   * The whole tool object as compact JSON text, as the server sent it.
   *
   * @since 0.2
   */
  public String json() {
    return JsonValues.write(raw);
  }

  static Tool of(JsonNode node) {
    return new Tool(
        node.path("name").asString(""),
        text(node, "title"),
        text(node, "description"),
        node.path("inputSchema"),
        node);
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
  }
}
