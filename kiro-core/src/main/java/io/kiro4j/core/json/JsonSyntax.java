package io.kiro4j.core.json;

import io.kiro4j.core.internal.json.JsonLoader;

/**
 * Which JSON dialect {@link JsonLoader} accepts without error.
 *
 * <p>Immutable and thread-safe.
 */
public enum JsonSyntax {
  /**
   * RFC 8259 JSON, as Kiro CLI reads agent configs: comments and trailing commas are errors ({@code
   * JSON-002}, {@code JSON-003}). The document is still built so that later checks can report more
   * problems in one pass; callers that must behave like Kiro reject it because it has errors.
   */
  STRICT,
  /**
   * JSON with {@code //} and {@code /* *}{@code /} comments and trailing commas (as in the examples
   * of the Kiro docs): each one is reported once, as a warning.
   */
  LENIENT
}
