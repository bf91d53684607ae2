package io.kiro4j.core.tool;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One tool an MCP server lists ({@code tools/list}), as a {@link McpToolSource} reports it.
 *
 * <p>Not thread-safe: the {@code JsonNode} it holds is a mutable Jackson tree; share an instance
 * between threads only while nobody modifies it.
 *
 * @param name the tool's name on its server
 * @param description its description, if the server gave one
 * @param inputSchema the JSON Schema of its arguments, as the server sent it
 * @since 0.2
 */
public record McpToolSpec(String name, Optional<String> description, JsonNode inputSchema) {
  public McpToolSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(inputSchema, "inputSchema");
  }
}
