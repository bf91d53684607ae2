package io.kiro4j.mcp.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of the well-known URLs, against a server that records what was asked. */
class DiscoveryTest {

  private HttpServer server;
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final Map<String, String> documents = new ConcurrentHashMap<>();
  private Discovery discovery;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          asked.add(path);
          String doc = documents.get(path);
          byte[] body = (doc == null ? "{}" : doc).getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(doc == null ? 404 : 200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    discovery =
        new Discovery(
            new OAuthHttp(OAuthHttp.newClient(Duration.ofSeconds(5)), Duration.ofSeconds(5)));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private String asMetadata(String issuer) {
    return "{\"issuer\": \""
        + issuer
        + "\", \"authorization_endpoint\": \""
        + issuer
        + "/authorize\", \"token_endpoint\": \""
        + issuer
        + "/token\", \"code_challenge_methods_supported\": [\"S256\"]}";
  }

  @Test
  void resourceMetadataIsAskedPathAwareFirstThenAtTheRoot() {
    documents.put(
        "/.well-known/oauth-protected-resource",
        "{\"resource\": \"" + base() + "\", \"authorization_servers\": [\"" + base() + "\"]}");
    Discovery.ResourceMetadata prm =
        discovery.resourceMetadata(URI.create(base() + "/a/mcp"), Optional.empty()).orElseThrow();
    assertThat(asked)
        .containsExactly(
            "/.well-known/oauth-protected-resource/a/mcp", "/.well-known/oauth-protected-resource");
    assertThat(prm.resource()).isEqualTo(URI.create(base()));
  }

  @Test
  void theChallengesResourceMetadataUrlIsAskedFirst() {
    documents.put(
        "/custom.json",
        "{\"resource\": \"" + base() + "/mcp\", \"authorization_servers\": [\"" + base() + "\"]}");
    discovery.resourceMetadata(URI.create(base() + "/mcp"), Optional.of(base() + "/custom.json"));
    assertThat(asked).containsExactly("/custom.json");
  }

  @Test
  void anIssuerWithAPathIsAskedInTheSpecsOrderAndNeverAtTheRoot() {
    documents.put("/tenant/.well-known/openid-configuration", asMetadata(base() + "/tenant"));
    Discovery.ServerMetadata as = discovery.authorizationServer(URI.create(base() + "/tenant"));
    assertThat(asked)
        .containsExactly(
            "/.well-known/oauth-authorization-server/tenant",
            "/.well-known/openid-configuration/tenant",
            "/tenant/.well-known/openid-configuration");
    assertThat(as.tokenEndpoint()).isEqualTo(URI.create(base() + "/tenant/token"));
  }

  @Test
  void withoutResourceMetadataTheOriginsMetadataThenTheDefaultEndpointsAreUsed() {
    Discovery.ServerMetadata as = discovery.legacy(URI.create(base() + "/v1/mcp"));
    assertThat(asked).containsExactly("/.well-known/oauth-authorization-server");
    assertThat(as.authorizationEndpoint()).isEqualTo(URI.create(base() + "/authorize"));
    assertThat(as.tokenEndpoint()).isEqualTo(URI.create(base() + "/token"));
    assertThat(as.registrationEndpoint()).contains(URI.create(base() + "/register"));
  }

  @Test
  void noAuthorizationServerMetadataAtAllFails() {
    assertThatThrownBy(() -> discovery.authorizationServer(URI.create(base())))
        .hasMessageContaining("no authorization server metadata");
  }

  @Test
  void aResourceCoversTheServerOnlyOnTheSameOriginAndAtAParentPath() {
    URI server = URI.create("https://a.example/mcp/v1");
    assertThat(Discovery.covers(URI.create("https://a.example"), server)).isTrue();
    assertThat(Discovery.covers(URI.create("https://a.example/mcp/"), server)).isTrue();
    assertThat(Discovery.covers(URI.create("https://a.example/mcp/v1"), server)).isTrue();
    assertThat(Discovery.covers(URI.create("https://a.example/mc"), server)).isFalse();
    assertThat(Discovery.covers(URI.create("https://a.example:8443/mcp"), server)).isFalse();
    assertThat(Discovery.covers(URI.create("http://a.example/mcp"), server)).isFalse();
    assertThat(Discovery.covers(URI.create("https://evil.example/mcp/v1"), server)).isFalse();
  }
}
