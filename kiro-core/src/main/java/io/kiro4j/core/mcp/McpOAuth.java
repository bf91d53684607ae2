package io.kiro4j.core.mcp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The OAuth settings of a remote MCP server entry, as Kiro writes them: an {@code oauth} object
 * with {@code clientId}, {@code clientSecret}, {@code oauthScopes} and {@code redirectUri} (Kiro
 * CLI 2.12), and the Amazon Q Developer CLI's {@code oauthScopes} next to {@code url} (read when
 * {@code oauth} has none). A server without either authorizes with what the MCP authorization spec
 * discovers (Dynamic Client Registration, scopes from the server).
 *
 * <pre>{@code
 * "notion": {"url": "https://mcp.notion.com/mcp",
 *            "oauth": {"clientId": "my-app", "oauthScopes": ["read"], "redirectUri": "127.0.0.1:7778"}}
 * }</pre>
 *
 * <p>{@link #toString()} never shows the secret. Immutable and thread-safe.
 *
 * @param clientId a pre-registered client id
 * @param clientSecret its secret (may be a {@code ${VAR}} reference to expand)
 * @param scopes scopes to request instead of the discovered ones (empty: discovered)
 * @param redirectUri the loopback redirect, {@code host:port} or an {@code http://} URL
 * @since 0.2
 */
public record McpOAuth(
    Optional<String> clientId,
    Optional<String> clientSecret,
    List<String> scopes,
    Optional<String> redirectUri) {

  /** The keys of the {@code oauth} object. */
  public static final Set<String> KEYS =
      Set.of("clientId", "clientSecret", "oauthScopes", "redirectUri");

  /** The server-entry keys this type reads ({@code oauth}, {@code oauthScopes}). */
  public static final Set<String> ENTRY_KEYS = Set.of("oauth", "oauthScopes");

  /** Checks for nulls; copies the scopes. */
  public McpOAuth {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(redirectUri, "redirectUri");
  }

  /**
   * The OAuth settings of {@code server}, read leniently from its {@code oauth} and {@code
   * oauthScopes} keys (wrong types are skipped; the schema reports them).
   *
   * @return empty when the entry has neither key
   */
  public static Optional<McpOAuth> of(McpServerConfig server) {
    JsonNode oauth = server.other().get("oauth");
    JsonNode topScopes = server.other().get("oauthScopes");
    if ((oauth == null || !oauth.isObject()) && topScopes == null) {
      return Optional.empty();
    }
    JsonNode o = oauth != null && oauth.isObject() ? oauth : null;
    List<String> scopes = strings(o == null ? null : o.get("oauthScopes"));
    if (scopes.isEmpty()) {
      scopes = strings(topScopes);
    }
    return Optional.of(
        new McpOAuth(text(o, "clientId"), text(o, "clientSecret"), scopes, text(o, "redirectUri")));
  }

  /**
   * The loopback address of a {@code redirectUri}: {@code 127.0.0.1:7778}, {@code
   * localhost:7778/path} or {@code http://127.0.0.1:7778/path}; empty when it is not an {@code
   * http} URL on {@code 127.0.0.1}, {@code localhost} or {@code [::1]} with a port.
   */
  public static Optional<URI> loopback(String redirectUri) {
    String text = redirectUri.contains("://") ? redirectUri : "http://" + redirectUri;
    try {
      URI uri = new URI(text);
      String host = uri.getHost();
      boolean loopback =
          "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "[::1]".equals(host);
      if (!"http".equalsIgnoreCase(uri.getScheme())
          || !loopback
          || uri.getPort() < 1
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        return Optional.empty();
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Names the client, scopes and redirect; never the secret. */
  @Override
  public String toString() {
    return "McpOAuth[clientId="
        + clientId.orElse("none")
        + ", clientSecret="
        + (clientSecret.isPresent() ? "***" : "none")
        + ", scopes="
        + scopes
        + ", redirectUri="
        + redirectUri.orElse("none")
        + "]";
  }

  private static Optional<String> text(JsonNode node, String key) {
    if (node == null) {
      return Optional.empty();
    }
    JsonNode value = node.get(key);
    return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode item : node) {
        if (item.isString() && !item.stringValue().isBlank()) {
          out.add(item.stringValue());
        }
      }
    }
    return out;
  }
}
