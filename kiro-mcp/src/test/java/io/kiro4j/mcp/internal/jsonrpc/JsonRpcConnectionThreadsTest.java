package io.kiro4j.mcp.internal.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.jsonrpc.RequestHandler;
import io.kiro4j.mcp.jsonrpc.RequestTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Which thread does what: responses complete on the reader thread with no hand-over, and nothing
 * that may block (notification listeners, progress listeners, server-request handlers) runs there,
 * so it never holds up the responses behind it.
 */
class JsonRpcConnectionThreadsTest {

  private static final Duration LONG = Duration.ofSeconds(30);

  private static JsonRpcConnection connect(
      PipedPeer peer, Map<String, RequestHandler> handlers, BiConsumer<String, JsonNode> listener) {
    JsonRpcConnection connection = new JsonRpcConnection(peer.transport, handlers, listener);
    connection.start();
    return connection;
  }

  private static void notifyClient(PipedPeer peer, String method) throws Exception {
    peer.writeLine("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}");
  }

  @Test
  void aResponseCompletesItsFutureOnTheReaderThreadWithoutAHandOver() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), (m, p) -> {})) {
      CompletableFuture<JsonNode> call = rpc.request("x", null, LONG, null);
      AtomicReference<String> thread = new AtomicReference<>();
      CompletableFuture<Void> seen =
          call.thenRun(() -> thread.set(Thread.currentThread().getName()));
      peer.respond(peer.next(), "{}");
      seen.get(5, TimeUnit.SECONDS);
      assertThat(thread.get()).isEqualTo("kiro4j-mcp-stdio-reader");
    }
  }

  @Test
  void aBlockingNotificationListenerDoesNotStallResponses() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc =
            connect(
                peer,
                Map.of(),
                (m, p) -> {
                  entered.countDown();
                  await(release);
                })) {
      CompletableFuture<JsonNode> call = rpc.request("x", null, LONG, null);
      JsonNode sent = peer.next();
      notifyClient(peer, "notifications/tools/list_changed");
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      peer.respond(sent, "{\"ok\":true}");
      assertThat(call.get(5, TimeUnit.SECONDS).path("ok").asBoolean()).isTrue();
      release.countDown();
    }
  }

  @Test
  void aListenerThatCallsTheServerAndWaitsGetsItsAnswer() throws Exception {
    CompletableFuture<JsonNode> fromListener = new CompletableFuture<>();
    AtomicReference<JsonRpcConnection> connection = new AtomicReference<>();
    try (PipedPeer peer = new PipedPeer()) {
      JsonRpcConnection rpc =
          connect(
              peer,
              Map.of(),
              (m, p) -> {
                // Blocking inside a listener, as an application re-listing tools would.
                try {
                  fromListener.complete(
                      connection.get().request("tools/list", null, LONG, null).get());
                } catch (Exception e) {
                  fromListener.completeExceptionally(e);
                }
              });
      connection.set(rpc);
      try (rpc) {
        notifyClient(peer, "notifications/tools/list_changed");
        JsonNode list = peer.next();
        assertThat(list.path("method").asString()).isEqualTo("tools/list");
        peer.respond(list, "{\"tools\":[]}");
        assertThat(fromListener.get(5, TimeUnit.SECONDS).has("tools")).isTrue();
      }
    }
  }

  @Test
  void notificationsReachTheListenerOneAtATimeInArrivalOrder() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch all = new CountDownLatch(200);
    AtomicReference<Boolean> overlapped = new AtomicReference<>(false);
    Object inside = new Object();
    AtomicReference<Thread> current = new AtomicReference<>();
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc =
            connect(
                peer,
                Map.of(),
                (m, p) -> {
                  if (!current.compareAndSet(null, Thread.currentThread())) {
                    overlapped.set(true);
                  }
                  synchronized (inside) {
                    seen.add(p.path("n").asString());
                  }
                  current.set(null);
                  all.countDown();
                })) {
      for (int i = 0; i < 200; i++) {
        peer.writeLine(
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"n\":\""
                + i
                + "\"}}");
      }
      assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        expected.add(Integer.toString(i));
      }
      assertThat(seen).containsExactlyElementsOf(expected);
      assertThat(overlapped.get()).isFalse();
    }
  }

  @Test
  void progressReachesItsListenerBeforeTheResultOfItsRequest() throws Exception {
    List<Double> progress = new CopyOnWriteArrayList<>();
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), (m, p) -> {})) {
      CompletableFuture<JsonNode> call =
          rpc.request(
              "long",
              JsonNodeFactory.instance.objectNode(),
              LONG,
              p -> {
                sleep(30); // a slow listener: the response arrives while it still runs
                progress.add(p.path("progress").asDouble());
              });
      JsonNode sent = peer.next();
      JsonNode token = sent.path("params").path("_meta").path("progressToken");
      for (int i = 1; i <= 3; i++) {
        peer.writeLine(
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":"
                + token
                + ",\"progress\":"
                + i
                + "}}");
      }
      peer.respond(sent, "{}");
      List<Double> atCompletion =
          call.thenApply(r -> List.copyOf(progress)).get(5, TimeUnit.SECONDS);
      assertThat(atCompletion).containsExactly(1.0, 2.0, 3.0);
      assertThat(rpc.pendingCount()).isZero();
    }
  }

  @Test
  void aRequestWithProgressStillTimesOutWhileAListenerBlocksTheEventLane() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc =
            connect(
                peer,
                Map.of(),
                (m, p) -> {
                  entered.countDown();
                  await(release);
                })) {
      CompletableFuture<JsonNode> call = rpc.request("long", null, Duration.ofMillis(200), p -> {});
      JsonNode sent = peer.next();
      notifyClient(peer, "notifications/resources/list_changed");
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      // The response queues behind the blocked listener; the timeout still ends the request.
      peer.respond(sent, "{}");
      assertThatThrownBy(() -> McpClient.await(call)).isInstanceOf(RequestTimeoutException.class);
      release.countDown();
    }
  }

  @Test
  void aBlockingServerRequestHandlerDoesNotStallResponses() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    RequestHandler slow =
        params -> {
          entered.countDown();
          await(release);
          return CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
        };
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc =
            connect(peer, Map.of("sampling/createMessage", slow), (m, p) -> {})) {
      CompletableFuture<JsonNode> call = rpc.request("x", null, LONG, null);
      JsonNode sent = peer.next();
      peer.writeLine(
          "{\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"method\":\"sampling/createMessage\",\"params\":{}}");
      assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
      peer.respond(sent, "{}");
      assertThat(call.get(5, TimeUnit.SECONDS)).isNotNull();
      release.countDown();
      assertThat(peer.next().path("id").asString()).isEqualTo("s1");
    }
  }

  @Test
  void cancellingARequestForgetsItAndTellsTheServer() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), (m, p) -> {})) {
      CompletableFuture<JsonNode> call = rpc.request("slow", null, LONG, null);
      JsonNode sent = peer.next();
      assertThat(rpc.pendingCount()).isEqualTo(1);
      assertThat(call.cancel(false)).isTrue();
      assertThat(rpc.pendingCount()).isZero();
      assertThat(peer.next().path("params").path("requestId").longValue())
          .isEqualTo(sent.get("id").longValue());
      assertThat(call.cancel(false)).isTrue(); // still cancelled, but the server is told once
      assertThat(call.isCancelled()).isTrue();
      assertThat(peer.poll(200)).isNull();
    }
  }

  @Test
  void aRequestEndedByItsCallerIsNoLongerPending() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        JsonRpcConnection rpc = connect(peer, Map.of(), (m, p) -> {})) {
      CompletableFuture<JsonNode> completed = rpc.request("a", null, LONG, null);
      CompletableFuture<JsonNode> timedOut = rpc.request("b", null, LONG, null);
      JsonNode late = peer.next();
      peer.next();
      assertThat(rpc.pendingCount()).isEqualTo(2);
      completed.complete(JsonNodeFactory.instance.objectNode());
      timedOut.orTimeout(10, TimeUnit.MILLISECONDS);
      assertThatThrownBy(timedOut::join)
          .hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (rpc.pendingCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(5); // the timer's next sweep forgets them
      }
      assertThat(rpc.pendingCount()).isZero();
      peer.respond(late, "{}"); // dropped: no longer pending
      assertThat(completed.get(1, TimeUnit.SECONDS).isEmpty()).isTrue();
    }
  }

  @Test
  void closeWhileAResponseWaitsOnTheEventLaneStillEndsTheRequest() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    PipedPeer peer = new PipedPeer();
    JsonRpcConnection rpc =
        connect(
            peer,
            Map.of(),
            (m, p) -> {
              entered.countDown();
              await(new CountDownLatch(1)); // until interrupted by close
            });
    CompletableFuture<JsonNode> call = rpc.request("long", null, LONG, p -> {});
    JsonNode sent = peer.next();
    notifyClient(peer, "notifications/prompts/list_changed");
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    peer.respond(sent, "{}");
    rpc.close();
    peer.close();
    // The close fails it (it is still pending while its response waits); it never hangs.
    assertThat(call.handle((result, failure) -> true).get(5, TimeUnit.SECONDS)).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
