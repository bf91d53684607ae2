package io.kiro4j.mcp.internal.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.jsonrpc.JsonRpcException;
import io.kiro4j.mcp.jsonrpc.RequestHandler;
import io.kiro4j.mcp.jsonrpc.RequestTimeoutException;
import io.kiro4j.mcp.transport.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** JSON-RPC correlation, timeouts, cancellation and server requests against an in-JVM peer. */
class JsonRpcConnectionTest {

  private static final Duration LONG = Duration.ofSeconds(30);

  private static JsonRpcConnection connect(
      PipedPeer peer, Map<String, RequestHandler> handlers, List<String> notes) {
    JsonRpcConnection connection =
        new JsonRpcConnection(peer.transport, handlers, (m, p) -> notes.add(m));
    connection.start();
    return connection;
  }

  @Test
  void outOfOrderResponsesReachTheirOwnRequests() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> a = rpc.request("a", null, LONG, null);
      CompletableFuture<JsonNode> b = rpc.request("b", null, LONG, null);
      CompletableFuture<JsonNode> c = rpc.request("c", null, LONG, null);
      JsonNode ra = peer.next();
      JsonNode rb = peer.next();
      JsonNode rc = peer.next();
      peer.respond(rc, "{\"n\":\"c\"}");
      peer.respond(ra, "{\"n\":\"a\"}");
      peer.respond(rb, "{\"n\":\"b\"}");
      assertThat(a.get().path("n").asString()).isEqualTo("a");
      assertThat(b.get().path("n").asString()).isEqualTo("b");
      assertThat(c.get().path("n").asString()).isEqualTo("c");
    }
  }

  @Test
  void requestIdsAreUniqueIntegersAndResponsesInAnyMemberOrderAreAccepted() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> a = rpc.request("x", null, LONG, null);
      JsonNode sent = peer.next();
      assertThat(sent.path("jsonrpc").asString()).isEqualTo("2.0");
      assertThat(sent.get("id").isIntegralNumber()).isTrue();
      peer.writeLine(
          "{\"result\":{\"ok\":true},\"jsonrpc\":\"2.0\",\"id\":" + sent.get("id") + "}");
      assertThat(a.get().path("ok").asBoolean()).isTrue();
      rpc.request("y", null, LONG, null);
      assertThat(peer.next().get("id").longValue()).isNotEqualTo(sent.get("id").longValue());
    }
  }

  @Test
  void garbageLinesAreSkippedAndTheSessionGoesOn() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> a = rpc.request("x", null, LONG, null);
      JsonNode sent = peer.next();
      peer.writeLine("Starting server... (a banner on stdout)");
      peer.writeLine("{not json");
      peer.writeLine("42");
      peer.writeLine("");
      peer.respond(sent, "{}");
      assertThat(a.get()).isNotNull();
    }
  }

  @Test
  void errorResponsesCarryTheServersCodeMessageAndData() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> a = rpc.request("x", null, LONG, null);
      JsonNode sent = peer.next();
      peer.writeLine(
          "{\"jsonrpc\":\"2.0\",\"id\":"
              + sent.get("id")
              + ",\"error\":{\"code\":5,\"message\":\"Invalid character\",\"data\":{\"at\":3}}}");
      assertThatThrownBy(() -> McpClient.await(a))
          .isInstanceOfSatisfying(
              JsonRpcException.class,
              e -> {
                assertThat(e.code()).isEqualTo(5);
                assertThat(e.getMessage()).contains("Invalid character");
                assertThat(e.data().orElseThrow().path("at").asInt()).isEqualTo(3);
              });
    }
  }

  @Test
  void timeoutFailsTheRequestSendsCancelledAndDropsTheLateResponse() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> slow = rpc.request("slow", null, Duration.ofMillis(100), null);
      JsonNode sent = peer.next();
      assertThatThrownBy(() -> McpClient.await(slow)).isInstanceOf(RequestTimeoutException.class);
      JsonNode cancelled = peer.next();
      assertThat(cancelled.path("method").asString()).isEqualTo("notifications/cancelled");
      assertThat(cancelled.path("params").path("requestId").longValue())
          .isEqualTo(sent.get("id").longValue());
      assertThat(cancelled.has("id")).isFalse();
      peer.respond(sent, "{}"); // late: ignored
      assertThat(rpc.pendingCount()).isZero();
    }
  }

  @Test
  void callerCancelSendsCancelled() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> call = rpc.request("slow", null, LONG, null);
      JsonNode sent = peer.next();
      call.cancel(false);
      JsonNode cancelled = peer.next();
      assertThat(cancelled.path("method").asString()).isEqualTo("notifications/cancelled");
      assertThat(cancelled.path("params").path("requestId").longValue())
          .isEqualTo(sent.get("id").longValue());
    }
  }

  @Test
  void initializeIsNeverCancelled() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> init =
          rpc.request("initialize", null, Duration.ofMillis(50), null);
      peer.next();
      assertThatThrownBy(() -> McpClient.await(init)).isInstanceOf(RequestTimeoutException.class);
      assertThat(peer.poll(200)).isNull();
    }
  }

  @Test
  void serverRequestsWithoutHandlerGetMethodNotFoundAndPingIsAlwaysAnswered() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      peer.writeLine("{\"method\":\"roots/list\",\"jsonrpc\":\"2.0\",\"id\":0}");
      JsonNode answer = peer.next();
      assertThat(answer.get("id").intValue()).isZero();
      assertThat(answer.path("error").path("code").asInt()).isEqualTo(-32601);
      peer.writeLine("{\"method\":\"ping\",\"jsonrpc\":\"2.0\",\"id\":\"p-1\"}");
      JsonNode pong = peer.next();
      assertThat(pong.get("id").asString()).isEqualTo("p-1");
      assertThat(pong.get("result").isObject()).isTrue();
    }
  }

  @Test
  void serverRequestsAreAnsweredByTheRegisteredHandler() throws Exception {
    RequestHandler sampling =
        params ->
            CompletableFuture.completedFuture(
                JsonNodeFactory.instance.objectNode().put("echo", params.path("q").asString()));
    RequestHandler failing =
        params -> CompletableFuture.failedFuture(new JsonRpcException(-1, "user declined", null));
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc =
            connect(
                peer,
                Map.of("sampling/createMessage", sampling, "elicitation/create", failing),
                new ArrayList<>())) {
      peer.writeLine(
          "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"sampling/createMessage\",\"params\":{\"q\":\"hi\"}}");
      JsonNode answer = peer.next();
      assertThat(answer.path("result").path("echo").asString()).isEqualTo("hi");
      peer.writeLine(
          "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"elicitation/create\",\"params\":{}}");
      JsonNode error = peer.next();
      assertThat(error.path("error").path("code").asInt()).isEqualTo(-1);
      assertThat(error.path("error").path("message").asString()).isEqualTo("user declined");
    }
  }

  @Test
  void progressGoesToItsRequestIncreasingOnlyAndNotificationsToTheListener() throws Exception {
    List<String> notes = new CopyOnWriteArrayList<>();
    List<Double> progress = new CopyOnWriteArrayList<>();
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), notes)) {
      CompletableFuture<JsonNode> call =
          rpc.request(
              "long",
              JsonNodeFactory.instance.objectNode(),
              LONG,
              p -> progress.add(p.path("progress").asDouble()));
      JsonNode sent = peer.next();
      JsonNode token = sent.path("params").path("_meta").path("progressToken");
      assertThat(token.isIntegralNumber()).isTrue();
      for (String p : List.of("0.5", "1", "1", "0.7", "2")) {
        peer.writeLine(
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                + token
                + ",\"progress\":"
                + p
                + "}}");
      }
      peer.writeLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}");
      peer.respond(sent, "{}");
      call.get();
      assertThat(progress).containsExactly(0.5, 1.0, 2.0);
      assertThat(notes).containsExactly("notifications/tools/list_changed");
    }
  }

  @Test
  void serverClosingItsOutputFailsEveryPendingRequestAtOnce() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      CompletableFuture<JsonNode> a = rpc.request("a", null, LONG, null);
      CompletableFuture<JsonNode> b = rpc.request("b", null, LONG, null);
      peer.next();
      peer.next();
      peer.closeOutput();
      assertThatThrownBy(() -> McpClient.await(a)).isInstanceOf(TransportException.class);
      assertThatThrownBy(() -> McpClient.await(b)).isInstanceOf(TransportException.class);
      assertThatThrownBy(() -> McpClient.await(rpc.request("c", null, LONG, null)))
          .isInstanceOf(TransportException.class);
    }
  }

  @Test
  void aThousandConcurrentRequestsAnsweredInRandomOrderAreAllCorrelated() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), new ArrayList<>())) {
      List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        calls.add(
            rpc.request("echo", JsonNodeFactory.instance.objectNode().put("i", i), LONG, null));
      }
      List<JsonNode> requests = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        requests.add(peer.next());
      }
      Collections.shuffle(requests, new Random(42));
      for (JsonNode request : requests) {
        peer.respond(request, "{\"i\":" + request.path("params").path("i").asInt() + "}");
      }
      for (int i = 0; i < 1000; i++) {
        assertThat(calls.get(i).get().path("i").asInt()).isEqualTo(i);
      }
      assertThat(rpc.pendingCount()).isZero();
    }
  }
}
