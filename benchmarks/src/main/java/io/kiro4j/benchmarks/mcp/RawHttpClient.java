package io.kiro4j.benchmarks.mcp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Streamable HTTP floor: one JDK {@code HttpClient} (HTTP/1.1), a blocking POST per request on
 * the caller's thread, the reply read whole (JSON, or the first {@code data:} line of an event
 * stream) and parsed with Jackson. No GET stream, no resumption, no timeouts. It offers protocol
 * 2025-11-25 like the other clients: under it the server adds a priming event to each stream.
 */
final class RawHttpClient implements McpClientBenchmark.Client {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI url;
  private final AtomicLong ids = new AtomicLong(1);
  private final String session;

  RawHttpClient(URI url) throws IOException, InterruptedException {
    this.url = url;
    HttpResponse<String> init =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}",
            null);
    session = init.headers().firstValue("mcp-session-id").orElse(null);
    post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", session);
  }

  private HttpResponse<String> post(String body, String sessionId)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (sessionId != null) {
      b.header("mcp-session-id", sessionId).header("MCP-Protocol-Version", "2025-11-25");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<JsonNode> request(String method, String params) {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":"
            + ids.getAndIncrement()
            + ",\"method\":\""
            + method
            + "\""
            + (params == null ? "" : ",\"params\":" + params)
            + "}";
    try {
      String reply = post(body, session).body();
      // Under 2025-11-25 server-everything sends an empty priming event first: take the message.
      int data = reply.indexOf("data: {");
      String json = data < 0 ? reply : reply.substring(data + 6, reply.indexOf('\n', data));
      return CompletableFuture.completedFuture(MAPPER.readTree(json));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<?> ping() {
    return request("ping", null);
  }

  @Override
  public CompletableFuture<?> echo() {
    return request("tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\"hello\"}}");
  }

  @Override
  public void close() {
    // Nothing to release: the JDK client's threads are daemons and go with it.
  }
}
