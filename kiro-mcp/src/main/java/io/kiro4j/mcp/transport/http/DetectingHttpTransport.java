package io.kiro4j.mcp.transport.http;

import io.kiro4j.mcp.internal.transport.RemoteUrls;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.TransportException;
import io.kiro4j.mcp.transport.sse.SseTransport;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HTTP transport for a bare URL, as {@code mcp.json} gives it (it has no transport field): the
 * {@code initialize} POST is tried as Streamable HTTP; if the server answers 400, 404 or 405 (the
 * backwards-compatibility rule of the 2025-11-25 transports page) the URL is opened as a legacy
 * HTTP+SSE stream and {@code initialize} is sent there. Detection happens once; a failure of the
 * fallback reports both answers.
 *
 * <p>Thread-safe: {@link #send} and {@link #close()} may be called from any thread; {@link #start}
 * is called once.
 */
public final class DetectingHttpTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(DetectingHttpTransport.class);

  private final URI url;
  private final HttpOptions options;
  private final StreamableHttpTransport streamable;
  private volatile Transport active;
  private volatile HttpFlavor flavor;
  private volatile Receiver receiver;

  /**
   * @param url the server URL from the configuration
   * @param options headers and limits
   */
  public DetectingHttpTransport(URI url, HttpOptions options) {
    this.url = RemoteUrls.requireSecure(Objects.requireNonNull(url, "url"));
    this.options = Objects.requireNonNull(options, "options");
    this.streamable = new StreamableHttpTransport(url, options);
    this.active = streamable;
  }

  /** The detected flavour, once {@code initialize} went through. */
  public Optional<HttpFlavor> flavor() {
    return Optional.ofNullable(flavor);
  }

  @Override
  public void start(Receiver receiver) {
    this.receiver = receiver;
    streamable.start(receiver);
  }

  @Override
  public CompletableFuture<Void> send(ObjectNode message) {
    if (flavor != null || !"initialize".equals(message.path("method").asString(""))) {
      return active.send(message);
    }
    return streamable
        .send(message)
        .thenRun(() -> flavor = HttpFlavor.STREAMABLE)
        .exceptionallyCompose(
            failure -> {
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              int status =
                  cause instanceof TransportException
                      ? ((TransportException) cause).httpStatus().orElse(-1)
                      : -1;
              if (status != 400 && status != 404 && status != 405) {
                return CompletableFuture.failedFuture(cause);
              }
              LOG.debug("{}: POST answered {}, trying the legacy HTTP+SSE transport", url, status);
              return CompletableFuture.supplyAsync(() -> fallBack(message, status))
                  .thenCompose(f -> f);
            });
  }

  private CompletableFuture<Void> fallBack(ObjectNode message, int status) {
    SseTransport sse = new SseTransport(url, options);
    try {
      sse.start(receiver);
    } catch (TransportException e) {
      sse.close();
      throw new TransportException(
          url
              + " is neither a Streamable HTTP endpoint (POST answered "
              + status
              + ") nor an SSE endpoint ("
              + e.getMessage()
              + ")",
          e,
          e.httpStatus().orElse(status),
          java.util.OptionalInt.empty(),
          java.util.List.of());
    }
    active = sse;
    flavor = HttpFlavor.SSE;
    streamable.close();
    return sse.send(message);
  }

  @Override
  public void negotiated(String protocolVersion) {
    active.negotiated(protocolVersion);
  }

  @Override
  public void initialized(String protocolVersion) {
    active.initialized(protocolVersion);
  }

  @Override
  public String describe() {
    return url.toString();
  }

  @Override
  public void close() {
    active.close();
    streamable.close();
  }
}
