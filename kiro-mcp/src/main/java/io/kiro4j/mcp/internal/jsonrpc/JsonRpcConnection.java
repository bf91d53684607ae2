package io.kiro4j.mcp.internal.jsonrpc;

import io.kiro4j.mcp.jsonrpc.JsonRpcException;
import io.kiro4j.mcp.jsonrpc.RequestHandler;
import io.kiro4j.mcp.jsonrpc.RequestTimeoutException;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.TransportException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-RPC 2.0 over a {@link Transport}: numbers requests, correlates responses in any order, times
 * requests out (sending {@code notifications/cancelled}), routes progress notifications to the
 * request that asked for them, answers server requests through registered {@link RequestHandler}s
 * ({@code -32601} when none is registered, {@code ping} always) and hands other notifications to a
 * listener.
 *
 * <p>Threads. A response completes its future directly on the transport's reader thread — no
 * hand-over to another thread per request, which on a loaded machine costs more than the rest of
 * the client's work (use the {@code *Async} variants of {@link CompletableFuture} for slow
 * continuations). What may block runs off the reader thread, so it never stalls responses: server
 * requests go to handler threads, and notifications and progress go, in the order they arrived, to
 * one event lane on those threads (a request that asked for progress completes on that lane too,
 * after its last progress). Besides the transport's: a timer, and handler threads while there is
 * work; all end on {@link #close()}. Thread-safe.
 */
public final class JsonRpcConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcConnection.class);

  /** The mapper used for every message: compact output, so a message never spans lines. */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long TICK_MS = 20;

  private final Transport transport;
  private final Map<String, RequestHandler> handlers;
  private final BiConsumer<String, JsonNode> notificationListener;
  private final Map<Long, Call> pending = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ScheduledThreadPoolExecutor timer;
  private final ExecutorService handlerPool;
  private final EventLane events;
  private volatile TransportException closedCause;

  /**
   * A request waiting for its response, and the future its caller holds: one object per request
   * instead of a record plus a future plus a completion callback.
   */
  private final class Call extends CompletableFuture<JsonNode> {
    final long id;
    final String method;
    final Consumer<JsonNode> progress;
    volatile Duration timeoutAfter;
    volatile long deadline = Long.MAX_VALUE;
    double lastProgress = Double.NEGATIVE_INFINITY; // only touched on the event lane

    Call(long id, String method, Consumer<JsonNode> progress) {
      this.id = id;
      this.method = method;
      this.progress = progress;
    }

    /** Cancelling by the caller tells the server (except for initialize, which must not be). */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      // As CompletableFuture.cancel, but knowing whether this call was the one that cancelled
      // (cancel answers true again once cancelled): the server is told once.
      if (completeExceptionally(new CancellationException())) {
        pending.remove(id);
        if (!"initialize".equals(method)) {
          sendCancelled(id, "cancelled by the client");
        }
      }
      return isCancelled();
    }
  }

  /**
   * @param transport the transport, not yet started
   * @param handlers server-to-client request handlers by method
   * @param notificationListener receives every notification except progress and cancellations of
   *     our requests (method, params); called on the event lane, one at a time in arrival order
   */
  public JsonRpcConnection(
      Transport transport,
      Map<String, RequestHandler> handlers,
      BiConsumer<String, JsonNode> notificationListener) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.handlers = Map.copyOf(handlers);
    this.notificationListener = Objects.requireNonNull(notificationListener, "listener");
    // One sweep every TICK_MS instead of a timer task per request: scheduling (and waking the
    // timer thread) for every request cost more than the rest of the client's work.
    this.timer = new ScheduledThreadPoolExecutor(1, daemon("kiro4j-mcp-timer"));
    timer.scheduleWithFixedDelay(this::sweep, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    this.handlerPool = Executors.newCachedThreadPool(daemon("kiro4j-mcp-handler"));
    this.events = new EventLane(handlerPool);
  }

  static ThreadFactory daemon(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Starts the transport. */
  public void start() {
    transport.start(
        new Transport.Receiver() {
          @Override
          public void onMessage(JsonNode message) {
            dispatch(message);
          }

          @Override
          public void onClosed(TransportException cause) {
            failAll(cause);
          }
        });
  }

  /** The transport this connection runs on. */
  public Transport transport() {
    return transport;
  }

  /** Requests still waiting for their response. */
  public int pendingCount() {
    return pending.size();
  }

  /**
   * Sends a request.
   *
   * @param method the method
   * @param params the params, or null for none
   * @param timeout how long to wait for the response; on expiry the request is cancelled
   * @param progress receives the {@code params} of each {@code notifications/progress} for this
   *     request (its progress token is the request id), or null to ask for no progress
   * @return completes with the {@code result}; fails with {@link JsonRpcException}, {@link
   *     RequestTimeoutException} or {@link TransportException}. Cancelling it sends {@code
   *     notifications/cancelled}.
   */
  public CompletableFuture<JsonNode> request(
      String method, JsonNode params, Duration timeout, Consumer<JsonNode> progress) {
    long id = nextId.getAndIncrement();
    Call call = new Call(id, method, progress);
    TransportException gone = closedCause;
    if (gone != null || closed.get()) {
      call.completeExceptionally(gone != null ? gone : new TransportException("client closed"));
      return call;
    }
    ObjectNode message = NODES.objectNode();
    message.put("jsonrpc", "2.0");
    message.put("id", id);
    message.put("method", method);
    JsonNode sentParams = params;
    if (progress != null) {
      ObjectNode withToken =
          params instanceof ObjectNode ? ((ObjectNode) params).deepCopy() : NODES.objectNode();
      JsonNode meta = withToken.get("_meta");
      ObjectNode metaNode =
          meta instanceof ObjectNode ? (ObjectNode) meta : withToken.putObject("_meta");
      metaNode.put("progressToken", id);
      sentParams = withToken;
    }
    if (sentParams != null) {
      message.set("params", sentParams);
    }
    if (!timeout.isZero() && !timeout.isNegative()) {
      call.deadline = System.nanoTime() + timeout.toNanos();
      call.timeoutAfter = timeout;
    }
    pending.put(id, call);
    CompletableFuture<Void> sent = transport.send(message);
    if (!sent.isDone() || sent.isCompletedExceptionally()) {
      sent.whenComplete(
          (ok, failure) -> {
            if (failure != null) {
              pending.remove(id);
              call.completeExceptionally(unwrap(failure));
            }
          });
    }
    return call;
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Call call : pending.values()) {
      if (call.isDone()) {
        // Ended by its caller (complete, orTimeout): forgotten here rather than by a callback on
        // every request (overriding complete slowed every response down measurably).
        pending.remove(call.id, call);
      } else if (call.timeoutAfter != null && now - call.deadline >= 0) {
        timeOut(call, call.timeoutAfter);
      }
    }
  }

  private void timeOut(Call call, Duration timeout) {
    pending.remove(call.id);
    if (call.completeExceptionally(new RequestTimeoutException(call.method, timeout))) {
      if (!"initialize".equals(call.method)) {
        sendCancelled(call.id, "timeout after " + timeout.toMillis() + " ms");
      }
    }
  }

  private void sendCancelled(long id, String reason) {
    if (closed.get() || closedCause != null) {
      return;
    }
    ObjectNode params = NODES.objectNode();
    params.put("requestId", id);
    params.put("reason", reason);
    notify("notifications/cancelled", params);
  }

  /**
   * Sends a notification.
   *
   * @param method the method
   * @param params the params, or null
   * @return completes when the transport handed it over
   */
  public CompletableFuture<Void> notify(String method, JsonNode params) {
    ObjectNode message = NODES.objectNode();
    message.put("jsonrpc", "2.0");
    message.put("method", method);
    if (params != null) {
      message.set("params", params);
    }
    return transport.send(message);
  }

  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private void dispatch(JsonNode message) {
    if (!message.isObject()) {
      LOG.debug("ignoring a non-object JSON-RPC message");
      return;
    }
    JsonNode method = message.get("method");
    JsonNode id = message.get("id");
    if (method != null && method.isString()) {
      if (id == null || id.isNull()) {
        onNotification(method.stringValue(), message.path("params"));
      } else {
        onRequest(id, method.stringValue(), message.path("params"));
      }
      return;
    }
    if (id == null || !id.isIntegralNumber()) {
      // Not a response to one of ours (we only send integer ids): an error without id, an
      // empty replayed event, a response a buggy server attached to a notification.
      if (message.has("error")) {
        LOG.warn("server sent an error without a usable id: {}", message.get("error"));
      }
      return;
    }
    // Removed before completing, so a caller that sees the result never sees it still pending.
    Long key = id.longValue();
    Call call = pending.remove(key);
    if (call == null) {
      LOG.debug("dropping a response to request {} which is no longer pending", id);
      return;
    }
    if (call.progress != null) {
      // Its progress notifications wait on the event lane: complete after the last of them. It
      // stays pending meanwhile, so a timeout or a cancel still ends it if the lane is slow.
      pending.put(key, call);
      events.execute(
          () -> {
            pending.remove(key, call);
            complete(call, message);
          });
      return;
    }
    complete(call, message);
  }

  private static void complete(Call call, JsonNode message) {
    JsonNode error = message.get("error");
    if (error != null && !error.isNull()) {
      call.completeExceptionally(
          new JsonRpcException(
              error.path("code").asInt(JsonRpcException.INTERNAL_ERROR),
              error.path("message").asString("(no message)"),
              error.get("data")));
    } else {
      JsonNode result = message.get("result");
      call.complete(result == null ? NODES.objectNode() : result);
    }
  }

  private void onNotification(String method, JsonNode params) {
    if ("notifications/progress".equals(method)) {
      JsonNode token = params.path("progressToken");
      if (token.isIntegralNumber()) {
        Call call = pending.get(token.longValue());
        if (call != null && call.progress != null) {
          events.execute(() -> progress(call, params));
        }
      }
      // Progress for a finished or cancelled request is dropped (servers keep sending it).
      return;
    }
    events.execute(
        () -> {
          try {
            notificationListener.accept(method, params);
          } catch (RuntimeException e) {
            LOG.warn("listener of {} failed", method, e);
          }
        });
  }

  /** On the event lane. */
  private static void progress(Call call, JsonNode params) {
    if (call.isDone()) {
      return; // timed out or cancelled meanwhile
    }
    double value = params.path("progress").asDouble(Double.NaN);
    // Progress MUST increase: a repeat (a replayed event) or a step back is dropped.
    if (!(value > call.lastProgress)) {
      return;
    }
    call.lastProgress = value;
    try {
      call.progress.accept(params);
    } catch (RuntimeException e) {
      LOG.warn("progress listener of {} failed", call.method, e);
    }
  }

  private void onRequest(JsonNode id, String method, JsonNode params) {
    if ("ping".equals(method)) {
      respond(id, NODES.objectNode(), null);
      return;
    }
    RequestHandler handler = handlers.get(method);
    if (handler == null) {
      respond(
          id,
          null,
          new JsonRpcException(
              JsonRpcException.METHOD_NOT_FOUND, "Method not found: " + method, null));
      return;
    }
    try {
      handlerPool.execute(
          () -> {
            CompletableFuture<JsonNode> answer;
            try {
              answer = handler.handle(params).toCompletableFuture();
            } catch (RuntimeException e) {
              answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete(
                (result, failure) -> {
                  if (failure == null) {
                    respond(id, result == null ? NODES.objectNode() : result, null);
                  } else {
                    Throwable cause = unwrap(failure);
                    JsonRpcException error =
                        cause instanceof JsonRpcException
                            ? (JsonRpcException) cause
                            : new JsonRpcException(
                                JsonRpcException.INTERNAL_ERROR,
                                String.valueOf(cause.getMessage()),
                                null);
                    if (!(cause instanceof JsonRpcException)) {
                      LOG.warn("handler of {} failed", method, cause);
                    }
                    respond(id, null, error);
                  }
                });
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      LOG.debug("connection closed; not answering {}", method);
    }
  }

  private void respond(JsonNode id, JsonNode result, JsonRpcException error) {
    ObjectNode message = NODES.objectNode();
    message.put("jsonrpc", "2.0");
    message.set("id", id);
    if (error == null) {
      message.set("result", result);
    } else {
      ObjectNode err = message.putObject("error");
      err.put("code", error.code());
      String text = error.getMessage();
      int suffix = text.lastIndexOf(" (JSON-RPC error ");
      err.put("message", suffix > 0 ? text.substring(0, suffix) : text);
      error.data().ifPresent(data -> err.set("data", data));
    }
    transport
        .send(message)
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                LOG.debug("could not answer server request {}", id, failure);
              }
            });
  }

  private void failAll(TransportException cause) {
    closedCause = cause;
    for (Long id : pending.keySet()) {
      Call call = pending.remove(id);
      if (call != null) {
        call.completeExceptionally(cause);
      }
    }
  }

  /**
   * Fails every pending request, closes the transport and ends the connection's threads.
   * Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    TransportException cause = new TransportException("client closed");
    if (closedCause == null) {
      closedCause = cause;
    }
    for (Long id : pending.keySet()) {
      Call call = pending.remove(id);
      if (call != null) {
        call.completeExceptionally(cause);
      }
    }
    try {
      transport.close();
    } finally {
      timer.shutdownNow();
      handlerPool.shutdownNow();
    }
  }
}
