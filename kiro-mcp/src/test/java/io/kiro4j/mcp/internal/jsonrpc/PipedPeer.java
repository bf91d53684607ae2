package io.kiro4j.mcp.internal.jsonrpc;

import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-JVM peer on piped streams: the test reads what the client sent and writes whatever it wants
 * back (well-formed or not, in any order).
 *
 * <p>The pipes are NIO {@link Pipe}s, not {@code PipedInputStream}s: a piped input stream reports
 * "Pipe broken" once the thread that last wrote to it has ended, and the client writes from its
 * callers' threads — a common-pool worker that ForkJoinPool retires a moment later ended the peer's
 * reader and failed tests at random.
 */
public final class PipedPeer implements AutoCloseable {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  public final StdioTransport transport;
  private final BufferedReader fromClient;
  private final OutputStream toClient;
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private final Thread reader;

  public PipedPeer() throws IOException {
    Pipe toClientPipe = Pipe.open();
    toClient = Channels.newOutputStream(toClientPipe.sink());
    Pipe fromClientPipe = Pipe.open();
    transport =
        StdioTransport.overStreams(
            Channels.newInputStream(toClientPipe.source()),
            Channels.newOutputStream(fromClientPipe.sink()));
    fromClient =
        new BufferedReader(
            new InputStreamReader(
                Channels.newInputStream(fromClientPipe.source()), StandardCharsets.UTF_8));
    reader =
        new Thread(
            () -> {
              try {
                String line;
                while ((line = fromClient.readLine()) != null) {
                  received.add(MAPPER.readTree(line));
                }
              } catch (IOException e) {
                // closed
              }
            },
            "piped-peer");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next message the client sent (fails after 5 s). */
  public JsonNode next() throws InterruptedException {
    JsonNode node = received.poll(5, TimeUnit.SECONDS);
    if (node == null) {
      throw new AssertionError("the client sent nothing within 5 s");
    }
    return node;
  }

  /** The next message, or null if none came within the wait. */
  public JsonNode poll(long millis) throws InterruptedException {
    return received.poll(millis, TimeUnit.MILLISECONDS);
  }

  public synchronized void writeLine(String line) throws IOException {
    toClient.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    toClient.flush();
  }

  public void respond(JsonNode request, String resultJson) throws IOException {
    writeLine(
        "{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id") + ",\"result\":" + resultJson + "}");
  }

  public void closeOutput() throws IOException {
    toClient.close();
  }

  @Override
  public void close() throws IOException {
    toClient.close();
  }
}
