package io.kiro4j.mcp.auth.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The redirect target of one authorization (RFC 8252 §7.3): an HTTP listener on {@code 127.0.0.1}
 * (never a wildcard address), on a random port unless one is configured, that accepts one {@code
 * GET} of the redirect path whose {@code state} is the one sent. A redirect with another {@code
 * state}, or an {@code error}, ends the wait with a failure (fail closed: a forged redirect must
 * not be taken). Closed after the wait.
 *
 * <p>Thread-safe: the result is a future completed once.
 */
public final class LoopbackRedirect implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final String state;
  private final String path;
  private final CompletableFuture<String> code = new CompletableFuture<>();

  /**
   * Starts listening.
   *
   * @param port the port, 0 for a random one
   * @param path the path of the redirect ({@code /callback})
   * @param state the state the redirect must carry
   */
  public LoopbackRedirect(int port, String path, String state) {
    this.state = state;
    this.path = path;
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 4);
    } catch (IOException e) {
      throw new TransportException("cannot listen on 127.0.0.1:" + port + " for the redirect", e);
    }
    executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "kiro4j-oauth-redirect");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext(path, this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT/callback}. */
  public URI redirectUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /**
   * Waits for the redirect.
   *
   * @return the authorization code
   * @throws TransportException on a wrong state, an error redirect, or the timeout
   */
  public String await(Duration timeout) {
    try {
      return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for the authorization redirect");
    } catch (ExecutionException e) {
      throw (TransportException) e.getCause();
    } catch (TimeoutException e) {
      throw new TransportException(
          "no authorization redirect within " + timeout.toSeconds() + " s");
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())
          || !path.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 404, "Not found.");
        return;
      }
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      String got = query.getOrDefault("state", "");
      if (!MessageDigest.isEqual(
          got.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
        code.completeExceptionally(
            new TransportException("the authorization redirect carried the wrong state"));
        respond(exchange, 400, "The authorization redirect carried the wrong state.");
        return;
      }
      if (query.containsKey("error")) {
        code.completeExceptionally(
            new TransportException(
                "the authorization server refused: "
                    + Text.clip(
                        query.get("error")
                            + (query.containsKey("error_description")
                                ? ": " + query.get("error_description")
                                : ""))));
        respond(exchange, 400, "Authorization was refused. You can close this window.");
        return;
      }
      String value = query.get("code");
      if (value == null || value.isEmpty()) {
        code.completeExceptionally(
            new TransportException("the authorization redirect carried no code"));
        respond(exchange, 400, "The authorization redirect carried no code.");
        return;
      }
      code.complete(value);
      respond(exchange, 200, "Authorization complete. You can close this window.");
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The decoded parameters of a raw query (first value of each name; at most 32). */
  public static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.length() > 16 * 1024) {
      return params;
    }
    for (String pair : raw.split("&", 33)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a malformed escape: the parameter is ignored
      }
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
