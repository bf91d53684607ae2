package io.kiro4j.mcp.transport.sse;

import io.kiro4j.mcp.internal.transport.HttpChannel;
import io.kiro4j.mcp.internal.transport.SseEvent;
import io.kiro4j.mcp.internal.transport.SseReader;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The legacy HTTP+SSE transport of protocol 2024-11-05: a GET opens an event stream whose first
 * {@code endpoint} event names the URL to POST messages to; replies arrive as {@code message}
 * events on the stream.
 *
 * <p>The endpoint is resolved against the SSE URL and must have the same origin (scheme, host,
 * port), otherwise the configured headers (credentials) would go to another host; the first
 * endpoint is kept and later ones are ignored. When the stream ends the session is gone: pending
 * requests fail.
 *
 * <p>The HTTP plumbing (client, pool, headers, POST failures, streams, close order) is shared with
 * {@link io.kiro4j.mcp.transport.http.StreamableHttpTransport}; this class keeps the protocol.
 *
 * <p>Thread-safe: {@link #send} and {@link #close()} may be called from any thread; {@link #start}
 * is called once.
 */
public final class SseTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(SseTransport.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final HttpChannel channel;
  private final URI url;
  private final HttpOptions options;
  private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
  private volatile Receiver receiver;
  private volatile InputStream stream;

  /**
   * @param url the SSE URL (for example {@code http://127.0.0.1:3001/sse})
   * @param options headers and limits
   */
  public SseTransport(URI url, HttpOptions options) {
    this.channel = new HttpChannel(url, options, "kiro4j-mcp-sse");
    this.url = channel.url();
    this.options = channel.options();
  }

  /** Opens the event stream and waits (up to the connect timeout plus 10 s) for the endpoint. */
  @Override
  public void start(Receiver receiver) {
    this.receiver = Objects.requireNonNull(receiver, "receiver");
    HttpRequest get = channel.request(url).GET().header("Accept", "text/event-stream").build();
    HttpResponse<InputStream> response = openStream(get);
    // 401/403: sent again while the authorization (if any) renews it, 3 times at most.
    for (int retries = 0;
        retries < 3 && channel.renewAuthorization(channel.authorized(get), response);
        retries++) {
      response = openStream(get);
    }
    if (response.statusCode() != 200) {
      HttpChannel.closeQuietly(response.body());
      throw new TransportException(
          "GET " + url + " answered " + response.statusCode(),
          null,
          response.statusCode(),
          java.util.OptionalInt.empty(),
          java.util.List.of());
    }
    stream = response.body();
    if (!channel.track(stream)) {
      throw new TransportException("transport closed");
    }
    channel.execute(this::readStream);
    try {
      endpoint.get(options.connectTimeout().plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for the endpoint event of " + url);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof TransportException
          ? (TransportException) e.getCause()
          : new TransportException("no endpoint event from " + url, e.getCause());
    } catch (TimeoutException e) {
      throw new TransportException("no endpoint event from " + url + " in time");
    }
  }

  /** Sends the stream's GET (only while open; close() ends it) and waits for its answer. */
  private HttpResponse<InputStream> openStream(HttpRequest get) {
    CompletableFuture<HttpResponse<InputStream>> sent = channel.sendGet(get);
    if (sent == null) {
      throw new TransportException("transport closed");
    }
    try {
      return sent.get(options.connectTimeout().plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while connecting to " + url);
    } catch (ExecutionException | TimeoutException e) {
      throw new TransportException("cannot open the SSE stream at " + url + ": " + e, e);
    }
  }

  private void readStream() {
    try {
      new SseReader(options.maxMessageBytes()).read(stream, this::onEvent);
      ended(new TransportException("the SSE stream of " + url + " ended"));
    } catch (IOException e) {
      ended(new TransportException("the SSE stream of " + url + " broke: " + e.getMessage(), e));
    }
  }

  private void ended(TransportException cause) {
    if (channel.isClosed()) {
      return;
    }
    // Before the endpoint is known, start() reports the failure; after it, pending requests fail.
    if (!endpoint.completeExceptionally(cause) && !endpoint.isCompletedExceptionally()) {
      receiver.onClosed(cause);
    }
  }

  private void onEvent(SseEvent event) {
    if ("endpoint".equals(event.event())) {
      if (endpoint.isDone()) {
        LOG.warn("{}: ignoring a second endpoint event", url);
        return;
      }
      URI resolved;
      try {
        resolved = url.resolve(event.data().trim());
      } catch (IllegalArgumentException e) {
        endpoint.completeExceptionally(new TransportException("invalid endpoint from " + url));
        return;
      }
      if (!sameOrigin(url, resolved)) {
        endpoint.completeExceptionally(
            new TransportException(
                "refusing endpoint on another origin than " + url + ": " + resolved.getHost()));
        return;
      }
      endpoint.complete(resolved);
      return;
    }
    if (!"message".equals(event.event()) || event.data().isBlank()) {
      return;
    }
    try {
      JsonNode node = MAPPER.readTree(event.data());
      if (node.isArray()) {
        node.forEach(receiver::onMessage);
      } else if (node.isObject()) {
        receiver.onMessage(node);
      }
    } catch (JacksonException e) {
      LOG.warn("{}: skipping an event that is not JSON", url);
    }
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public CompletableFuture<Void> send(ObjectNode message) {
    URI target = endpoint.getNow(null);
    if (target == null) {
      return CompletableFuture.failedFuture(new TransportException("no endpoint yet from " + url));
    }
    // Named by its path in failures: the query carries the session.
    return channel.post(
        channel.jsonPost(target, message).build(),
        target.getPath(),
        response -> {
          if (response.statusCode() / 100 != 2) {
            throw HttpChannel.statusFailure("POST " + target.getPath(), response);
          }
          // Read to the end, so the connection is reused; replies come on the stream.
          HttpChannel.discard(response.body());
          return null;
        });
  }

  /** The flavour name used in reports: {@code sse}. */
  @Override
  public String describe() {
    return url.toString();
  }

  @Override
  public void close() {
    channel.close(() -> endpoint.completeExceptionally(new TransportException("closed")));
  }

  /**
   * Shuts a JDK HttpClient down where the JDK can (21+); on 17 its selector thread ends once the
   * client is unreachable. Kept for compatibility: the transports no longer use it.
   *
   * @param client the client
   */
  public static void closeClient(HttpClient client) {
    HttpChannel.closeClient(client);
  }
}
