package io.kiro4j.mcp.jsonrpc;

import io.kiro4j.mcp.McpException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The server answered a request with a JSON-RPC error: its code, message and optional data, as
 * sent. Codes are not restricted to the JSON-RPC range (real servers send others).
 *
 * <p>Not thread-safe: {@link #data()} is a mutable Jackson {@code JsonNode}; share it between
 * threads only while nobody modifies it.
 */
public final class JsonRpcException extends McpException {

  private static final long serialVersionUID = 1L;

  /** Method not found. */
  public static final int METHOD_NOT_FOUND = -32601;

  /** Invalid params. */
  public static final int INVALID_PARAMS = -32602;

  /** Internal error. */
  public static final int INTERNAL_ERROR = -32603;

  private final int code;
  private final transient JsonNode data;

  /**
   * @param code the error code
   * @param message the error message
   * @param data the error data, or null
   */
  public JsonRpcException(int code, String message, JsonNode data) {
    super(message + " (JSON-RPC error " + code + ")");
    this.code = code;
    this.data = data;
  }

  /** The error code the server sent. */
  public int code() {
    return code;
  }

  /** The {@code data} member, if the server sent one. */
  public Optional<JsonNode> data() {
    return Optional.ofNullable(data);
  }
}
