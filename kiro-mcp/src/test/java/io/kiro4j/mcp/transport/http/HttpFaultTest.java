package io.kiro4j.mcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP transports against scripted in-JVM servers ({@code com.sun.net.httpserver}). */
class HttpFaultTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String INIT =
      "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"serverInfo\":{\"name\":\"scripted\",\"version\":\"1\"}}";

  private HttpServer server;
  private final List<String> log = new CopyOnWriteArrayList<>();

  interface Script {
    void handle(HttpExchange exchange, JsonNode body) throws IOException;
  }

  private URI serve(Script script) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? MAPPER.nullNode() : MAPPER.readTree(bytes);
            log.add(
                exchange.getRequestMethod()
                    + " "
                    + body.path("method").asString("")
                    + " session="
                    + exchange.getRequestHeaders().getFirst("MCP-Session-Id")
                    + " version="
                    + exchange.getRequestHeaders().getFirst("MCP-Protocol-Version")
                    + " last="
                    + exchange.getRequestHeaders().getFirst("Last-Event-ID"));
            script.handle(exchange, body);
          } finally {
            exchange.close();
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  static void json(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  static String result(JsonNode request, String result) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id") + ",\"result\":" + result + "}";
  }

  static void standard(HttpExchange exchange, JsonNode body, String session) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("GET")) {
      exchange.sendResponseHeaders(405, -1);
    } else if (method.equals("DELETE")) {
      exchange.sendResponseHeaders(200, -1);
    } else if (body.path("method").asString("").equals("initialize")) {
      if (session != null) {
        exchange.getResponseHeaders().set("Mcp-Session-Id", session);
      }
      json(exchange, 200, result(body, INIT));
    } else if (!body.has("id")) {
      exchange.sendResponseHeaders(202, -1);
    } else {
      json(exchange, 200, result(body, "{}"));
    }
  }

  @Test
  void jsonResponsesSessionAndVersionHeadersAndDeleteOnClose() throws Exception {
    URI url = serve((exchange, body) -> standard(exchange, body, "s-1"));
    try (McpClient client =
        McpClient.connect(
            new DetectingHttpTransport(url, HttpOptions.defaults()), McpClientOptions.defaults())) {
      client.ping();
      // The optional GET opens on its own thread; let it reach the server before closing.
      long until = System.nanoTime() + 5_000_000_000L;
      while (log.stream().noneMatch(l -> l.startsWith("GET ")) && System.nanoTime() < until) {
        Thread.sleep(10);
      }
    }
    assertThat(log.get(0)).startsWith("POST initialize session=null version=null");
    assertThat(log)
        .contains("POST notifications/initialized session=s-1 version=2025-11-25 last=null");
    assertThat(log).contains("POST ping session=s-1 version=2025-11-25 last=null");
    assertThat(log)
        .anyMatch(l -> l.startsWith("GET  session=s-1")); // the optional GET stream, refused
    // close() ends the GET stream before the session: nothing reaches the server after the DELETE
    // (a loaded CI machine once saw the GET arrive after it).
    assertThat(log.get(log.size() - 1)).startsWith("DELETE  session=s-1 version=2025-11-25");
  }

  @Test
  void aStreamDroppedBeforeTheResponseIsResumedWithLastEventIdAfterTheRetryDelay()
      throws Exception {
    AtomicInteger gets = new AtomicInteger();
    URI url =
        serve(
            (exchange, body) -> {
              if (exchange.getRequestMethod().equals("POST")
                  && "tools/call".equals(body.path("method").asString(""))) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                out.write(
                    ("id: e-1\nretry: 200\ndata: \n\nevent: message\nid: e-2\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                            + body.get("id")
                            + ",\"progress\":1}}\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                // ...and the connection ends without the response.
                pending.set(body.get("id").toString());
                return;
              }
              if (exchange.getRequestMethod().equals("GET")
                  && exchange.getRequestHeaders().containsKey("Last-Event-ID")) {
                gets.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                String id = pending.get();
                exchange
                    .getResponseBody()
                    .write(
                        ("event: message\nid: e-3\ndata: {\"jsonrpc\":\"2.0\",\"id\":"
                                + id
                                + ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"resumed\"}]}}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                return;
              }
              standard(exchange, body, "s-2");
            });
    try (McpClient client =
        McpClient.connect(
            new DetectingHttpTransport(url, HttpOptions.defaults()), McpClientOptions.defaults())) {
      List<JsonNode> progress = new CopyOnWriteArrayList<>();
      long start = System.nanoTime();
      String text =
          McpClient.await(
                  client.callToolAsync(
                      "slow",
                      tools.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                      progress::add))
              .text();
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(text).isEqualTo("resumed");
      assertThat(progress).hasSize(1);
      assertThat(gets.get()).isEqualTo(1);
      assertThat(tookMs).isGreaterThanOrEqualTo(190);
      assertThat(log).anyMatch(l -> l.startsWith("GET ") && l.endsWith("last=e-2"));
    }
  }

  /** As server-everything answers: a priming event, then the response, both with event ids. */
  static void sseAnswer(HttpExchange exchange, JsonNode body, String result) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    String id = body.get("id").toString();
    out.write(
        ("id: prime-"
                + id
                + "\nretry: 50\ndata: \n\nevent: message\nid: m-"
                + id
                + "\ndata: "
                + result(body, result)
                + "\n\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aStreamThatCarriedTheResponseIsNotResumed() throws Exception {
    URI url =
        serve(
            (exchange, body) -> {
              if (exchange.getRequestMethod().equals("POST")
                  && "ping".equals(body.path("method").asString(""))) {
                sseAnswer(exchange, body, "{}");
                return;
              }
              standard(exchange, body, "s-3");
            });
    try (McpClient client =
        McpClient.connect(
            new StreamableHttpTransport(url, HttpOptions.builder().openGetStream(false).build()),
            McpClientOptions.defaults())) {
      for (int i = 0; i < 5; i++) {
        client.ping();
      }
      // The retry delay is 50 ms: a stream wrongly taken as unanswered is resumed by then.
      Thread.sleep(400);
    }
    assertThat(log).filteredOn(l -> l.startsWith("POST ping")).hasSize(5);
    assertThat(log).noneMatch(l -> l.startsWith("GET "));
  }

  @Test
  void aResumedStreamIsClosedOnceTheResponseArrived() throws Exception {
    java.util.concurrent.CountDownLatch resumedClosed = new java.util.concurrent.CountDownLatch(1);
    URI url =
        serve(
            (exchange, body) -> {
              if (exchange.getRequestMethod().equals("POST")
                  && "tools/call".equals(body.path("method").asString(""))) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                exchange
                    .getResponseBody()
                    .write("id: e-1\nretry: 50\ndata: \n\n".getBytes(StandardCharsets.UTF_8));
                pending.set(body.get("id").toString());
                return; // ends without the response
              }
              if (exchange.getRequestMethod().equals("GET")
                  && exchange.getRequestHeaders().containsKey("Last-Event-ID")) {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                out.write(
                    ("event: message\nid: e-2\ndata: "
                            + "{\"jsonrpc\":\"2.0\",\"id\":"
                            + pending.get()
                            + ",\"result\":{\"content\":[]}}\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                // Replayed, and then kept open as server-everything does: only the client ends it.
                try {
                  for (int i = 0; i < 250; i++) {
                    Thread.sleep(20);
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                  }
                } catch (IOException e) {
                  resumedClosed.countDown();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return;
              }
              standard(exchange, body, "s-4");
            });
    try (McpClient client =
        McpClient.connect(
            new StreamableHttpTransport(url, HttpOptions.builder().openGetStream(false).build()),
            McpClientOptions.defaults())) {
      assertThat(McpClient.await(client.callToolAsync("slow")).isError()).isFalse();
      assertThat(resumedClosed.await(4, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }
  }

  private final java.util.concurrent.atomic.AtomicReference<String> pending =
      new java.util.concurrent.atomic.AtomicReference<>();

  @Test
  void notFoundWithASessionStartsANewSessionAndRetriesOnce() throws Exception {
    AtomicInteger sessions = new AtomicInteger();
    URI url =
        serve(
            (exchange, body) -> {
              String session = exchange.getRequestHeaders().getFirst("MCP-Session-Id");
              if ("ping".equals(body.path("method").asString("")) && "s-1".equals(session)) {
                json(
                    exchange,
                    404,
                    "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"Session not found\"}}");
                return;
              }
              standard(
                  exchange,
                  body,
                  body.path("method").asString("").equals("initialize")
                      ? "s-" + sessions.incrementAndGet()
                      : null);
            });
    StreamableHttpTransport transport =
        new StreamableHttpTransport(url, HttpOptions.builder().openGetStream(false).build());
    try (McpClient client = McpClient.connect(transport, McpClientOptions.defaults())) {
      client.ping();
      assertThat(transport.sessionId()).contains("s-2");
    }
    assertThat(log).filteredOn(l -> l.startsWith("POST initialize")).hasSize(2);
  }

  @Test
  void theSessionIdIsTakenOnlyFromASuccessfulInitialize() throws Exception {
    URI url =
        serve(
            (exchange, body) -> {
              exchange.getResponseHeaders().set("Mcp-Session-Id", "poison");
              json(exchange, 500, "{}");
            });
    StreamableHttpTransport transport = new StreamableHttpTransport(url, HttpOptions.defaults());
    assertThatThrownBy(() -> McpClient.connect(transport, McpClientOptions.defaults()))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.httpStatus()).hasValue(500));
    assertThat(transport.sessionId()).isEmpty();
  }

  @Test
  void configuredHeadersAreSentAndUnauthorizedIsATypedFailure() throws Exception {
    URI url =
        serve(
            (exchange, body) -> {
              if (!"Bearer t0k".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange
                    .getResponseHeaders()
                    .set("WWW-Authenticate", "Bearer resource_metadata=\"x\"");
                json(exchange, 401, "");
                return;
              }
              standard(exchange, body, null);
            });
    assertThatThrownBy(
            () ->
                McpClient.connect(
                    new DetectingHttpTransport(url, HttpOptions.defaults()),
                    McpClientOptions.defaults()))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    HttpOptions auth = HttpOptions.builder().header("Authorization", "Bearer t0k").build();
    try (McpClient client =
        McpClient.connect(new DetectingHttpTransport(url, auth), McpClientOptions.defaults())) {
      client.ping();
    }
  }

  @Test
  void legacySseEndpointOnAnotherOriginIsRefused() throws Exception {
    URI url =
        serve(
            (exchange, body) -> {
              if (exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
              }
              exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
              exchange.sendResponseHeaders(200, 0);
              exchange
                  .getResponseBody()
                  .write(
                      "event: endpoint\ndata: http://evil.example/message\n\n"
                          .getBytes(StandardCharsets.UTF_8));
              exchange.getResponseBody().flush();
            });
    assertThatThrownBy(
            () ->
                McpClient.connect(
                    new DetectingHttpTransport(url, HttpOptions.defaults()),
                    McpClientOptions.defaults()))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("another origin");
  }

  @Test
  void aJsonResponseLargerThanTheMaximumMessageSizeFailsTheRequest() throws Exception {
    String big = "{\"big\":\"" + "x".repeat(8 * 1024) + "\"}";
    URI url =
        serve(
            (exchange, body) -> {
              if (body.path("method").asString("").equals("ping")) {
                json(exchange, 200, result(body, big));
              } else {
                standard(exchange, body, "s-1");
              }
            });
    HttpOptions small = HttpOptions.builder().maxMessageBytes(4096).build();
    try (McpClient client =
        McpClient.connect(new StreamableHttpTransport(url, small), McpClientOptions.defaults())) {
      assertThatThrownBy(client::ping)
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("larger than 4096 bytes");
    }
  }

  @Test
  void aRedirectToAnotherOriginIsNotFollowed() throws Exception {
    List<String> elsewhere = new CopyOnWriteArrayList<>();
    HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext(
        "/",
        exchange -> {
          try {
            elsewhere.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            standard(exchange, MAPPER.readTree(bytes.length == 0 ? "{}".getBytes() : bytes), null);
          } finally {
            exchange.close();
          }
        });
    other.start();
    try {
      String target = "http://127.0.0.1:" + other.getAddress().getPort() + "/mcp";
      URI url =
          serve(
              (exchange, body) -> {
                exchange.getResponseHeaders().set("Location", target);
                exchange.sendResponseHeaders(302, -1);
              });
      assertThatThrownBy(
              () ->
                  McpClient.connect(
                      new DetectingHttpTransport(url, HttpOptions.defaults()),
                      McpClientOptions.defaults()))
          .isInstanceOf(TransportException.class);
      assertThat(log).isNotEmpty(); // the redirecting server was asked
      assertThat(elsewhere).isEmpty();
    } finally {
      other.stop(0);
    }
  }
}
