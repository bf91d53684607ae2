package io.kiro4j.mcp.transport.http;

import io.kiro4j.mcp.internal.transport.HttpChannel;
import io.kiro4j.mcp.internal.transport.SseEvent;
import io.kiro4j.mcp.internal.transport.SseReader;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.SessionExpiredException;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Streamable HTTP transport (protocol 2025-03-26 and later): every message is a POST to one
 * endpoint; a request's reply comes back as JSON or as an event stream that may carry progress and
 * server requests first.
 *
 * <ul>
 *   <li>{@code Accept: application/json, text/event-stream}; {@code MCP-Session-Id} taken only from
 *       a successful {@code initialize} response and sent on every later request; {@code
 *       MCP-Protocol-Version} sent once negotiated; configured headers on every request.
 *   <li>An event stream that ends before the response arrived, after an event id, is resumed with a
 *       GET carrying {@code Last-Event-ID}, after the server's {@code retry} delay (1 s if it gave
 *       none), up to 3 times; events without data (priming) and payloads that are not JSON-RPC
 *       messages are skipped.
 *   <li>404, or 400 to a request that carried a session id → {@link SessionExpiredException} (the
 *       client re-initializes once and retries).
 *   <li>After initialization, an optional GET stream for server-initiated messages (405 or any
 *       other refusal: no stream), reconnected after its {@code retry} delay while it works.
 *   <li>{@link #close()} ends the GET stream, sends DELETE with the session id, then ends every
 *       stream and thread.
 *   <li>Redirects are never followed (credentials must not travel to another origin).
 *   <li>Each POST is sent, and its reply read to the end (so the connection is reused), by one
 *       thread of the transport's pool; every such thread ends in {@link #close()}.
 * </ul>
 *
 * <p>The HTTP plumbing (client, pool, headers, POST failures, size limit, streams, close order) is
 * shared with the legacy {@link io.kiro4j.mcp.transport.sse.SseTransport}; this class keeps the
 * protocol.
 *
 * <p>Thread-safe: {@link #send} and {@link #close()} may be called from any thread; {@link #start}
 * is called once.
 */
public final class StreamableHttpTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(StreamableHttpTransport.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final long DEFAULT_RETRY_MS = 1000;
  private static final int MAX_RESUMPTIONS = 3;

  private final HttpChannel channel;
  private final URI url;
  private final HttpOptions options;
  // Event ids already delivered: a resumed stream of server-everything replays the later events
  // of every stream of the session, which must not be delivered twice.
  private final java.util.LinkedHashSet<String> seenEventIds = new java.util.LinkedHashSet<>();
  private volatile Receiver receiver;

  /**
   * @param url the MCP endpoint (for example {@code http://127.0.0.1:3001/mcp})
   * @param options headers and limits
   */
  public StreamableHttpTransport(URI url, HttpOptions options) {
    this.channel = new HttpChannel(url, options, "kiro4j-mcp-http");
    this.url = channel.url();
    this.options = channel.options();
  }

  @Override
  public void start(Receiver receiver) {
    this.receiver = Objects.requireNonNull(receiver, "receiver");
  }

  /** The session id the server assigned, if any. */
  public Optional<String> sessionId() {
    return Optional.ofNullable(channel.sessionId());
  }

  @Override
  public CompletableFuture<Void> send(ObjectNode message) {
    if (channel.isClosed()) {
      return CompletableFuture.failedFuture(new TransportException("transport closed"));
    }
    boolean initialize = "initialize".equals(message.path("method").asString(""));
    if (initialize) {
      channel.sessionId(null);
    }
    JsonNode idNode = message.get("id");
    boolean isRequest = message.has("method") && idNode != null && !idNode.isNull();
    String sentSession = channel.sessionId();
    HttpRequest post =
        channel
            .jsonPost(url, message)
            .header("Accept", "application/json, text/event-stream")
            .build();
    JsonNode requestId = isRequest ? idNode : null;
    return channel.post(
        post,
        url.toString(),
        response -> {
          InputStream stream = onPostResponse(response, initialize, requestId, sentSession);
          return stream == null ? null : () -> readPostStream(stream, requestId);
        });
  }

  /**
   * Checks a POST's response and delivers a JSON body; returns the event stream to read, if the
   * response is one.
   */
  private InputStream onPostResponse(
      HttpResponse<InputStream> response,
      boolean initialize,
      JsonNode requestId,
      String sentSession) {
    int status = response.statusCode();
    if (status == 202 || (status / 100 == 2 && requestId == null && !isEventStream(response))) {
      HttpChannel.closeQuietly(response.body());
      return null;
    }
    if (status / 100 != 2) {
      TransportException failure = HttpChannel.statusFailure("POST " + url, response);
      if (sentSession != null && (status == 404 || status == 400)) {
        channel.sessionId(null);
        throw new SessionExpiredException(
            "the server no longer knows session (HTTP " + status + ")", status);
      }
      throw failure;
    }
    if (initialize) {
      response.headers().firstValue("MCP-Session-Id").ifPresent(channel::sessionId);
    }
    if (isEventStream(response)) {
      InputStream body = response.body();
      return channel.track(body) ? body : null;
    }
    byte[] bytes = channel.readLimited(response.body());
    if (bytes.length > 0) {
      deliver(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
    return null;
  }

  private static boolean isEventStream(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .toLowerCase(java.util.Locale.ROOT)
        .startsWith("text/event-stream");
  }

  /** Parses a payload and hands over its messages; returns the ids of the responses in it. */
  private List<JsonNode> deliver(String payload) {
    if (payload.isBlank()) {
      return List.of();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(payload);
    } catch (JacksonException e) {
      LOG.warn("{}: skipping a payload that is not JSON", url);
      return List.of();
    }
    List<JsonNode> responseIds = new java.util.ArrayList<>(1);
    if (node.isArray()) {
      for (JsonNode element : node) {
        deliverOne(element, responseIds);
      }
    } else {
      deliverOne(node, responseIds);
    }
    return responseIds;
  }

  private void deliverOne(JsonNode node, List<JsonNode> responseIds) {
    // Replayed priming events arrive as {}: not a message.
    if (!node.isObject() || !(node.has("method") || node.has("result") || node.has("error"))) {
      return;
    }
    if (!node.has("method") && node.has("id")) {
      responseIds.add(node.get("id"));
    }
    receiver.onMessage(node);
  }

  private static final class StreamState {
    String lastEventId;
    long retryMs = DEFAULT_RETRY_MS;
    boolean answered;
  }

  private void readPostStream(InputStream body, JsonNode requestId) {
    StreamState state = new StreamState();
    // The POST stream is read to its end even after the response, so the connection goes back to
    // the pool (closing a body early closes its connection).
    readEvents(body, state, requestId, false);
    int attempts = 0;
    while (requestId != null && !state.answered && !channel.isClosed()) {
      if (state.lastEventId == null || attempts++ >= MAX_RESUMPTIONS) {
        failRequest(requestId, "the event stream ended before the response");
        return;
      }
      if (!channel.sleep(state.retryMs)) {
        return;
      }
      InputStream resumed = openGet(state.lastEventId);
      if (resumed == null) {
        failRequest(requestId, "the event stream ended and could not be resumed");
        return;
      }
      // A resumed stream is a GET the server may keep open: stop at the response.
      readEvents(resumed, state, requestId, true);
    }
  }

  private void failRequest(JsonNode requestId, String why) {
    if (channel.isClosed()) {
      return;
    }
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("jsonrpc", "2.0");
    error.set("id", requestId);
    ObjectNode err = error.putObject("error");
    err.put("code", -32000);
    err.put("message", "connection lost: " + why + " (" + url + ")");
    receiver.onMessage(error);
  }

  private void readEvents(
      InputStream body, StreamState state, JsonNode requestId, boolean stopWhenAnswered) {
    channel.track(body);
    try {
      new SseReader(options.maxMessageBytes())
          .readWhile(
              body,
              (SseEvent event) -> {
                event.id().ifPresent(id -> state.lastEventId = id);
                if (event.retry().isPresent()) {
                  state.retryMs = event.retry().getAsLong();
                }
                if (!"message".equals(event.event()) || event.data().isBlank()) {
                  return true;
                }
                if (event.id().isPresent() && !firstSeen(event.id().get())) {
                  return true;
                }
                for (JsonNode id : deliver(event.data())) {
                  if (requestId != null && sameId(id, requestId)) {
                    state.answered = true;
                  }
                }
                return !(stopWhenAnswered && state.answered);
              });
    } catch (IOException e) {
      if (!channel.isClosed()) {
        LOG.debug("{}: event stream broke: {}", url, e.toString());
      }
    } finally {
      channel.untrack(body);
    }
  }

  /**
   * Whether two JSON-RPC ids are the same: numerically for numbers, since the id we sent (a long)
   * and the one parsed from the reply (an int when small) are different node types.
   */
  static boolean sameId(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() && b.isIntegralNumber()) {
      return a.bigIntegerValue().equals(b.bigIntegerValue());
    }
    return a.equals(b);
  }

  private boolean firstSeen(String eventId) {
    synchronized (seenEventIds) {
      if (!seenEventIds.add(eventId)) {
        return false;
      }
      if (seenEventIds.size() > 4096) {
        var it = seenEventIds.iterator();
        it.next();
        it.remove();
      }
      return true;
    }
  }

  /** Opens a GET event stream; null if the server refuses one. */
  private InputStream openGet(String lastEventId) {
    HttpRequest.Builder get = channel.request(url).GET().header("Accept", "text/event-stream");
    if (lastEventId != null) {
      get.header("Last-Event-ID", lastEventId);
    }
    // Sent only while open, under the lock close() takes: close() ends it before the DELETE.
    CompletableFuture<HttpResponse<InputStream>> sent = channel.sendGet(get.build());
    if (sent == null) {
      return null;
    }
    try {
      HttpResponse<InputStream> response =
          sent.get(options.connectTimeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
      if (response.statusCode() == 200 && isEventStream(response)) {
        return response.body();
      }
      LOG.debug("{}: GET stream refused with {}", url, response.statusCode());
      HttpChannel.closeQuietly(response.body());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      LOG.debug("{}: GET stream failed: {}", url, e.toString());
      return null;
    }
  }

  @Override
  public void negotiated(String negotiatedVersion) {
    // 2024-11-05 and 2025-03-26 have no version header; servers assume 2025-03-26 without one.
    if (!"2024-11-05".equals(negotiatedVersion) && !"2025-03-26".equals(negotiatedVersion)) {
      channel.protocolVersion(negotiatedVersion);
    }
  }

  @Override
  public void initialized(String negotiatedVersion) {
    if (options.openGetStream()) {
      try {
        channel.execute(this::runGetStream);
      } catch (RejectedExecutionException e) {
        LOG.debug("closed before the GET stream opened");
      }
    }
  }

  private void runGetStream() {
    // A server may end the stream at any time (SEP-1699 polling): reconnect after its retry delay
    // for as long as it accepts the GET.
    StreamState state = new StreamState();
    while (!channel.isClosed()) {
      InputStream stream = openGet(state.lastEventId);
      if (stream == null) {
        return; // 405 or refused: the server offers no GET stream
      }
      readEvents(stream, state, null, false);
      if (!channel.sleep(state.retryMs)) {
        return;
      }
    }
  }

  @Override
  public String describe() {
    return url.toString();
  }

  /**
   * Ends the GET stream (its answer awaited up to 2 s) before the session, then sends DELETE with
   * the session id, then ends every stream and thread.
   */
  @Override
  public void close() {
    channel.close(() -> {});
  }
}
