package io.kiro4j.mcp.auth;

import io.kiro4j.mcp.transport.TransportException;

/**
 * Authorization with an MCP server failed: discovery found no authorization server, the metadata
 * named another resource or issuer, registration or the token request was refused, the redirect
 * carried the wrong {@code state}, the user did not authorize in time, or the flow needs a user and
 * none is there. Its HTTP status is the server's refusal (401 or 403). Messages never carry a
 * token, code or secret.
 *
 * <p>Thread-safe: its own fields are final.
 *
 * @since 0.2
 */
public class AuthorizationException extends TransportException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message one line saying what failed
   * @param cause the underlying failure, may be null
   * @param httpStatus the refusal that started the flow (401 or 403), or -1
   */
  public AuthorizationException(String message, Throwable cause, int httpStatus) {
    super(message, cause, httpStatus, java.util.OptionalInt.empty(), java.util.List.of());
  }
}
