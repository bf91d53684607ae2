package io.kiro4j.mcp.auth.internal;

import io.kiro4j.mcp.internal.transport.RemoteUrls;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP exchanges of the authorization flow: metadata GETs, form POSTs to the token endpoint,
 * JSON POSTs to the registration endpoint. Redirects are never followed; every URL must pass the
 * MCP-004 check ({@code https}, or plain {@code http} only to a loopback host); bodies larger than
 * 1 MiB are refused; each exchange has a timeout. Nothing sent or received is logged.
 *
 * <p>Thread-safe: the JDK client is.
 */
public final class OAuthHttp {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int MAX_BODY = 1024 * 1024;

  /** A response: its status and its JSON body (a missing node when it was none). */
  public record Response(int status, JsonNode json) {
    /** Whether the status is 2xx. */
    public boolean ok() {
      return status / 100 == 2;
    }

    /** {@code error} and {@code error_description} of an OAuth error body, escaped, or "". */
    public String oauthError() {
      String error = json.path("error").asString("");
      String description = json.path("error_description").asString("");
      String text = error + (description.isEmpty() ? "" : ": " + description);
      return Text.clip(text);
    }
  }

  private final HttpClient http;
  private final Duration timeout;

  /**
   * @param http a client that does not follow redirects
   * @param timeout the timeout of one exchange
   */
  public OAuthHttp(HttpClient http, Duration timeout) {
    this.http = Objects.requireNonNull(http, "http");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** A client for the flow: HTTP/1.1, no redirects, the given connect timeout. */
  public static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** GETs {@code url} with {@code Accept: application/json}. */
  public Response get(URI url) {
    return send(
        HttpRequest.newBuilder(checked(url)).GET().header("Accept", "application/json"), url);
  }

  /**
   * POSTs a form.
   *
   * @param url the endpoint
   * @param form the parameters (values are sent, never logged)
   * @param headers extra headers (a client's Basic credentials)
   */
  public Response postForm(URI url, Map<String, String> form, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(checked(url))
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    headers.forEach(request::header);
    return send(request, url);
  }

  /** POSTs a JSON document. */
  public Response postJson(URI url, JsonNode body) {
    return send(
        HttpRequest.newBuilder(checked(url))
            .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json"),
        url);
  }

  /** {@code application/x-www-form-urlencoded} of {@code form}, in its order. */
  public static String formBody(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
    return body.toString();
  }

  /** One form or query component, percent-encoded. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code url}, refused (MCP-004) unless https or loopback http. */
  public static URI checked(URI url) {
    if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
      throw new TransportException("not an http(s) URL: " + Text.origin(url));
    }
    return RemoteUrls.requireSecure(url);
  }

  private Response send(HttpRequest.Builder request, URI url) {
    HttpResponse<InputStream> response;
    try {
      response =
          http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while talking to " + Text.endpoint(url));
    } catch (IOException e) {
      throw new TransportException(
          "request to " + Text.endpoint(url) + " failed: " + e.getClass().getSimpleName(), e);
    }
    byte[] bytes;
    try (InputStream body = response.body()) {
      bytes = body.readNBytes(MAX_BODY + 1);
    } catch (IOException e) {
      throw new TransportException("reading the answer of " + Text.endpoint(url) + " failed", e);
    }
    if (bytes.length > MAX_BODY) {
      throw new TransportException(
          "the answer of " + Text.endpoint(url) + " is larger than " + MAX_BODY + " bytes");
    }
    JsonNode json;
    try {
      json = bytes.length == 0 ? MAPPER.missingNode() : MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      json = MAPPER.missingNode();
    }
    return new Response(response.statusCode(), json == null ? MAPPER.missingNode() : json);
  }
}
