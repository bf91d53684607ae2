package io.kiro4j.core.turn;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What goes back to the model for one tool call: the tool's output, or why there is none.
 *
 * <p>Not thread-safe: the {@code JsonNode} it may hold is a mutable Jackson tree; share an instance
 * between threads only while nobody modifies it.
 *
 * @param error true when the call failed, was refused or the tool reported an error
 * @param text the text for the model
 * @param content the tool's own result as JSON (an MCP {@code CallToolResult}), when it has one
 * @since 0.2
 */
public record ToolResult(boolean error, String text, Optional<JsonNode> content) {
  public ToolResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(content, "content");
  }

  /** A successful result. */
  public static ToolResult ok(String text) {
    return new ToolResult(false, text, Optional.empty());
  }

  /** A failed result. */
  public static ToolResult error(String text) {
    return new ToolResult(true, text, Optional.empty());
  }
}
