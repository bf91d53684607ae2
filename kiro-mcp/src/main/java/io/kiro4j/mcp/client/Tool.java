package io.kiro4j.mcp.client;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A tool a server offers ({@code tools/list}).
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
