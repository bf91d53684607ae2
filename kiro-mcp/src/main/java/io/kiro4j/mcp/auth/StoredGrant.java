package io.kiro4j.mcp.auth;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens an authorization server issued for one MCP server, with what is needed to renew them
 * without the user: the token endpoint and the client. Bound to {@code resource}: an {@link
 * Authorizer} uses a grant only for the server it was issued for. {@link #toString()} shows no
 * token or secret.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resource the MCP server URL the tokens are for
 * @param issuer the authorization server
 * @param tokenEndpoint where to refresh
 * @param clientId the client the tokens were issued to
 * @param clientSecret its secret, if it has one (a dynamically registered confidential client)
 * @param tokenEndpointAuthMethod {@code none}, {@code client_secret_basic}, {@code
 *     client_secret_post} or {@code private_key_jwt}
 * @param accessToken the bearer token
 * @param refreshToken the refresh token, if one was issued
 * @param expiresAt when the access token expires, if the server said
 * @param scope the granted scopes (space-separated; empty when unknown)
 * @since 0.2
 */
public record StoredGrant(
    URI resource,
    URI issuer,
    URI tokenEndpoint,
    String clientId,
    Optional<String> clientSecret,
    String tokenEndpointAuthMethod,
    String accessToken,
    Optional<String> refreshToken,
    Optional<Instant> expiresAt,
    String scope) {

  /** Checks that nothing is null. */
  public StoredGrant {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(scope, "scope");
  }

  /** Whether the access token expires before {@code now} plus 30 s. */
  public boolean expiresSoon(Instant now) {
    return expiresAt.map(at -> at.isBefore(now.plusSeconds(30))).orElse(false);
  }

  /** Names the resource, issuer, client and scope; never a token or secret. */
  @Override
  public String toString() {
    return "StoredGrant[resource="
        + resource
        + ", issuer="
        + issuer
        + ", clientId="
        + clientId
        + ", scope="
        + scope
        + ", expiresAt="
        + expiresAt.map(Instant::toString).orElse("unknown")
        + ", refreshToken="
        + (refreshToken.isPresent() ? "present" : "none")
        + "]";
  }
}
