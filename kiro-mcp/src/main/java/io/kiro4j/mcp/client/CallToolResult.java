package io.kiro4j.mcp.client;

import io.kiro4j.core.json.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The result of {@code tools/call}. A tool that failed reports {@link #isError()} with its message
 * in the content; that is data, not an exception.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * <p>Without Jackson: {@link #text()} gives the text content, {@link #contentMaps()} the content
 * blocks, {@link #structuredContentMap()} the structured result as plain Java and {@link #json()}
 * the whole result as JSON text.
 *
 * @param content the content blocks as sent (text, image, audio, resource_link, resource)
 * @param structuredContent the structured result, if the tool returned one
 * @param isError whether the tool reported an error
 * @param raw the whole result object
 */
public record CallToolResult(
    List<JsonNode> content, Optional<JsonNode> structuredContent, boolean isError, JsonNode raw) {

  /** Canonical constructor: copies the content list. */
  public CallToolResult {
    content = List.copyOf(content);
  }

  static CallToolResult of(JsonNode node) {
    List<JsonNode> blocks = new ArrayList<>();
    node.path("content").forEach(blocks::add);
    JsonNode structured = node.get("structuredContent");
    return new CallToolResult(
        blocks,
        structured == null || structured.isNull() ? Optional.empty() : Optional.of(structured),
        node.path("isError").asBoolean(false),
        node);
  }

  /** The text of the {@code text} content blocks, joined with newlines. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (JsonNode block : content) {
      if ("text".equals(block.path("type").asString(""))) {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(block.path("text").asString(""));
      }
    }
    return text.toString();
  }

  /**
   * The structured result as plain Java (see {@link JsonValues}): unmodifiable maps and lists,
   * String, Boolean, Number and {@code null}; empty if the tool returned none or returned something
   * other than a JSON object.
   */
  public Optional<Map<String, Object>> structuredContentMap() {
    return structuredContent.filter(JsonNode::isObject).map(JsonValues::toMap);
  }

  /**
   * The content blocks as plain Java, in order: one map per block ({@code type} and, by type,
   * {@code text}, {@code data}/{@code mimeType}, {@code resource}, ...); a block that is not an
   * object is left out.
   *
   * @since 0.2
   */
  public List<Map<String, Object>> contentMaps() {
    return content.stream().filter(JsonNode::isObject).map(JsonValues::toMap).toList();
  }

  /** The whole result object as compact JSON text, as the server sent it. */
  public String json() {
    return JsonValues.write(raw);
  }
}
