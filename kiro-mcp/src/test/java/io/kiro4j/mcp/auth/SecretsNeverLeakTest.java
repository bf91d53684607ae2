package io.kiro4j.mcp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.http.StreamableHttpTransport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the flow through success, refresh, a failed refresh and failures, with debug logging of the
 * authorization and transport packages on (test resource {@code simplelogger.properties}), and
 * greps everything logged and every exception for the tokens, codes, verifiers and client secret
 * that were used.
 */
class SecretsNeverLeakTest {

  @Test
  void noTokenCodeVerifierOrClientSecretReachesALogLineOrAnExceptionMessage() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    List<Throwable> failures = new ArrayList<>();
    List<String> secrets = new ArrayList<>();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      try (FakeAuthorizedServer server = new FakeAuthorizedServer(true)) {
        TokenStore store = TokenStore.inMemory();
        OAuthOptions options =
            OAuthOptions.builder()
                .tokenStore(store)
                .authorizationTimeout(Duration.ofSeconds(10))
                .authorizationHandler(FakeAuthorizedServer::browse)
                .build();
        Authorizer authorizer = new Authorizer(server.mcpUrl(), options);
        try (McpClient client = connect(server, authorizer)) {
          client.ping();
          server.revokeAccessTokens();
          client.ping(); // refreshed
          server.revokeAccessTokens();
          server.refreshFails = true;
          client.ping(); // refresh refused, authorized again
        }
        // Failures: non-interactive with a revoked token, wrong state, a refused registration.
        server.revokeAccessTokens();
        Authorizer headless =
            new Authorizer(server.mcpUrl(), OAuthOptions.builder().tokenStore(store).build());
        failures.add(catching(() -> connect(server, headless).close()));
        server.stateOverride = "forged";
        failures.add(
            catching(() -> connect(server, new Authorizer(server.mcpUrl(), options)).close()));
        server.stateOverride = null;
        failures.add(
            catching(
                () ->
                    connect(
                            server,
                            new Authorizer(
                                server.mcpUrl(),
                                options.toBuilder()
                                    .clientId("client-1")
                                    .clientSecret("CS-wrong")
                                    .build()))
                        .close()));
        secrets.addAll(server.secrets());
        secrets.add("CS-wrong");
      }
    } finally {
      System.setErr(original);
    }
    String log = logged.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("io.kiro4j.mcp.auth"); // debug logging was on
    assertThat(failures).doesNotContainNull().hasSize(3);
    StringWriter traces = new StringWriter();
    for (Throwable t : failures) {
      t.printStackTrace(new PrintWriter(traces));
    }
    assertThat(secrets).hasSizeGreaterThan(8);
    for (String secret : secrets) {
      assertThat(log).doesNotContain(secret);
      assertThat(traces.toString()).doesNotContain(secret);
    }
  }

  private static McpClient connect(FakeAuthorizedServer server, Authorizer authorizer) {
    return McpClient.connect(
        new StreamableHttpTransport(
            server.mcpUrl(),
            HttpOptions.builder().openGetStream(false).authorization(authorizer).build()),
        McpClientOptions.builder().requestTimeout(Duration.ofSeconds(20)).build());
  }

  private static Throwable catching(Runnable action) {
    try {
      action.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
