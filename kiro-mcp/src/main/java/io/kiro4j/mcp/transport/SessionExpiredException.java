package io.kiro4j.mcp.transport;

/**
 * The Streamable HTTP server no longer knows the session (404, or 400 to a request that carried a
 * session id, as the TypeScript SDK's servers answer). The transport has forgotten the session id;
 * the client starts a new session with {@code initialize} and retries the request once.
 *
 * <p>Thread-safe: its own fields are final.
 */
public final class SessionExpiredException extends TransportException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message one line saying what the server answered
   * @param httpStatus the status it answered with
   */
  public SessionExpiredException(String message, int httpStatus) {
    super(message, null, httpStatus, java.util.OptionalInt.empty(), java.util.List.of());
  }
}
