package io.kiro4j.examples.cli;

import io.kiro4j.mcp.auth.AuthorizationHandler;
import io.kiro4j.mcp.auth.OAuthOptions;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How {@code kiro4j mcp conformance-client} authorizes in the harness's {@code auth/*} scenarios:
 * credentials from {@code MCP_CONFORMANCE_CONTEXT}, and a "browser" that opens the authorization
 * URL, whose server answers at once with a redirect carrying the code, and follows that redirect to
 * the client's loopback listener, as a browser would.
 */
final class ConformanceAuth {

  /** The Client ID Metadata Document URL the harness's {@code auth/basic-cimd} expects. */
  static final URI CLIENT_METADATA_URL =
      URI.create("https://conformance-test.local/client-metadata.json");

  private ConformanceAuth() {}

  static OAuthOptions options(String scenario) {
    OAuthOptions.Builder options =
        OAuthOptions.builder()
            .clientName("kiro4j-conformance")
            .clientMetadataUrl(CLIENT_METADATA_URL)
            .authorizationTimeout(Duration.ofSeconds(10))
            .httpTimeout(Duration.ofSeconds(10))
            .authorizationHandler(ConformanceAuth::browse);
    JsonNode context = context();
    if (context.path("client_id").isString()) {
      options.clientId(context.path("client_id").asString());
    }
    if (context.path("client_secret").isString()) {
      options.clientSecret(context.path("client_secret").asString());
    }
    if (context.path("private_key_pem").isString()) {
      options.privateKey(
          context.path("private_key_pem").asString(),
          context.path("signing_algorithm").asString("ES256"));
    }
    if (scenario.startsWith("auth/client-credentials")) {
      options.grant(OAuthOptions.Grant.CLIENT_CREDENTIALS);
    }
    if (context.path("idp_id_token").isString() && context.path("idp_token_endpoint").isString()) {
      options
          .grant(OAuthOptions.Grant.IDENTITY_ASSERTION)
          .identityProvider(
              new OAuthOptions.IdentityProvider(
                  URI.create(context.path("idp_token_endpoint").asString()),
                  context.path("idp_client_id").asString(""),
                  context.path("idp_id_token").asString()));
    }
    return options.build();
  }

  private static JsonNode context() {
    String text = System.getenv("MCP_CONFORMANCE_CONTEXT");
    if (text == null || text.isBlank()) {
      return JsonMapper.builder().build().missingNode();
    }
    return JsonMapper.builder().build().readTree(text);
  }

  /**
   * The browser: GETs the authorization URL and follows its redirect, only to the loopback listener
   * (http://127.0.0.1:PORT/callback).
   */
  static void browse(URI authorizationUrl) {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(authorizationUrl)
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      String location = answer.headers().firstValue("Location").orElse("");
      if (answer.statusCode() / 100 != 3 || !location.startsWith("http://127.0.0.1:")) {
        throw new TransportException(
            "the authorization endpoint answered "
                + answer.statusCode()
                + " without a loopback redirect");
      }
      http.send(
          HttpRequest.newBuilder(URI.create(location))
              .timeout(Duration.ofSeconds(10))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new TransportException("the browser failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted");
    }
  }

  /** The handler form of {@link #browse}. */
  static AuthorizationHandler handler() {
    return ConformanceAuth::browse;
  }
}
