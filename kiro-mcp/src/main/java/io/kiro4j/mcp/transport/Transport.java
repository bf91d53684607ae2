package io.kiro4j.mcp.transport;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries JSON-RPC messages between the client and one MCP server: stdio, Streamable HTTP or the
 * legacy HTTP+SSE transport.
 *
 * <p>A transport is started once with a {@link Receiver}, sends messages from any thread, hands
 * every message it receives to the receiver (on its own threads, in the order of each stream), and
 * reports once, through {@link Receiver#onClosed}, that the connection ended by itself. {@link
 * #close()} releases everything (processes, connections, threads) within bounded time.
 *
 * <p>Implementations are thread-safe: {@link #send} and {@link #close()} may be called from any
 * thread; {@link #start} is called once.
 */
public interface Transport extends AutoCloseable {

  /** Receives what the server sends. Called from transport threads; must not block for long. */
  interface Receiver {

    /**
     * One JSON-RPC message (a batch array is split by the transport).
     *
     * @param message a JSON object
     */
    void onMessage(JsonNode message);

    /**
     * The connection ended without {@link #close()} being called: the server process exited, the
     * stream broke.
     *
     * @param cause what happened
     */
    void onClosed(TransportException cause);
  }

  /**
   * Starts the transport: spawns the process, or prepares the HTTP client.
   *
   * @param receiver receives every message from the server
   * @throws TransportException if it cannot start
   */
  void start(Receiver receiver);

  /**
   * Sends one message.
   *
   * @param message a JSON-RPC request, notification or response
   * @return completes when the message was handed over (written to stdin, accepted by the HTTP
   *     server); fails with a {@link TransportException} (a {@link SessionExpiredException} when
   *     the HTTP session is gone)
   */
  CompletableFuture<Void> send(ObjectNode message);

  /**
   * Told as soon as the server's {@code initialize} result was accepted, before {@code
   * notifications/initialized} is sent: HTTP transports send the version in the {@code
   * MCP-Protocol-Version} header from then on.
   *
   * @param protocolVersion the negotiated version
   */
  default void negotiated(String protocolVersion) {}

  /**
   * Told once {@code initialize} succeeded and {@code notifications/initialized} was sent: HTTP
   * transports send the version in the {@code MCP-Protocol-Version} header from then on and may
   * open their stream for server messages.
   *
   * @param protocolVersion the negotiated version
   */
  default void initialized(String protocolVersion) {}

  /** A short description for messages and logs: the command name or the URL. */
  String describe();

  /** Ends the connection and releases its resources. Idempotent; never throws. */
  @Override
  void close();
}
