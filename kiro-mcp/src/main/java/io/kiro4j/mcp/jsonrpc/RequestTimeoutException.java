package io.kiro4j.mcp.jsonrpc;

import io.kiro4j.mcp.McpException;
import java.time.Duration;

/**
 * A request got no response within its timeout; the client sent {@code notifications/cancelled} for
 * it and will ignore a late response.
 *
 * <p>Thread-safe: its own fields are final.
 */
public final class RequestTimeoutException extends McpException {

  private static final long serialVersionUID = 1L;

  /**
   * @param method the request's method
   * @param timeout the timeout that expired
   */
  public RequestTimeoutException(String method, Duration timeout) {
    super(method + ": no response within " + timeout.toMillis() + " ms (request cancelled)");
  }
}
