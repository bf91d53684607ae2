package io.kiro4j.mcp.auth;

import io.kiro4j.mcp.auth.internal.BearerChallenge;
import io.kiro4j.mcp.auth.internal.ClientAssertion;
import io.kiro4j.mcp.auth.internal.Discovery;
import io.kiro4j.mcp.auth.internal.LoopbackRedirect;
import io.kiro4j.mcp.auth.internal.OAuthHttp;
import io.kiro4j.mcp.auth.internal.Pkce;
import io.kiro4j.mcp.auth.internal.Text;
import io.kiro4j.mcp.internal.transport.HttpChannel;
import io.kiro4j.mcp.transport.HttpAuthorization;
import io.kiro4j.mcp.transport.TransportException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MCP authorization flow (OAuth 2.1) for one server, as the HTTP transports use it: it sends
 * the stored bearer token, and when the server answers 401 or 403 it refreshes, or runs discovery,
 * registration and authorization again, then the request is retried.
 *
 * <pre>{@code
 * Authorizer authorizer = new Authorizer(url, OAuthOptions.builder()
 *     .authorizationHandler(u -> System.err.println("Sign in: " + u))
 *     .tokenStore(FileTokenStore.inKiroHome(userHome))
 *     .build());
 * HttpOptions http = HttpOptions.builder().authorization(authorizer).build();
 * try (McpClient client = McpClient.connect(new DetectingHttpTransport(url, http), options)) { … }
 * }</pre>
 *
 * <p>The rules (MCP authorization spec 2025-11-25, 2025-06-18, 2025-03-26):
 *
 * <ul>
 *   <li>401: a stored refresh token is tried first; else discovery ({@code WWW-Authenticate} {@code
 *       resource_metadata}, path-aware then root Protected Resource Metadata, its {@code resource}
 *       checked against the server; Authorization Server Metadata or OpenID configuration with the
 *       spec's fallbacks; for servers without Protected Resource Metadata the 2025-03-26 rules:
 *       metadata at the server's origin, else {@code /authorize}, {@code /token}, {@code /register}
 *       there).
 *   <li>Scopes: the challenge's {@code scope}; else the resource's {@code scopes_supported}; else
 *       none; {@code offline_access} added when the authorization server lists it (to get a refresh
 *       token). Configured scopes replace the selection.
 *   <li>Client: configured (pre-registered); else the Client ID Metadata Document URL when the
 *       authorization server supports it; else Dynamic Client Registration. The token endpoint
 *       authentication is what registration returned, else {@code client_secret_basic} or {@code
 *       client_secret_post} as the server supports them, {@code private_key_jwt} with a key, {@code
 *       none} without a secret.
 *   <li>Authorization code with PKCE S256, a random {@code state}, the {@code resource} parameter
 *       (RFC 8707) in both the authorization and the token request, the redirect caught on {@code
 *       127.0.0.1}; or the client-credentials grant; or cross-app access (an identity assertion
 *       from the enterprise identity provider, exchanged for a token with the JWT bearer grant).
 *   <li>403 {@code insufficient_scope}: authorize again for the union of the granted and the
 *       challenged scopes (step-up). The transports retry a request at most 3 times.
 * </ul>
 *
 * <p>Tokens are bound to the server URL given here: a stored grant for another resource is never
 * sent. Nothing secret (token, code, verifier, client secret, key) is logged or put in a message.
 *
 * <p>Thread-safe: one flow at a time under a lock; a request refused with a token that was renewed
 * meanwhile is retried with the new one without another flow.
 *
 * @since 0.2
 */
public final class Authorizer implements HttpAuthorization {

  private static final Logger LOG = LoggerFactory.getLogger(Authorizer.class);

  private final URI server;
  private final OAuthOptions options;
  // The client of one flow (obtain or refresh), created for it and shut down after it, so an
  // Authorizer that never has to authorize holds no HTTP client or thread. Guarded by lock.
  private OAuthHttp http;
  private Discovery discovery;
  private final Clock clock;
  private final Object lock = new Object();
  private StoredGrant grant; // guarded by lock
  private boolean loaded; // guarded by lock

  /**
   * @param server the MCP server URL (the resource the tokens are for)
   * @param options how to authorize
   */
  public Authorizer(URI server, OAuthOptions options) {
    this(server, options, Clock.systemUTC());
  }

  Authorizer(URI server, OAuthOptions options, Clock clock) {
    this.server = canonical(Objects.requireNonNull(server, "server"));
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The server URL tokens are bound to. */
  public URI server() {
    return server;
  }

  /** The current grant (stored or obtained), if any. */
  public Optional<StoredGrant> grant() {
    synchronized (lock) {
      return Optional.ofNullable(current());
    }
  }

  @Override
  public Optional<String> authorization() {
    synchronized (lock) {
      StoredGrant now = current();
      if (now != null && now.expiresSoon(clock.instant()) && now.refreshToken().isPresent()) {
        try {
          refresh(now);
        } catch (TransportException e) {
          LOG.debug("{}: refreshing the expiring token failed: {}", server, e.getMessage());
        }
      }
      StoredGrant after = current();
      return after == null ? Optional.empty() : Optional.of("Bearer " + after.accessToken());
    }
  }

  @Override
  public boolean retryAfter(int status, List<String> wwwAuthenticate, Optional<String> sent) {
    BearerChallenge challenge = BearerChallenge.parse(wwwAuthenticate);
    synchronized (lock) {
      StoredGrant now = current();
      if (now != null && !sent.equals(Optional.of("Bearer " + now.accessToken()))) {
        return true; // renewed by another request meanwhile
      }
      try {
        if (status == 403) {
          if (!challenge.error().map("insufficient_scope"::equals).orElse(false)) {
            return false;
          }
          Set<String> scopes = new LinkedHashSet<>();
          if (now != null) {
            scopes.addAll(split(now.scope()));
          }
          challenge.scope().ifPresent(s -> scopes.addAll(split(s)));
          LOG.info("{}: the server asks for more scopes; authorizing again", server);
          obtain(challenge, Optional.of(String.join(" ", scopes)).filter(s -> !s.isEmpty()));
          return true;
        }
        if (status != 401) {
          return false;
        }
        if (now != null && now.refreshToken().isPresent()) {
          try {
            refresh(now);
            return true;
          } catch (TransportException e) {
            LOG.info("{}: the refresh token was refused; authorizing again", server);
          }
        }
        obtain(challenge, challenge.scope());
        return true;
      } catch (AuthorizationException e) {
        throw e;
      } catch (TransportException e) {
        throw new AuthorizationException(
            "authorizing with " + Text.endpoint(server) + " failed: " + e.getMessage(), e, status);
      }
    }
  }

  /**
   * Runs the whole flow now, without waiting for a 401 (for a login command): discovery from the
   * server's well-known metadata, registration, authorization, and the token stored.
   *
   * @return the new grant
   * @throws AuthorizationException when it fails
   */
  public StoredGrant authorize() {
    synchronized (lock) {
      try {
        obtain(BearerChallenge.parse(List.of()), Optional.empty());
        return grant;
      } catch (AuthorizationException e) {
        throw e;
      } catch (TransportException e) {
        throw new AuthorizationException(
            "authorizing with " + Text.endpoint(server) + " failed: " + e.getMessage(), e, -1);
      }
    }
  }

  /**
   * Forgets the tokens of this server, here and in the store.
   *
   * @return whether the store had some
   */
  public boolean logout() {
    synchronized (lock) {
      grant = null;
      loaded = true;
      return options.tokenStore().delete(server);
    }
  }

  private StoredGrant current() {
    if (!loaded) {
      loaded = true;
      grant =
          options
              .tokenStore()
              .load(server)
              .filter(g -> server.equals(canonical(g.resource())))
              .orElse(null);
    }
    return grant;
  }

  /** Discovery, registration, a grant, the tokens stored. */
  private void obtain(BearerChallenge challenge, Optional<String> challengedScope) {
    withClient(() -> obtainWith(challenge, challengedScope));
  }

  private void refresh(StoredGrant old) {
    withClient(() -> refreshWith(old));
  }

  /** Runs one flow with its own HTTP client, shut down afterwards. Called under the lock. */
  private void withClient(Runnable flow) {
    java.net.http.HttpClient client = OAuthHttp.newClient(options.httpTimeout());
    http = new OAuthHttp(client, options.httpTimeout());
    discovery = new Discovery(http);
    try {
      flow.run();
    } finally {
      http = null;
      discovery = null;
      HttpChannel.closeClient(client);
    }
  }

  private void obtainWith(BearerChallenge challenge, Optional<String> challengedScope) {
    Optional<Discovery.ResourceMetadata> prm =
        discovery.resourceMetadata(server, challenge.resourceMetadata());
    Discovery.ServerMetadata as;
    if (prm.isPresent()) {
      if (prm.get().authorizationServers().isEmpty()) {
        throw new TransportException(
            "the protected resource metadata names no authorization server");
      }
      as = discovery.authorizationServer(prm.get().authorizationServers().get(0));
    } else {
      as = discovery.legacy(server);
    }
    if (as.fromDocument()
        && !as.codeChallengeMethods().contains("S256")
        && options.grant() == OAuthOptions.Grant.AUTHORIZATION_CODE) {
      // 2025-11-25: a server that does not advertise PKCE support is not authorized with.
      throw new TransportException(
          "the authorization server "
              + Text.endpoint(as.issuer())
              + " does not advertise PKCE S256");
    }
    URI resource = prm.map(Discovery.ResourceMetadata::resource).orElse(server);
    String scope = scope(challengedScope, prm, as);
    if (options.grant() == OAuthOptions.Grant.CLIENT_CREDENTIALS) {
      Client client = preRegistered(as).orElseThrow();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "client_credentials");
      if (!scope.isEmpty()) {
        form.put("scope", scope);
      }
      form.put("resource", resource.toString());
      store(tokenRequest(as, client, form, scope, Optional.empty()), as, client);
      return;
    }
    if (options.grant() == OAuthOptions.Grant.IDENTITY_ASSERTION) {
      Client client = preRegistered(as).orElseThrow();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
      form.put("assertion", identityAssertion(as, resource, scope));
      if (!scope.isEmpty()) {
        form.put("scope", scope);
      }
      form.put("resource", resource.toString());
      store(tokenRequest(as, client, form, scope, Optional.empty()), as, client);
      return;
    }
    AuthorizationHandler handler =
        options
            .authorizationHandler()
            .orElseThrow(
                () ->
                    new AuthorizationException(
                        Text.endpoint(server)
                            + " needs authorization in a browser and this client is"
                            + " non-interactive (no AuthorizationHandler; log in first)",
                        null,
                        401));
    Pkce pkce = Pkce.create();
    String state = Pkce.random(24);
    try (LoopbackRedirect redirect =
        new LoopbackRedirect(options.redirectPort(), options.redirectPath(), state)) {
      URI redirectUri = redirect.redirectUri();
      Client client = register(as, redirectUri);
      Map<String, String> query = new LinkedHashMap<>();
      query.put("response_type", "code");
      query.put("client_id", client.id);
      query.put("redirect_uri", redirectUri.toString());
      query.put("code_challenge", pkce.challenge());
      query.put("code_challenge_method", "S256");
      query.put("state", state);
      if (!scope.isEmpty()) {
        query.put("scope", scope);
      }
      query.put("resource", resource.toString());
      URI url = withQuery(as.authorizationEndpoint(), OAuthHttp.formBody(query));
      LOG.info(
          "{}: waiting for authorization at {}", server, Text.endpoint(as.authorizationEndpoint()));
      handler.authorize(url);
      String code = redirect.await(options.authorizationTimeout());
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "authorization_code");
      form.put("code", code);
      form.put("redirect_uri", redirectUri.toString());
      form.put("code_verifier", pkce.verifier());
      form.put("resource", resource.toString());
      store(tokenRequest(as, client, form, scope, Optional.empty()), as, client);
    }
  }

  /**
   * The identity assertion grant (ID-JAG) for {@code as} and {@code resource}: the user's ID token
   * exchanged at the identity provider (RFC 8693), as its public client.
   */
  private String identityAssertion(Discovery.ServerMetadata as, URI resource, String scope) {
    OAuthOptions.IdentityProvider idp = options.identityProvider().orElseThrow();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange");
    form.put("requested_token_type", "urn:ietf:params:oauth:token-type:id-jag");
    form.put("subject_token", idp.idToken());
    form.put("subject_token_type", "urn:ietf:params:oauth:token-type:id_token");
    form.put("audience", as.issuer().toString());
    form.put("resource", resource.toString());
    if (!scope.isEmpty()) {
      form.put("scope", scope);
    }
    form.put("client_id", idp.clientId());
    OAuthHttp.Response response = http.postForm(idp.tokenEndpoint(), form, Map.of());
    if (!response.ok() || !response.json().path("access_token").isString()) {
      throw new TransportException(
          "the identity provider's token exchange at "
              + Text.endpoint(idp.tokenEndpoint())
              + " answered "
              + response.status()
              + describe(response));
    }
    return response.json().path("access_token").asString();
  }

  /** The scope to request (empty: omit the parameter). */
  private String scope(
      Optional<String> challenged,
      Optional<Discovery.ResourceMetadata> prm,
      Discovery.ServerMetadata as) {
    if (!options.scopes().isEmpty()) {
      return String.join(" ", options.scopes());
    }
    Set<String> scopes = new LinkedHashSet<>();
    if (challenged.isPresent()) {
      scopes.addAll(split(challenged.get()));
    } else {
      prm.ifPresent(p -> scopes.addAll(p.scopesSupported()));
    }
    if (!scopes.isEmpty()
        && options.grant() == OAuthOptions.Grant.AUTHORIZATION_CODE
        && as.scopesSupported().contains("offline_access")) {
      scopes.add("offline_access"); // a refresh token, so the user is not asked again
    }
    return String.join(" ", scopes);
  }

  /** A registered client: its id, secret and token endpoint authentication. */
  private static final class Client {
    final String id;
    final Optional<String> secret;
    final String method;

    Client(String id, Optional<String> secret, String method) {
      this.id = id;
      this.secret = secret;
      this.method = method;
    }
  }

  private Optional<Client> preRegistered(Discovery.ServerMetadata as) {
    if (options.clientId().isEmpty()) {
      return Optional.empty();
    }
    String method;
    if (options.privateKeyPem().isPresent()) {
      method = "private_key_jwt";
    } else if (options.clientSecret().isPresent()) {
      method = secretMethod(as.tokenEndpointAuthMethods());
    } else {
      method = "none";
    }
    return Optional.of(new Client(options.clientId().get(), options.clientSecret(), method));
  }

  /** {@code client_secret_basic} unless the server supports only {@code client_secret_post}. */
  private static String secretMethod(List<String> supported) {
    if (supported.contains("client_secret_post") && !supported.contains("client_secret_basic")) {
      return "client_secret_post";
    }
    return "client_secret_basic";
  }

  /** The client, in the spec's order: pre-registered, metadata document, dynamic registration. */
  private Client register(Discovery.ServerMetadata as, URI redirectUri) {
    Optional<Client> configured = preRegistered(as);
    if (configured.isPresent()) {
      return configured.get();
    }
    StoredGrant previous = grant;
    if (previous != null && previous.issuer().equals(as.issuer())) {
      return new Client(
          previous.clientId(), previous.clientSecret(), previous.tokenEndpointAuthMethod());
    }
    if (options.clientMetadataUrl().isPresent() && as.clientIdMetadataDocumentSupported()) {
      return new Client(options.clientMetadataUrl().get().toString(), Optional.empty(), "none");
    }
    URI endpoint =
        as.registrationEndpoint()
            .orElseThrow(
                () ->
                    new TransportException(
                        "the authorization server "
                            + Text.endpoint(as.issuer())
                            + " offers no client registration: configure a client id"));
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("client_name", options.clientName());
    body.putArray("redirect_uris").add(redirectUri.toString());
    body.putArray("grant_types").add("authorization_code").add("refresh_token");
    body.putArray("response_types").add("code");
    List<String> methods = as.tokenEndpointAuthMethods();
    String requested =
        methods.isEmpty() || methods.contains("none") ? "none" : secretMethod(methods);
    body.put("token_endpoint_auth_method", requested);
    OAuthHttp.Response response = http.postJson(endpoint, body);
    if (!response.ok() || !response.json().path("client_id").isString()) {
      throw new TransportException(
          "client registration at "
              + Text.endpoint(endpoint)
              + " answered "
              + response.status()
              + describe(response));
    }
    JsonNode json = response.json();
    Optional<String> secret =
        Optional.of(json.path("client_secret").asString("")).filter(s -> !s.isEmpty());
    String method = json.path("token_endpoint_auth_method").asString("");
    if (method.isEmpty()) {
      method = secret.isPresent() ? secretMethod(methods) : "none";
    }
    LOG.debug("{}: registered a client ({})", server, method);
    return new Client(json.path("client_id").asString(), secret, method);
  }

  private void refreshWith(StoredGrant old) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", old.refreshToken().orElseThrow());
    form.put("resource", old.resource().toString());
    Client client = new Client(old.clientId(), old.clientSecret(), old.tokenEndpointAuthMethod());
    if (client.method.equals("private_key_jwt") && options.privateKeyPem().isEmpty()) {
      throw new TransportException("no private key to refresh with");
    }
    Discovery.ServerMetadata as =
        new Discovery.ServerMetadata(
            old.issuer(),
            old.tokenEndpoint(),
            old.tokenEndpoint(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            false,
            false);
    store(tokenRequest(as, client, form, old.scope(), old.refreshToken()), as, client);
  }

  /** The token response, checked; the client authenticated as its method says. */
  private Tokens tokenRequest(
      Discovery.ServerMetadata as,
      Client client,
      Map<String, String> form,
      String requestedScope,
      Optional<String> previousRefresh) {
    Map<String, String> headers = new LinkedHashMap<>();
    switch (client.method) {
      case "client_secret_basic":
        String pair =
            OAuthHttp.encode(client.id) + ":" + OAuthHttp.encode(client.secret.orElse(""));
        headers.put(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        break;
      case "client_secret_post":
        form.put("client_id", client.id);
        form.put("client_secret", client.secret.orElse(""));
        break;
      case "private_key_jwt":
        form.put("client_id", client.id);
        form.put("client_assertion_type", ClientAssertion.TYPE);
        form.put(
            "client_assertion",
            ClientAssertion.sign(
                client.id,
                as.issuer().toString(),
                options.privateKeyPem().orElseThrow(),
                options.signingAlgorithm(),
                clock.instant()));
        break;
      default:
        form.put("client_id", client.id);
    }
    OAuthHttp.Response response = http.postForm(as.tokenEndpoint(), form, headers);
    JsonNode json = response.json();
    if (!response.ok() || !json.path("access_token").isString()) {
      throw new TransportException(
          "the token endpoint "
              + Text.endpoint(as.tokenEndpoint())
              + " answered "
              + response.status()
              + describe(response));
    }
    String type = json.path("token_type").asString("Bearer");
    if (!type.equalsIgnoreCase("Bearer")) {
      throw new TransportException(
          "the token endpoint issued a " + Text.clip(type) + " token, not Bearer");
    }
    Optional<Instant> expiresAt =
        json.path("expires_in").isNumber()
            ? Optional.of(
                clock.instant().plusSeconds(Math.max(0, json.path("expires_in").asLong())))
            : Optional.empty();
    Optional<String> refresh =
        Optional.of(json.path("refresh_token").asString("")).filter(s -> !s.isEmpty());
    return new Tokens(
        json.path("access_token").asString(),
        refresh.or(() -> previousRefresh),
        expiresAt,
        json.path("scope").asString(requestedScope));
  }

  private static String describe(OAuthHttp.Response response) {
    String error = response.oauthError();
    return error.isEmpty() ? "" : " (" + error + ")";
  }

  private record Tokens(
      String access, Optional<String> refresh, Optional<Instant> expiresAt, String scope) {
    @Override
    public String toString() {
      return "Tokens[***]";
    }
  }

  private void store(Tokens tokens, Discovery.ServerMetadata as, Client client) {
    grant =
        new StoredGrant(
            server,
            as.issuer(),
            as.tokenEndpoint(),
            client.id,
            client.secret,
            client.method,
            tokens.access(),
            tokens.refresh(),
            tokens.expiresAt(),
            tokens.scope());
    loaded = true;
    options.tokenStore().save(grant);
    LOG.debug("{}: token obtained (scope '{}')", server, Text.clip(tokens.scope()));
  }

  private static URI withQuery(URI endpoint, String query) {
    String base = endpoint.toString();
    return URI.create(base + (endpoint.getRawQuery() == null ? "?" : "&") + query);
  }

  private static List<String> split(String scope) {
    List<String> out = new ArrayList<>();
    for (String s : scope.trim().split("\\s+")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The canonical server URI (RFC 8707): lower-case scheme and host, no fragment. */
  static URI canonical(URI url) {
    try {
      return new URI(
          url.getScheme() == null ? null : url.getScheme().toLowerCase(java.util.Locale.ROOT),
          url.getRawUserInfo() == null ? null : url.getUserInfo(),
          url.getHost() == null ? null : url.getHost().toLowerCase(java.util.Locale.ROOT),
          url.getPort(),
          url.getPath(),
          url.getQuery(),
          null);
    } catch (java.net.URISyntaxException e) {
      return url;
    }
  }

  @Override
  public String toString() {
    return "Authorizer[" + server + ", " + options + "]";
  }
}
