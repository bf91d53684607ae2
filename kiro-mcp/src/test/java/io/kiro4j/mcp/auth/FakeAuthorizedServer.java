package io.kiro4j.mcp.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kiro4j.mcp.auth.internal.LoopbackRedirect;
import io.kiro4j.mcp.auth.internal.Pkce;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An MCP server behind OAuth, in this JVM: a minimal Streamable HTTP endpoint {@code /mcp} that
 * answers 401 without a valid bearer token, its Protected Resource Metadata, and an authorization
 * server (on the same origin, or on another one) with metadata, registration, an authorization
 * endpoint that redirects at once with a code, and a token endpoint (authorization code with PKCE,
 * refresh token, client credentials). Faults are switched on by its public fields.
 */
final class FakeAuthorizedServer implements AutoCloseable {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  final HttpServer resource;
  final HttpServer auth;
  final String clientSecret = "CS-" + UUID.randomUUID();

  // Faults and knobs (set before the flow runs).
  volatile String issuerOverride;
  volatile String tokenEndpointOverride;
  volatile String prmResourceOverride;
  volatile String wwwAuthenticateOverride;
  volatile String stateOverride;
  volatile boolean refreshFails;
  volatile int expiresIn = 3600;

  /** Scopes every MCP request needs (403 insufficient_scope without them), or null. */
  volatile String requiredScope;

  /** A scope the authorization server never grants, or null. */
  volatile String neverGrant;

  // What happened.
  final List<Map<String, String>> authorizeRequests = new CopyOnWriteArrayList<>();
  final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
  final List<String> tokenAuthorizationHeaders = new CopyOnWriteArrayList<>();
  final List<String> issuedSecrets = new CopyOnWriteArrayList<>();
  final Set<String> validTokens = ConcurrentHashMap.newKeySet();
  final Set<String> validRefreshTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, String> tokenScopes = new ConcurrentHashMap<>();
  private final Map<String, String> grantScopes = new ConcurrentHashMap<>(); // code or refresh
  final AtomicInteger mcpRequests = new AtomicInteger();
  private final Map<String, String> codeChallenges = new ConcurrentHashMap<>();
  private final AtomicInteger counter = new AtomicInteger();

  /**
   * @param separateAuthorizationServer whether the authorization server has its own origin
   */
  FakeAuthorizedServer(boolean separateAuthorizationServer) throws IOException {
    resource = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    resource.setExecutor(Executors.newCachedThreadPool(daemon()));
    auth =
        separateAuthorizationServer
            ? HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16)
            : resource;
    if (auth != resource) {
      auth.setExecutor(Executors.newCachedThreadPool(daemon()));
    }
    resource.createContext("/mcp", this::mcp);
    resource.createContext("/.well-known/oauth-protected-resource", this::prm);
    auth.createContext("/.well-known/oauth-authorization-server", this::asMetadata);
    auth.createContext("/authorize", this::authorize);
    auth.createContext("/token", this::token);
    auth.createContext("/register", this::register);
    resource.start();
    if (auth != resource) {
      auth.start();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "fake-oauth-server");
      t.setDaemon(true);
      return t;
    };
  }

  URI mcpUrl() {
    return URI.create(base(resource) + "/mcp");
  }

  String issuer() {
    return base(auth);
  }

  private static String base(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every secret this server issued or holds: tokens, refresh tokens, codes, the client secret. */
  List<String> secrets() {
    List<String> all = new ArrayList<>(issuedSecrets);
    all.add(clientSecret);
    for (Map<String, String> request : tokenRequests) {
      if (request.containsKey("code_verifier")) {
        all.add(request.get("code_verifier"));
      }
    }
    return all;
  }

  /** Makes every access token issued so far invalid (expired or revoked). */
  void revokeAccessTokens() {
    validTokens.clear();
  }

  // --- the browser the tests use as AuthorizationHandler ---

  /** Opens the authorization URL and follows its redirect to the loopback listener. */
  static void browse(URI authorizationUrl) {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(authorizationUrl).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      String location = answer.headers().firstValue("Location").orElseThrow();
      http.send(
          HttpRequest.newBuilder(URI.create(location)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- handlers ---

  private void mcp(HttpExchange ex) throws IOException {
    mcpRequests.incrementAndGet();
    String authorization = ex.getRequestHeaders().getFirst("Authorization");
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring(7)
            : null;
    if (token == null || !validTokens.contains(token)) {
      ex.getRequestBody().readAllBytes();
      String challenge =
          wwwAuthenticateOverride != null
              ? wwwAuthenticateOverride
              : "Bearer resource_metadata=\""
                  + base(resource)
                  + "/.well-known/oauth-protected-resource/mcp\"";
      ex.getResponseHeaders().add("WWW-Authenticate", challenge);
      send(ex, 401, "{\"error\":\"invalid_token\"}");
      return;
    }
    String required = requiredScope;
    if (required != null
        && !List.of(tokenScopes.getOrDefault(token, "").split(" "))
            .containsAll(List.of(required.split(" ")))) {
      ex.getRequestBody().readAllBytes();
      ex.getResponseHeaders()
          .add(
              "WWW-Authenticate",
              "Bearer error=\"insufficient_scope\", scope=\""
                  + required
                  + "\", resource_metadata=\""
                  + base(resource)
                  + "/.well-known/oauth-protected-resource/mcp\"");
      send(ex, 403, "{\"error\":\"insufficient_scope\"}");
      return;
    }
    if (!"POST".equals(ex.getRequestMethod())) {
      ex.getRequestBody().readAllBytes();
      send(ex, "DELETE".equals(ex.getRequestMethod()) ? 200 : 405, "");
      return;
    }
    JsonNode message = MAPPER.readTree(ex.getRequestBody().readAllBytes());
    if (!message.has("id")) {
      send(ex, 202, "");
      return;
    }
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    response.put("jsonrpc", "2.0");
    response.set("id", message.get("id"));
    ObjectNode result = response.putObject("result");
    switch (message.path("method").asString("")) {
      case "initialize":
        result.put("protocolVersion", "2025-11-25");
        result.putObject("capabilities").putObject("tools");
        result.putObject("serverInfo").put("name", "fake").put("version", "1");
        break;
      case "tools/list":
        result
            .putArray("tools")
            .addObject()
            .put("name", "echo")
            .putObject("inputSchema")
            .put("type", "object");
        break;
      default:
        break;
    }
    ex.getResponseHeaders().add("Content-Type", "application/json");
    send(ex, 200, MAPPER.writeValueAsString(response));
  }

  private void prm(HttpExchange ex) throws IOException {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("resource", prmResourceOverride != null ? prmResourceOverride : mcpUrl().toString());
    doc.putArray("authorization_servers").add(issuer());
    doc.putArray("scopes_supported").add("mcp:read");
    json(ex, 200, doc);
  }

  private void asMetadata(HttpExchange ex) throws IOException {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("issuer", issuerOverride != null ? issuerOverride : issuer());
    doc.put("authorization_endpoint", issuer() + "/authorize");
    doc.put(
        "token_endpoint",
        tokenEndpointOverride != null ? tokenEndpointOverride : issuer() + "/token");
    doc.put("registration_endpoint", issuer() + "/register");
    doc.putArray("code_challenge_methods_supported").add("S256");
    doc.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic");
    doc.putArray("scopes_supported").add("mcp:read").add("offline_access");
    json(ex, 200, doc);
  }

  private void register(HttpExchange ex) throws IOException {
    ex.getRequestBody().readAllBytes();
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("client_id", "client-1");
    doc.put("client_secret", clientSecret);
    doc.put("token_endpoint_auth_method", "client_secret_basic");
    json(ex, 201, doc);
  }

  private void authorize(HttpExchange ex) throws IOException {
    Map<String, String> query = LoopbackRedirect.query(ex.getRequestURI().getRawQuery());
    authorizeRequests.add(query);
    String code = "CODE-" + UUID.randomUUID();
    issuedSecrets.add(code);
    codeChallenges.put(code, query.getOrDefault("code_challenge", ""));
    grantScopes.put(code, query.getOrDefault("scope", ""));
    String state = stateOverride != null ? stateOverride : query.get("state");
    String location =
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Location", location);
    send(ex, 302, "");
  }

  private void token(HttpExchange ex) throws IOException {
    Map<String, String> form =
        LoopbackRedirect.query(
            new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    tokenRequests.add(form);
    String basic = ex.getRequestHeaders().getFirst("Authorization");
    tokenAuthorizationHeaders.add(basic == null ? "" : basic);
    String expectedBasic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("client-1:" + clientSecret).getBytes(StandardCharsets.UTF_8));
    if (!expectedBasic.equals(basic)) {
      json(ex, 401, error("invalid_client"));
      return;
    }
    switch (form.getOrDefault("grant_type", "")) {
      case "authorization_code":
        String challenge = codeChallenges.remove(form.getOrDefault("code", ""));
        if (challenge == null
            || !challenge.equals(Pkce.challengeOf(form.getOrDefault("code_verifier", "")))) {
          json(ex, 400, error("invalid_grant"));
          return;
        }
        break;
      case "refresh_token":
        if (refreshFails || !validRefreshTokens.remove(form.getOrDefault("refresh_token", ""))) {
          json(ex, 400, error("invalid_grant"));
          return;
        }
        break;
      default:
        json(ex, 400, error("unsupported_grant_type"));
        return;
    }
    String granted =
        grantScopes.getOrDefault(
            form.getOrDefault("code", form.getOrDefault("refresh_token", "")),
            form.getOrDefault("scope", ""));
    if (neverGrant != null) {
      granted = granted.replace(neverGrant, "").trim().replaceAll(" +", " ");
    }
    String access = "AT-" + counter.incrementAndGet() + "-" + UUID.randomUUID();
    tokenScopes.put(access, granted);
    String refresh = "RT-" + UUID.randomUUID();
    validTokens.add(access);
    validRefreshTokens.add(refresh);
    grantScopes.put(refresh, granted);
    issuedSecrets.add(access);
    issuedSecrets.add(refresh);
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("access_token", access);
    doc.put("token_type", "Bearer");
    doc.put("expires_in", expiresIn);
    doc.put("refresh_token", refresh);
    doc.put("scope", granted);
    json(ex, 200, doc);
  }

  private static ObjectNode error(String code) {
    return JsonNodeFactory.instance.objectNode().put("error", code);
  }

  private static void json(HttpExchange ex, int status, JsonNode doc) throws IOException {
    ex.getResponseHeaders().add("Content-Type", "application/json");
    send(ex, status, MAPPER.writeValueAsString(doc));
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    resource.stop(0);
    if (auth != resource) {
      auth.stop(0);
    }
  }
}
