package io.kiro4j.mcp.auth;

import java.net.URI;

/**
 * How the host lets the user authorize: it receives the authorization URL and shows or opens it
 * (the library never opens a browser itself). The authorization server then redirects the browser
 * to a listener on {@code 127.0.0.1} that the library runs for the duration of the flow.
 *
 * <pre>{@code
 * AuthorizationHandler handler = url -> System.err.println("Open this URL to sign in: " + url);
 * }</pre>
 *
 * <p>Called on a transport thread, at most once per authorization; implementations must be
 * thread-safe if shared between servers.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface AuthorizationHandler {

  /**
   * Shows or opens {@code authorizationUrl}; may return at once (the library waits for the redirect
   * up to {@link OAuthOptions#authorizationTimeout()}).
   *
   * @param authorizationUrl the URL to open in a browser; it carries a one-time {@code state} and
   *     PKCE challenge, no secret
   */
  void authorize(URI authorizationUrl);
}
