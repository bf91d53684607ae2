package io.kiro4j.mcp.auth.internal;

import io.kiro4j.mcp.internal.transport.RemoteUrls;
import io.kiro4j.mcp.transport.TransportException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Finds where to authorize for an MCP server, in the order of the MCP authorization spec
 * (2025-11-25 and 2025-06-18 "Authorization Server Discovery"; 2025-03-26 "Server Metadata
 * Discovery" for servers without Protected Resource Metadata).
 *
 * <ol>
 *   <li>Protected Resource Metadata (RFC 9728): the {@code resource_metadata} URL of the {@code
 *       WWW-Authenticate} challenge; else {@code /.well-known/oauth-protected-resource} + the
 *       server's path; else the same at the root. Its {@code resource} must name this server (same
 *       origin, a path prefix of the server's), else the flow stops.
 *   <li>Authorization Server Metadata of its first authorization server, for an issuer with a path
 *       {@code /tenant}: {@code /.well-known/oauth-authorization-server/tenant}, {@code
 *       /.well-known/openid-configuration/tenant}, {@code
 *       /tenant/.well-known/openid-configuration}; without a path: {@code
 *       /.well-known/oauth-authorization-server}, {@code /.well-known/openid-configuration}. The
 *       metadata's {@code issuer} must be the one asked.
 *   <li>Without Protected Resource Metadata (2025-03-26): the server's origin is the authorization
 *       server; its metadata at {@code /.well-known/oauth-authorization-server}, else the default
 *       endpoints {@code /authorize}, {@code /token}, {@code /register} there. That metadata's
 *       issuer must be on the server's origin (2025-03-26 predates the exact issuer check).
 * </ol>
 *
 * <p>Every endpoint must be {@code https} (or {@code http} on a loopback host). Thread-safe:
 * stateless apart from the client.
 */
public final class Discovery {

  private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);

  /** Protected Resource Metadata (RFC 9728), the fields the flow uses. */
  public record ResourceMetadata(
      URI resource, List<URI> authorizationServers, List<String> scopesSupported) {}

  /** Authorization Server Metadata (RFC 8414 / OpenID Discovery), the fields the flow uses. */
  public record ServerMetadata(
      URI issuer,
      URI authorizationEndpoint,
      URI tokenEndpoint,
      Optional<URI> registrationEndpoint,
      List<String> scopesSupported,
      List<String> tokenEndpointAuthMethods,
      List<String> codeChallengeMethods,
      boolean clientIdMetadataDocumentSupported,
      boolean fromDocument) {}

  private final OAuthHttp http;

  /**
   * @param http the exchanges
   */
  public Discovery(OAuthHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * The server's Protected Resource Metadata, or empty when it publishes none.
   *
   * @param server the MCP endpoint
   * @param fromChallenge the {@code resource_metadata} of the challenge, if any
   * @throws TransportException when the metadata names another resource
   */
  public Optional<ResourceMetadata> resourceMetadata(URI server, Optional<String> fromChallenge) {
    List<URI> candidates = new ArrayList<>();
    fromChallenge.flatMap(Discovery::uri).ifPresent(candidates::add);
    String path = trimSlash(server.getRawPath());
    if (!path.isEmpty()) {
      candidates.add(at(server, "/.well-known/oauth-protected-resource" + path));
    }
    candidates.add(at(server, "/.well-known/oauth-protected-resource"));
    for (URI candidate : candidates) {
      Optional<JsonNode> doc = document(candidate);
      if (doc.isEmpty()) {
        continue;
      }
      Optional<URI> resource = uri(doc.get().path("resource").asString(""));
      if (resource.isEmpty()) {
        LOG.debug("{}: protected resource metadata without resource", Text.endpoint(candidate));
        continue;
      }
      if (!covers(resource.get(), server)) {
        throw new TransportException(
            "the protected resource metadata of "
                + Text.endpoint(server)
                + " names another resource ("
                + Text.endpoint(resource.get())
                + "): not authorizing");
      }
      List<URI> servers = new ArrayList<>();
      for (JsonNode as : doc.get().path("authorization_servers")) {
        uri(as.asString("")).ifPresent(servers::add);
      }
      return Optional.of(
          new ResourceMetadata(
              resource.get(), servers, strings(doc.get().path("scopes_supported"))));
    }
    return Optional.empty();
  }

  /**
   * The metadata of the authorization server {@code issuer}.
   *
   * @throws TransportException when none of the well-known URLs answers with valid metadata
   */
  public ServerMetadata authorizationServer(URI issuer) {
    String path = trimSlash(issuer.getRawPath());
    List<URI> candidates = new ArrayList<>();
    if (path.isEmpty()) {
      candidates.add(at(issuer, "/.well-known/oauth-authorization-server"));
      candidates.add(at(issuer, "/.well-known/openid-configuration"));
    } else {
      candidates.add(at(issuer, "/.well-known/oauth-authorization-server" + path));
      candidates.add(at(issuer, "/.well-known/openid-configuration" + path));
      candidates.add(at(issuer, path + "/.well-known/openid-configuration"));
    }
    for (URI candidate : candidates) {
      Optional<JsonNode> doc = document(candidate);
      if (doc.isPresent()) {
        return serverMetadata(issuer, doc.get(), true);
      }
    }
    throw new TransportException("no authorization server metadata for " + Text.endpoint(issuer));
  }

  /**
   * The 2025-03-26 discovery for a server without Protected Resource Metadata: its origin's
   * metadata, else the default endpoints there.
   */
  public ServerMetadata legacy(URI server) {
    URI origin = at(server, "");
    Optional<JsonNode> doc = document(at(server, "/.well-known/oauth-authorization-server"));
    if (doc.isPresent()) {
      // 2025-03-26 predates the RFC 8414 issuer check; the issuer must still be this origin.
      return serverMetadata(origin, doc.get(), false);
    }
    LOG.debug("{}: no metadata, using the default endpoints", Text.origin(server));
    return new ServerMetadata(
        origin,
        at(server, "/authorize"),
        at(server, "/token"),
        Optional.of(at(server, "/register")),
        List.of(),
        List.of(),
        List.of("S256"),
        false,
        false);
  }

  /**
   * The metadata, its issuer checked: the one asked for (RFC 8414 §3.3), or with {@code exact}
   * false one on the same origin.
   */
  private ServerMetadata serverMetadata(URI expectedIssuer, JsonNode doc, boolean exact) {
    URI issuer = uri(doc.path("issuer").asString("")).orElse(null);
    if (issuer == null
        || !(exact ? sameIssuer(issuer, expectedIssuer) : sameOrigin(issuer, expectedIssuer))) {
      throw new TransportException(
          "the authorization server metadata of "
              + Text.endpoint(expectedIssuer)
              + " names another issuer ("
              + (issuer == null ? "none" : Text.endpoint(issuer))
              + "): not authorizing");
    }
    URI authorize = endpoint(doc, "authorization_endpoint", true).orElseThrow();
    URI token = endpoint(doc, "token_endpoint", true).orElseThrow();
    Optional<URI> registration = endpoint(doc, "registration_endpoint", false);
    return new ServerMetadata(
        issuer,
        authorize,
        token,
        registration,
        strings(doc.path("scopes_supported")),
        strings(doc.path("token_endpoint_auth_methods_supported")),
        strings(doc.path("code_challenge_methods_supported")),
        doc.path("client_id_metadata_document_supported").asBoolean(false),
        true);
  }

  private static Optional<URI> endpoint(JsonNode doc, String field, boolean required) {
    String text = doc.path(field).asString("");
    Optional<URI> url = uri(text);
    if (url.isEmpty()) {
      if (required) {
        throw new TransportException("the authorization server metadata has no " + field);
      }
      return Optional.empty();
    }
    if (!RemoteUrls.isSecure(url.get())) {
      // A plain-http endpoint on a remote host would carry codes, secrets and tokens in clear.
      throw new TransportException(
          "the authorization server metadata's "
              + field
              + " is not https: "
              + Text.endpoint(url.get()));
    }
    return url;
  }

  private Optional<JsonNode> document(URI url) {
    OAuthHttp.Response response;
    try {
      response = http.get(url);
    } catch (TransportException e) {
      LOG.debug("{}: {}", Text.endpoint(url), e.getMessage());
      return Optional.empty();
    }
    if (response.status() != 200 || !response.json().isObject()) {
      LOG.debug("{}: answered {}", Text.endpoint(url), response.status());
      return Optional.empty();
    }
    return Optional.of(response.json());
  }

  /**
   * Whether {@code resource} names {@code server}: same scheme, host and port, and its path is the
   * server's or a parent of it (a resource at the root covers {@code /mcp}).
   */
  static boolean covers(URI resource, URI server) {
    if (!sameOrigin(resource, server)) {
      return false;
    }
    String r = trimSlash(resource.getRawPath());
    String s = trimSlash(server.getRawPath());
    return r.isEmpty() || s.equals(r) || s.startsWith(r + "/");
  }

  private static boolean sameIssuer(URI a, URI b) {
    return sameOrigin(a, b) && trimSlash(a.getRawPath()).equals(trimSlash(b.getRawPath()));
  }

  /** Same scheme, host and (default-resolved) port. */
  public static boolean sameOrigin(URI a, URI b) {
    return String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()))
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** {@code path} on the origin of {@code base}. */
  static URI at(URI base, String path) {
    return URI.create(
        base.getScheme().toLowerCase(Locale.ROOT)
            + "://"
            + base.getRawAuthority().replaceFirst("^.*@", "")
            + path);
  }

  private static String trimSlash(String path) {
    String p = path == null ? "" : path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** An absolute http(s) URL without user info or fragment, or empty. */
  public static Optional<URI> uri(String text) {
    if (text == null || text.isEmpty() || text.length() > 2048) {
      return Optional.empty();
    }
    try {
      URI url = new URI(text);
      String scheme = url.getScheme();
      if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
        return Optional.empty();
      }
      if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null) {
        return Optional.empty();
      }
      return Optional.of(url);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      if (item.isString() && out.size() < 256) {
        out.add(item.asString());
      }
    }
    return List.copyOf(out);
  }
}
