package io.kiro4j.core.hook;

import io.kiro4j.core.json.JsonValues;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A tool call as hooks see it.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param name the tool's name as the agent sees it: a built-in name ({@code read}, {@code fsWrite})
 *     or an MCP tool as {@code @server/tool}
 * @param categories the IDE categories the host puts the tool in ({@code read}, {@code write},
 *     {@code shell}, {@code web}, L961–966); the docs do not list which built-in tools each holds,
 *     so the host says (reference A28). A category is also matched by its own name.
 * @param input the tool's input, as the tool receives it
 */
public record ToolUse(String name, Set<String> categories, Optional<JsonNode> input) {

  /** The four categories the docs name (L963–966). */
  public static final Set<String> CATEGORIES = Set.of("read", "write", "shell", "web");

  public ToolUse {
    Objects.requireNonNull(name, "name");
    categories = Set.copyOf(categories);
    Objects.requireNonNull(input, "input");
  }

  /** A tool without categories or input. */
  public static ToolUse named(String name) {
    return new ToolUse(name, Set.of(), Optional.empty());
  }

  /**
   * A tool call with its input as plain Java, for callers without Jackson.
   *
   * @param name the tool name
   * @param categories its categories ({@link #CATEGORIES})
   * @param input the tool's input object: maps, lists, strings, numbers, booleans, {@code null}
   * @throws IllegalArgumentException if {@code input} holds something that is no JSON value
   * @since 0.2
   */
  public static ToolUse of(String name, Set<String> categories, Map<String, ?> input) {
    return new ToolUse(name, categories, Optional.of(JsonValues.toObjectNode(input)));
  }

  /**
   * The input as plain Java ({@link JsonValues}); empty without input or when it is not an object.
   *
   * @since 0.2
   */
  public Optional<Map<String, Object>> inputMap() {
    return input.filter(JsonNode::isObject).map(JsonValues::toMap);
  }

  /** True for an MCP tool reference {@code @server/tool}. */
  public boolean isMcp() {
    return name.startsWith("@") && name.indexOf('/') > 1;
  }

  /** The server of an MCP tool reference. */
  public Optional<String> server() {
    return isMcp() ? Optional.of(name.substring(1, name.indexOf('/'))) : Optional.empty();
  }
}
