package io.kiro4j.mcp.transport.http;

import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.RemoteUrls;
import io.kiro4j.mcp.transport.SessionExpiredException;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.TransportException;
import io.kiro4j.mcp.transport.sse.SseEvent;
import io.kiro4j.mcp.transport.sse.SseReader;
import io.kiro4j.mcp.transport.sse.SseTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 *   <li>{@link #close()} sends DELETE with the session id, then ends every stream and thread.
 *   <li>Redirects are never followed (credentials must not travel to another origin).
 *   <li>Each POST is sent, and its reply read to the end (so the connection is reused), by one
 *       thread of the transport's pool; every such thread ends in {@link #close()}.
 * </ul>
 */
public final class StreamableHttpTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(StreamableHttpTransport.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final long DEFAULT_RETRY_MS = 1000;
  private static final int MAX_RESUMPTIONS = 3;

  private final URI url;
  private final HttpOptions options;
  private final ExecutorService executor;
  private final HttpClient http;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object getLock = new Object();
  private CompletableFuture<HttpResponse<InputStream>> pendingGet; // guarded by getLock
  private final Set<InputStream> openStreams = ConcurrentHashMap.newKeySet();
  // Event ids already delivered: a resumed stream of server-everything replays the later events
  // of every stream of the session, which must not be delivered twice.
  private final java.util.LinkedHashSet<String> seenEventIds = new java.util.LinkedHashSet<>();
  private volatile Receiver receiver;
  private volatile String sessionId;
  private volatile String protocolVersion;

  /**
   * @param url the MCP endpoint (for example {@code http://127.0.0.1:3001/mcp})
   * @param options headers and limits
   */
  public StreamableHttpTransport(URI url, HttpOptions options) {
    // MCP-004 before anything is opened: plain http to a remote host would send headers in clear.
    this.url = RemoteUrls.requireSecure(Objects.requireNonNull(url, "url"));
    this.options = Objects.requireNonNull(options, "options");
    this.executor = HttpOptions.newExecutor("kiro4j-mcp-http");
    this.http = options.newClient(executor);
  }

  @Override
  public void start(Receiver receiver) {
    this.receiver = Objects.requireNonNull(receiver, "receiver");
  }

  /** The session id the server assigned, if any. */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  private HttpRequest.Builder request(URI target) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(target);
    options.headers().forEach(builder::header);
    String session = sessionId;
    if (session != null) {
      builder.header("MCP-Session-Id", session);
    }
    String version = protocolVersion;
    if (version != null) {
      builder.header("MCP-Protocol-Version", version);
    }
    return builder;
  }

  @Override
  public CompletableFuture<Void> send(ObjectNode message) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new TransportException("transport closed"));
    }
    boolean initialize = "initialize".equals(message.path("method").asString(""));
    if (initialize) {
      sessionId = null;
    }
    JsonNode idNode = message.get("id");
    boolean isRequest = message.has("method") && idNode != null && !idNode.isNull();
    String sentSession = sessionId;
    HttpRequest post =
        request(url)
            .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(message)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .build();
    JsonNode requestId = isRequest ? idNode : null;
    CompletableFuture<Void> sent = new CompletableFuture<>();
    // The blocking send on a pool thread, not sendAsync: the JDK runs sendAsync's continuations on
    // CompletableFuture's default pool, which on a machine with fewer than 3 cores starts a new
    // thread per response; and a thread that sent the POST can read its event stream itself.
    try {
      executor.execute(() -> exchange(post, initialize, requestId, sentSession, sent));
    } catch (RejectedExecutionException e) {
      sent.completeExceptionally(new TransportException("transport closed"));
    }
    return sent;
  }

  /** Sends a POST and handles its response on this (pool) thread. */
  private void exchange(
      HttpRequest post,
      boolean initialize,
      JsonNode requestId,
      String sentSession,
      CompletableFuture<Void> sent) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sent.completeExceptionally(new TransportException("transport closed"));
      return;
    } catch (IOException | RuntimeException e) {
      sent.completeExceptionally(
          new TransportException(
              "POST " + url + " failed: " + (e.getMessage() != null ? e.getMessage() : e), e));
      return;
    }
    InputStream stream;
    try {
      stream = onPostResponse(response, initialize, requestId, sentSession);
    } catch (RuntimeException e) {
      sent.completeExceptionally(e);
      return;
    }
    sent.complete(null);
    if (stream != null) {
      readPostStream(stream, requestId);
    }
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
      drainQuietly(response.body());
      return null;
    }
    if (status / 100 != 2) {
      String body = readSnippet(response.body());
      if (sentSession != null && (status == 404 || status == 400)) {
        sessionId = null;
        throw new SessionExpiredException(
            "the server no longer knows session (HTTP " + status + ")", status);
      }
      String auth = response.headers().firstValue("WWW-Authenticate").orElse("");
      throw new TransportException(
          "POST "
              + url
              + " answered "
              + status
              + (body.isEmpty() ? "" : ": " + body)
              + (auth.isEmpty() ? "" : " [" + auth + "]"),
          null,
          status,
          null,
          List.of());
    }
    if (initialize) {
      response.headers().firstValue("MCP-Session-Id").ifPresent(id -> sessionId = id);
    }
    if (isEventStream(response)) {
      InputStream body = response.body();
      openStreams.add(body);
      if (closed.get()) {
        // close() may have swept the open streams before this one was registered.
        drainQuietly(body);
        openStreams.remove(body);
        return null;
      }
      return body;
    }
    try (InputStream body = response.body()) {
      byte[] bytes = body.readNBytes(options.maxMessageBytes() + 1);
      if (bytes.length > options.maxMessageBytes()) {
        throw new TransportException(
            "response from " + url + " larger than " + options.maxMessageBytes() + " bytes");
      }
      if (bytes.length > 0) {
        deliver(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new TransportException(
          "reading the response of " + url + " failed: " + e.getMessage(), e);
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
    while (requestId != null && !state.answered && !closed.get()) {
      if (state.lastEventId == null || attempts++ >= MAX_RESUMPTIONS) {
        failRequest(requestId, "the event stream ended before the response");
        return;
      }
      if (!sleep(state.retryMs)) {
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
    if (closed.get()) {
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
    openStreams.add(body);
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
      if (!closed.get()) {
        LOG.debug("{}: event stream broke: {}", url, e.toString());
      }
    } finally {
      openStreams.remove(body);
      drainQuietly(body);
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
    HttpRequest.Builder get = request(url).GET().header("Accept", "text/event-stream");
    if (lastEventId != null) {
      get.header("Last-Event-ID", lastEventId);
    }
    CompletableFuture<HttpResponse<InputStream>> sent;
    synchronized (getLock) {
      // Checked and sent under the lock close() takes: a GET is either sent before close() looks
      // for it (and close() waits for its answer before ending the session) or never sent.
      if (closed.get()) {
        return null;
      }
      sent = http.sendAsync(get.build(), HttpResponse.BodyHandlers.ofInputStream());
      pendingGet = sent;
    }
    try {
      HttpResponse<InputStream> response =
          sent.get(options.connectTimeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
      if (response.statusCode() == 200 && isEventStream(response)) {
        return response.body();
      }
      LOG.debug("{}: GET stream refused with {}", url, response.statusCode());
      drainQuietly(response.body());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      LOG.debug("{}: GET stream failed: {}", url, e.toString());
      return null;
    }
  }

  private boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return !closed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void negotiated(String negotiatedVersion) {
    // 2024-11-05 and 2025-03-26 have no version header; servers assume 2025-03-26 without one.
    if (!"2024-11-05".equals(negotiatedVersion) && !"2025-03-26".equals(negotiatedVersion)) {
      this.protocolVersion = negotiatedVersion;
    }
  }

  @Override
  public void initialized(String negotiatedVersion) {
    if (options.openGetStream()) {
      try {
        executor.execute(this::runGetStream);
      } catch (RejectedExecutionException e) {
        LOG.debug("closed before the GET stream opened");
      }
    }
  }

  private void runGetStream() {
    // A server may end the stream at any time (SEP-1699 polling): reconnect after its retry delay
    // for as long as it accepts the GET.
    StreamState state = new StreamState();
    while (!closed.get()) {
      InputStream stream = openGet(state.lastEventId);
      if (stream == null) {
        return; // 405 or refused: the server offers no GET stream
      }
      readEvents(stream, state, null, false);
      if (!sleep(state.retryMs)) {
        return;
      }
    }
  }

  @Override
  public String describe() {
    return url.toString();
  }

  @Override
  public void close() {
    CompletableFuture<HttpResponse<InputStream>> get;
    synchronized (getLock) {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      get = pendingGet;
    }
    // End the GET stream before the session: the server must not see a GET after the DELETE.
    if (get != null) {
      try {
        drainQuietly(get.get(2, TimeUnit.SECONDS).body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        LOG.debug("{}: the GET stream ended with {}", url, e.toString());
      }
    }
    String session = sessionId;
    if (session != null) {
      try {
        HttpResponse<Void> response =
            http.sendAsync(request(url).DELETE().build(), HttpResponse.BodyHandlers.discarding())
                .get(2, TimeUnit.SECONDS);
        LOG.debug("{}: DELETE session answered {}", url, response.statusCode());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        LOG.debug("{}: DELETE session failed: {}", url, e.toString());
      }
    }
    for (InputStream stream : openStreams) {
      drainQuietly(stream);
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    SseTransport.closeClient(http);
  }

  private static void drainQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      LOG.debug("closing a response failed", e);
    }
  }

  private static String readSnippet(InputStream in) {
    try (in) {
      byte[] bytes = in.readNBytes(300);
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
          .replaceAll("\\s+", " ")
          .trim();
    } catch (IOException e) {
      return "";
    }
  }
}
