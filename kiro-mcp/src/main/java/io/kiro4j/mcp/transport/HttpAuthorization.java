package io.kiro4j.mcp.transport;

import java.util.List;
import java.util.Optional;

/**
 * What the HTTP transports ask of an authorization mechanism: the {@code Authorization} header to
 * send, and what to do when the server answers 401 or 403. {@link io.kiro4j.mcp.auth.Authorizer}
 * implements it with the MCP authorization flow (OAuth 2.1); a host may plug in its own.
 *
 * <p>A request is retried after {@link #retryAfter} returned true, at most 3 times; the third
 * refusal fails the request with its status, like a transport without authorization.
 *
 * <p>Implementations must be thread-safe: requests of one transport run concurrently.
 *
 * @since 0.2
 */
public interface HttpAuthorization {

  /**
   * The {@code Authorization} header value to send now (for example {@code Bearer …}), or empty to
   * send none. May block briefly (a token refresh).
   */
  Optional<String> authorization();

  /**
   * Called when a request was refused with 401 or 403; may block for as long as the user takes to
   * authorize.
   *
   * @param status 401 or 403
   * @param wwwAuthenticate every {@code WWW-Authenticate} value of the refusal (server-supplied:
   *     hostile input)
   * @param sent the {@code Authorization} value the refused request carried, if any
   * @return true to retry the request with a new {@link #authorization()}
   * @throws TransportException when authorization failed for good (the request fails with it)
   */
  boolean retryAfter(int status, List<String> wwwAuthenticate, Optional<String> sent);
}
