package io.kiro4j.mcp.jsonrpc;

import io.kiro4j.core.json.JsonValues;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Answers a request the server sends to the client ({@code roots/list}, {@code
 * sampling/createMessage}, {@code elicitation/create}). Runs on a handler thread, never on a
 * transport thread, so it may block or call the server back.
 *
 * <p>Implementations must be thread-safe: they are called on transport threads, possibly for
 * several requests at once.
 */
@FunctionalInterface
public interface RequestHandler {

  /**
   * @param params the request's {@code params}, or a missing node
   * @return the {@code result}; complete it exceptionally with a {@link JsonRpcException} to answer
   *     with that error (any other failure answers {@code -32603})
   */
  CompletionStage<JsonNode> handle(JsonNode params);

  /**
   * A handler written without Jackson: {@code handler} gets the params as plain Java (an empty map
   * when the request has none or they are not an object) and returns the result object as plain
   * Java ({@link JsonValues}). Throwing a {@link JsonRpcException} answers with that error; any
   * other exception, or a result holding no JSON value, answers {@code -32603}.
   *
   * <pre>{@code
   * McpClientOptions.builder()
   *     .sampling(RequestHandler.ofMap(params -> Map.of("role", "assistant", "model", "none",
   *         "content", Map.of("type", "text", "text", "no model here"))))
   *     .build();
   * }</pre>
   *
   * @param handler answers one request; called on a handler thread
   * @return the handler
   * @since 0.2
   */
  static RequestHandler ofMap(Function<Map<String, Object>, Map<String, ?>> handler) {
    Objects.requireNonNull(handler, "handler");
    return params -> {
      try {
        Map<String, Object> in =
            params != null && params.isObject() ? JsonValues.toMap(params) : Map.of();
        return CompletableFuture.completedFuture(JsonValues.toObjectNode(handler.apply(in)));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
  }
}
