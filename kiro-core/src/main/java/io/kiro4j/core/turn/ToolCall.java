package io.kiro4j.core.turn;

import io.kiro4j.core.json.JsonValues;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A tool call as the model made it: the name it used and the input it gave.
 *
 * <p>Not thread-safe: the {@code JsonNode} it holds is a mutable Jackson tree; share an instance
 * between threads only while nobody modifies it.
 *
 * @param name the name the model used: a model name, or any name {@link
 *     io.kiro4j.core.tool.ToolList#resolve} accepts
 * @param input the input ({@code null} reads as {@code {}})
 * @since 0.2
 */
public record ToolCall(String name, JsonNode input) {
  public ToolCall {
    Objects.requireNonNull(name, "name");
    input = input == null ? JsonNodeFactory.instance.objectNode() : input;
  }

  /** A call with its input as plain Java (see {@link JsonValues}), for callers without Jackson. */
  public static ToolCall of(String name, Map<String, ?> input) {
    return new ToolCall(name, JsonValues.toObjectNode(input));
  }
}
