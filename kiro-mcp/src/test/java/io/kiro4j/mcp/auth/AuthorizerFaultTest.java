package io.kiro4j.mcp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.http.StreamableHttpTransport;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The authorization flow against an in-JVM MCP server and authorization server, with the faults the
 * spec asks a client to survive or refuse.
 */
class AuthorizerFaultTest {

  private FakeAuthorizedServer server;
  private final AtomicInteger browsed = new AtomicInteger();

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private OAuthOptions.Builder interactive(TokenStore store) {
    return OAuthOptions.builder()
        .tokenStore(store)
        .authorizationTimeout(Duration.ofSeconds(10))
        .httpTimeout(Duration.ofSeconds(10))
        .authorizationHandler(
            url -> {
              browsed.incrementAndGet();
              FakeAuthorizedServer.browse(url);
            });
  }

  private McpClient connect(Authorizer authorizer) {
    return McpClient.connect(
        new StreamableHttpTransport(
            server.mcpUrl(),
            HttpOptions.builder().openGetStream(false).authorization(authorizer).build()),
        McpClientOptions.builder().requestTimeout(Duration.ofSeconds(20)).build());
  }

  @Test
  void a401RunsDiscoveryRegistrationAndPkceThenEveryRequestCarriesTheBearerToken()
      throws Exception {
    server = new FakeAuthorizedServer(false);
    TokenStore store = TokenStore.inMemory();
    Authorizer authorizer = new Authorizer(server.mcpUrl(), interactive(store).build());
    try (McpClient client = connect(authorizer)) {
      assertThat(client.listTools()).extracting(t -> t.name()).containsExactly("echo");
    }
    assertThat(browsed).hasValue(1);
    Map<String, String> authorize = server.authorizeRequests.get(0);
    assertThat(authorize)
        .containsEntry("response_type", "code")
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("resource", server.mcpUrl().toString())
        .containsEntry("client_id", "client-1")
        .containsEntry("scope", "mcp:read offline_access")
        .containsKey("state");
    assertThat(authorize.get("redirect_uri")).startsWith("http://127.0.0.1:");
    Map<String, String> token = server.tokenRequests.get(0);
    assertThat(token)
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("resource", server.mcpUrl().toString())
        .containsKey("code_verifier")
        .doesNotContainKey("client_secret"); // client_secret_basic: in the header only
    StoredGrant grant = store.load(server.mcpUrl()).orElseThrow();
    assertThat(grant.resource()).isEqualTo(server.mcpUrl());
    assertThat(grant.refreshToken()).isPresent();
  }

  @Test
  void anExpiredOrRevokedAccessTokenIsRefreshedWithoutTheUser() throws Exception {
    server = new FakeAuthorizedServer(false);
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    try (McpClient client = connect(authorizer)) {
      server.revokeAccessTokens();
      client.ping();
    }
    assertThat(browsed).hasValue(1);
    assertThat(server.tokenRequests)
        .extracting(r -> r.get("grant_type"))
        .containsExactly("authorization_code", "refresh_token");
    assertThat(server.tokenRequests.get(1)).containsEntry("resource", server.mcpUrl().toString());
  }

  @Test
  void aTokenThatExpiresSoonIsRefreshedBeforeTheRequest() throws Exception {
    server = new FakeAuthorizedServer(false);
    server.expiresIn = 10; // inside the 30 s margin
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    try (McpClient client = connect(authorizer)) {
      int before = server.mcpRequests.get();
      client.ping();
      // one request: refreshed before it was sent, not after a 401
      assertThat(server.mcpRequests.get() - before).isEqualTo(1);
    }
    assertThat(server.tokenRequests).extracting(r -> r.get("grant_type")).contains("refresh_token");
  }

  @Test
  void aRefreshThatFailsRunsTheFlowAgainWhenThereIsAUser() throws Exception {
    server = new FakeAuthorizedServer(false);
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    try (McpClient client = connect(authorizer)) {
      server.revokeAccessTokens();
      server.refreshFails = true;
      client.ping();
    }
    assertThat(browsed).hasValue(2);
  }

  @Test
  void aRefreshThatFailsWithoutAUserFailsWithAnAuthorizationException() throws Exception {
    server = new FakeAuthorizedServer(false);
    TokenStore store = TokenStore.inMemory();
    store.save(
        new StoredGrant(
            server.mcpUrl(),
            URI.create(server.issuer()),
            URI.create(server.issuer() + "/token"),
            "client-1",
            Optional.of(server.clientSecret),
            "client_secret_basic",
            "AT-stale",
            Optional.of("RT-unknown"),
            Optional.of(Instant.now().plusSeconds(3600)),
            "mcp:read"));
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), OAuthOptions.builder().tokenStore(store).build());
    assertThatThrownBy(() -> connect(authorizer).close())
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("non-interactive")
        .hasMessageNotContaining("AT-stale")
        .hasMessageNotContaining("RT-unknown");
  }

  @Test
  void anAuthorizationServerOnAnotherOriginIsDiscoveredAndUsed() throws Exception {
    server = new FakeAuthorizedServer(true);
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    try (McpClient client = connect(authorizer)) {
      client.ping();
    }
    assertThat(server.issuer()).isNotEqualTo("http://127.0.0.1:" + server.mcpUrl().getPort());
    assertThat(authorizer.grant().orElseThrow().issuer()).isEqualTo(URI.create(server.issuer()));
  }

  @Test
  void aRedirectWithTheWrongStateFailsTheFlowAndNoTokenIsRequested() throws Exception {
    server = new FakeAuthorizedServer(false);
    server.stateOverride = "forged";
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    assertThatThrownBy(() -> connect(authorizer).close())
        .hasRootCauseInstanceOf(io.kiro4j.mcp.transport.TransportException.class)
        .hasStackTraceContaining("wrong state");
    assertThat(server.tokenRequests).isEmpty();
  }

  @Test
  void metadataNamingAnotherIssuerIsRefusedBeforeAnyAuthorization() throws Exception {
    server = new FakeAuthorizedServer(true);
    server.issuerOverride = "https://evil.example.com";
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    assertThatThrownBy(() -> connect(authorizer).close())
        .hasStackTraceContaining("names another issuer");
    assertThat(server.authorizeRequests).isEmpty();
  }

  @Test
  void aPlainHttpTokenEndpointOnARemoteHostIsRefused() throws Exception {
    server = new FakeAuthorizedServer(false);
    server.tokenEndpointOverride = "http://evil.example.com/token";
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    assertThatThrownBy(() -> connect(authorizer).close()).hasStackTraceContaining("is not https");
    assertThat(server.authorizeRequests).isEmpty();
  }

  @Test
  void resourceMetadataForAnotherResourceIsRefused() throws Exception {
    server = new FakeAuthorizedServer(false);
    server.prmResourceOverride = "https://evil.example.com/mcp";
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    assertThatThrownBy(() -> connect(authorizer).close())
        .hasStackTraceContaining("names another resource");
    assertThat(server.authorizeRequests).isEmpty();
  }

  @Test
  void aHostileWwwAuthenticateHeaderFallsBackToWellKnownDiscovery() throws Exception {
    server = new FakeAuthorizedServer(false);
    server.wwwAuthenticateOverride =
        "Bearer resource_metadata=\"javascript:alert(1)\", scope=\"x\\\\\", \"\"\"\"=,,,="
            + "a".repeat(20_000);
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    try (McpClient client = connect(authorizer)) {
      client.ping();
    }
    assertThat(browsed).hasValue(1);
  }

  @Test
  void aStoredGrantForAnotherResourceIsNeverSent() throws Exception {
    server = new FakeAuthorizedServer(false);
    TokenStore store = TokenStore.inMemory();
    URI other = URI.create("https://other.example.com/mcp");
    StoredGrant foreign =
        new StoredGrant(
            other,
            URI.create("https://other.example.com"),
            URI.create("https://other.example.com/token"),
            "c",
            Optional.empty(),
            "none",
            "AT-foreign",
            Optional.empty(),
            Optional.empty(),
            "");
    TokenStore lying =
        new TokenStore() {
          @Override
          public Optional<StoredGrant> load(URI resource) {
            return Optional.of(foreign); // a store that answers with another server's grant
          }

          @Override
          public void save(StoredGrant grant) {
            store.save(grant);
          }

          @Override
          public boolean delete(URI resource) {
            return false;
          }
        };
    Authorizer authorizer = new Authorizer(server.mcpUrl(), interactive(lying).build());
    assertThat(authorizer.authorization()).isEmpty();
  }

  @Test
  void a403InsufficientScopeAuthorizesAgainForTheUnionOfScopes() throws Exception {
    server = new FakeAuthorizedServer(false);
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    try (McpClient client = connect(authorizer)) {
      server.requiredScope = "mcp:read mcp:write";
      client.ping();
    }
    assertThat(browsed).hasValue(2);
    assertThat(server.authorizeRequests.get(1).get("scope").split(" "))
        .contains("mcp:read", "mcp:write", "offline_access");
  }

  @Test
  void aScopeThatIsNeverGrantedStopsAfterThreeStepUps() throws Exception {
    server = new FakeAuthorizedServer(false);
    Authorizer authorizer =
        new Authorizer(server.mcpUrl(), interactive(TokenStore.inMemory()).build());
    try (McpClient client = connect(authorizer)) {
      server.requiredScope = "mcp:admin";
      server.neverGrant = "mcp:admin";
      assertThatThrownBy(client::ping)
          .isInstanceOf(io.kiro4j.mcp.transport.TransportException.class)
          .satisfies(
              e ->
                  assertThat(((io.kiro4j.mcp.transport.TransportException) e).httpStatus())
                      .hasValue(403));
    }
    assertThat(browsed).hasValue(1 + 3);
  }
}
