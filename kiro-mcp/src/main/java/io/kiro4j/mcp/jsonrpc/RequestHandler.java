package io.kiro4j.mcp.jsonrpc;

import java.util.concurrent.CompletionStage;
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
}
