package io.kiro4j.core.tool;

import java.util.Objects;

/**
 * A tool the agent could name but the model is not offered, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the built-in tool's canonical name, {@code @server/tool}, or {@code @server} when a
 *     whole server's tools are withheld (disabled, not running, inactive power)
 * @param reason why it is withheld, with the rule and the docs line
 * @since 0.2
 */
public record WithheldTool(String name, String reason) {
  public WithheldTool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }
}
