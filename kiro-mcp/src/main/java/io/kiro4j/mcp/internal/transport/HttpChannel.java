package io.kiro4j.mcp.internal.transport;

import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP plumbing of one transport, shared by the Streamable HTTP and the legacy HTTP+SSE
 * transports, which keep only their protocol: the URL check, the client and its thread pool,
 * request headers (configured ones, {@code MCP-Session-Id}, {@code MCP-Protocol-Version}), POSTs
 * sent on the pool with their failures typed, the size limit of a body, the GET that is sent only
 * while the channel is open, the open response streams, and the order of {@link #close}. Not API.
 *
 * <p>Thread-safe: the session id and protocol version are volatile, a GET is checked and sent under
 * the lock {@link #close} takes.
 */
public final class HttpChannel {

  private static final Logger LOG = LoggerFactory.getLogger(HttpChannel.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** What to do with a POST's response, on the pool thread that sent it. */
  @FunctionalInterface
  public interface ResponseHandler {
    /**
     * Checks and consumes a response; a {@link RuntimeException} fails the send.
     *
     * @param response the response, its body not yet read
     * @return what to run on the same thread after the send completed (reading an event stream), or
     *     null
     */
    Runnable onResponse(HttpResponse<InputStream> response);
  }

  private final URI url;
  private final HttpOptions options;
  private final ExecutorService executor;
  private final HttpClient http;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object getLock = new Object();
  private CompletableFuture<HttpResponse<InputStream>> pendingGet; // guarded by getLock
  private final Set<InputStream> openStreams = ConcurrentHashMap.newKeySet();
  private volatile String sessionId;
  private volatile String protocolVersion;

  /**
   * Refuses an insecure URL ({@code MCP-004}) before anything is opened, then creates the pool and
   * the client.
   *
   * @param url the transport's URL
   * @param options headers and limits
   * @param threadPrefix the name prefix of the pool's threads
   */
  public HttpChannel(URI url, HttpOptions options, String threadPrefix) {
    // MCP-004 before anything is opened: plain http to a remote host would send headers in clear.
    this.url = RemoteUrls.requireSecure(Objects.requireNonNull(url, "url"));
    this.options = Objects.requireNonNull(options, "options");
    this.executor = HttpOptions.newExecutor(threadPrefix);
    this.http = options.newClient(executor);
  }

  /** The transport's URL. */
  public URI url() {
    return url;
  }

  /** The options. */
  public HttpOptions options() {
    return options;
  }

  /** Whether {@link #close} began. */
  public boolean isClosed() {
    return closed.get();
  }

  /** The session id sent as {@code MCP-Session-Id}, or null. */
  public String sessionId() {
    return sessionId;
  }

  /** Sets (null: forgets) the session id sent as {@code MCP-Session-Id}. */
  public void sessionId(String value) {
    this.sessionId = value;
  }

  /** Sets the version sent as {@code MCP-Protocol-Version} (null: none). */
  public void protocolVersion(String value) {
    this.protocolVersion = value;
  }

  /** A request to {@code target} with the configured headers, the session id and the version. */
  public HttpRequest.Builder request(URI target) {
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

  /** A POST of {@code message} as JSON to {@code target}, with {@link #request}'s headers. */
  public HttpRequest.Builder jsonPost(URI target, ObjectNode message) {
    return request(target)
        .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(message)))
        .header("Content-Type", "application/json");
  }

  /**
   * Sends a POST with the blocking client on a pool thread, not with {@code sendAsync}: the JDK
   * runs sendAsync's continuations on CompletableFuture's default pool, which on a machine with
   * fewer than 3 cores starts a new thread per response; and the thread that sent the POST can read
   * its event stream itself.
   *
   * @param post the request
   * @param what how the request is named in failures ({@code POST <what> failed: …})
   * @param handler checks the response; its continuation runs after the returned future completed
   * @return completes when the response was accepted; fails with a {@link TransportException}
   *     ("transport closed" once closed)
   */
  public CompletableFuture<Void> post(HttpRequest post, String what, ResponseHandler handler) {
    CompletableFuture<Void> sent = new CompletableFuture<>();
    try {
      executor.execute(() -> exchange(post, what, handler, sent));
    } catch (RejectedExecutionException e) {
      sent.completeExceptionally(new TransportException("transport closed"));
    }
    return sent;
  }

  private void exchange(
      HttpRequest post, String what, ResponseHandler handler, CompletableFuture<Void> sent) {
    HttpResponse<InputStream> response;
    try {
      response = sendAuthorized(post);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sent.completeExceptionally(new TransportException("transport closed"));
      return;
    } catch (TransportException e) {
      sent.completeExceptionally(e);
      return;
    } catch (IOException | RuntimeException e) {
      sent.completeExceptionally(
          new TransportException(
              "POST " + what + " failed: " + (e.getMessage() != null ? e.getMessage() : e), e));
      return;
    }
    Runnable then;
    try {
      then = handler.onResponse(response);
    } catch (RuntimeException e) {
      sent.completeExceptionally(e);
      return;
    }
    sent.complete(null);
    if (then != null) {
      then.run();
    }
  }

  // --- Authorization (HttpOptions.authorization): the header, and the retries after 401/403. ---

  /** Retries of one request after its authorization was renewed (the step-up retry limit). */
  private static final int MAX_AUTHORIZATION_RETRIES = 3;

  /**
   * Sends {@code request} with the current {@code Authorization}; on 401/403, while the
   * authorization mechanism renews it, sends it again (at most {@value #MAX_AUTHORIZATION_RETRIES}
   * times). Without a mechanism it is one plain send.
   */
  private HttpResponse<InputStream> sendAuthorized(HttpRequest request)
      throws IOException, InterruptedException {
    HttpRequest attempt = authorized(request);
    for (int retries = 0; ; retries++) {
      HttpResponse<InputStream> response =
          http.send(attempt, HttpResponse.BodyHandlers.ofInputStream());
      if (retries >= MAX_AUTHORIZATION_RETRIES || !renewAuthorization(attempt, response)) {
        return response;
      }
      attempt = authorized(request);
    }
  }

  /**
   * {@code request} carrying the current {@code Authorization} of {@link
   * HttpOptions#authorization()} (replacing a configured one), or as is without a mechanism.
   */
  public HttpRequest authorized(HttpRequest request) {
    if (options.authorization().isEmpty()) {
      return request;
    }
    HttpRequest.Builder copy =
        HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"));
    options.authorization().get().authorization().ifPresent(v -> copy.header("Authorization", v));
    return copy.build();
  }

  /**
   * After a 401 or 403 to {@code sent}: whether the authorization mechanism renewed the
   * authorization, so the request is worth sending again (the refused body is then discarded).
   *
   * @throws TransportException when authorization failed for good
   */
  public boolean renewAuthorization(HttpRequest sent, HttpResponse<InputStream> response) {
    int status = response.statusCode();
    if ((status != 401 && status != 403) || options.authorization().isEmpty()) {
      return false;
    }
    boolean retry;
    try {
      retry =
          options
              .authorization()
              .get()
              .retryAfter(
                  status,
                  response.headers().allValues("WWW-Authenticate"),
                  sent.headers().firstValue("Authorization"));
    } catch (RuntimeException e) {
      discard(response.body());
      throw e;
    }
    if (retry) {
      discard(response.body());
    }
    return retry;
  }

  /**
   * The failure for a response that is not 2xx: its status, the start of its body and any {@code
   * WWW-Authenticate} challenge; the body is closed.
   *
   * @param request how the request is named ({@code POST <url>})
   * @param response the response
   */
  public static TransportException statusFailure(
      String request, HttpResponse<InputStream> response) {
    int status = response.statusCode();
    String body = readSnippet(response.body());
    String auth = response.headers().firstValue("WWW-Authenticate").orElse("");
    return new TransportException(
        request
            + " answered "
            + status
            + (body.isEmpty() ? "" : ": " + body)
            + (auth.isEmpty() ? "" : " [" + auth + "]"),
        null,
        status,
        java.util.OptionalInt.empty(),
        List.of());
  }

  /**
   * Reads a whole body of at most {@code maxMessageBytes} and closes it.
   *
   * @throws TransportException when it is larger or cannot be read
   */
  public byte[] readLimited(InputStream in) {
    try (InputStream body = in) {
      byte[] bytes = body.readNBytes(options.maxMessageBytes() + 1);
      if (bytes.length > options.maxMessageBytes()) {
        throw new TransportException(
            "response from " + url + " larger than " + options.maxMessageBytes() + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new TransportException(
          "reading the response of " + url + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Sends a GET unless the channel is closed, as one step under the lock {@link #close} takes: a
   * GET is either sent before close() looks for it (and close() waits for its answer and closes it
   * before ending the session) or never sent.
   *
   * @return the pending response, or null when closed
   */
  public CompletableFuture<HttpResponse<InputStream>> sendGet(HttpRequest get) {
    synchronized (getLock) {
      if (closed.get()) {
        return null;
      }
      CompletableFuture<HttpResponse<InputStream>> sent =
          http.sendAsync(authorized(get), HttpResponse.BodyHandlers.ofInputStream());
      pendingGet = sent;
      return sent;
    }
  }

  /**
   * Registers a response stream that {@link #close} ends.
   *
   * @return false, with the stream closed and forgotten, when the channel is closed (close() may
   *     have swept the open streams before this one was registered)
   */
  public boolean track(InputStream stream) {
    openStreams.add(stream);
    if (closed.get()) {
      closeQuietly(stream);
      openStreams.remove(stream);
      return false;
    }
    return true;
  }

  /** Forgets a stream registered with {@link #track} and closes it. */
  public void untrack(InputStream stream) {
    openStreams.remove(stream);
    closeQuietly(stream);
  }

  /**
   * Sleeps {@code millis} unless interrupted.
   *
   * @return whether the channel is still open
   */
  public boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return !closed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Runs {@code task} on the pool.
   *
   * @throws RejectedExecutionException once closed
   */
  public void execute(Runnable task) {
    executor.execute(task);
  }

  /**
   * Closes the channel, once, in this order: {@code first}; the last GET (its answer awaited up to
   * 2 s and closed: the server must not see a GET after the DELETE); a DELETE with the session id,
   * if there is one; every open stream; the pool (threads awaited up to 1 s); the client.
   *
   * @param first what the protocol ends first (run only by the call that closes)
   */
  public void close(Runnable first) {
    CompletableFuture<HttpResponse<InputStream>> get;
    synchronized (getLock) {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      get = pendingGet;
    }
    first.run();
    if (get != null) {
      try {
        closeQuietly(get.get(2, TimeUnit.SECONDS).body());
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
            http.sendAsync(
                    authorized(request(url).DELETE().build()),
                    HttpResponse.BodyHandlers.discarding())
                .get(2, TimeUnit.SECONDS);
        LOG.debug("{}: DELETE session answered {}", url, response.statusCode());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        LOG.debug("{}: DELETE session failed: {}", url, e.toString());
      }
    }
    for (InputStream stream : openStreams) {
      closeQuietly(stream);
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeClient(http);
  }

  /**
   * Shuts a JDK HttpClient down where the JDK can (21+); on 17 its selector thread ends once the
   * client is unreachable.
   *
   * @param client the client
   */
  public static void closeClient(HttpClient client) {
    // shutdownNow (Java 21+) aborts what is still open; close() would wait for it.
    try {
      HttpClient.class.getMethod("shutdownNow").invoke(client);
    } catch (NoSuchMethodException e) {
      // Java 17: the selector thread ends once the client is unreachable.
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("shutting down the HTTP client failed", e);
    }
  }

  /** Closes a stream (null: nothing), logging a failure. */
  public static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        LOG.debug("closing a stream failed", e);
      }
    }
  }

  /** Reads a body to its end, so its connection goes back to the pool, and closes it. */
  public static void discard(InputStream in) {
    try (in) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      LOG.debug("reading a response to its end failed", e);
    }
  }

  private static String readSnippet(InputStream in) {
    try (in) {
      byte[] bytes = in.readNBytes(300);
      return new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
    } catch (IOException e) {
      return "";
    }
  }
}
