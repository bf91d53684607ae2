package io.kiro4j.mcp.transport.stdio;

import io.kiro4j.core.process.ChildProcess;
import io.kiro4j.core.process.Exit;
import io.kiro4j.core.process.OutputHandler;
import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.core.process.StopPolicy;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stdio transport: newline-delimited JSON on the stdin and stdout of a server process started
 * with kiro-core's supervised {@link ChildProcess} (argv as given, never through a shell).
 *
 * <pre>{@code
 * ProcessSpec spec = ProcessSpec.builder("npx", "-y", "@modelcontextprotocol/server-everything")
 *     .workingDirectory(root)
 *     .isolation(ProcessSpec.Isolation.PROCESS_GROUP)
 *     .build();
 * try (McpClient client = McpClient.connect(StdioTransport.of(spec), McpClientOptions.defaults())) {
 *   client.listTools();
 * }
 * }</pre>
 *
 * <ul>
 *   <li>stdout: one JSON-RPC message (or, for 2025-03-26, a batch array) per line, UTF-8; a line
 *       that is not JSON is logged and skipped (servers print banners); a line longer than {@link
 *       #maxMessageBytes()} is dropped.
 *   <li>stderr: drained continuously to slf4j at debug (logger {@code
 *       io.kiro4j.mcp.transport.stdio.StdioTransport.stderr}); the last lines are kept for error
 *       messages. Output on stderr is never an error.
 *   <li>The server exiting fails every pending request at once with its exit code and the last
 *       stderr lines.
 *   <li>{@link #close()}: closes stdin, waits, SIGTERM, waits, SIGKILL to the whole process tree,
 *       each step bounded by the {@link StopPolicy} (2 s + 2 s + 2 s by default).
 *   <li>The spec is used as given. {@link ProcessSpec.Isolation#PROCESS_GROUP} (what {@code
 *       Mcp.stdio(List)} and {@code KiroMcp} ask for) keeps the server in this JVM's session, in a
 *       process group of its own, when this JVM has no controlling terminal: under CPU load on
 *       Linux, a server in a session of its own answers measurably slower (each session is
 *       scheduled as a group).
 * </ul>
 *
 * <p>{@link #overStreams(InputStream, OutputStream)} runs the same framing over any pair of streams
 * (an in-process server, tests). Messages are written on the thread that sends them, so prefer
 * {@link java.nio.channels.Pipe} to {@link java.io.PipedInputStream}: a piped input stream reports
 * "Pipe broken" once the thread that last wrote to it has ended (a pool thread retired a moment
 * after its call, for example).
 *
 * <p>Thread-safe: {@link #send} and {@link #close()} may be called from any thread; {@link #start}
 * is called once.
 */
public final class StdioTransport implements Transport {

  private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);
  private static final Logger STDERR =
      LoggerFactory.getLogger(StdioTransport.class.getName() + ".stderr");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int STDERR_TAIL = 20;

  /** Default largest message: 16 MiB. */
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  private final ProcessSpec spec;
  private final InputStream in;
  private final OutputStream out;
  private final StopPolicy stopPolicy;
  private final int maxMessageBytes;
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final Object writeLock = new Object();
  private volatile ChildProcess child;
  private volatile OutputStream stdin;
  private volatile Receiver receiver;
  private volatile Thread streamReader;

  private StdioTransport(
      ProcessSpec spec,
      InputStream in,
      OutputStream out,
      StopPolicy stopPolicy,
      int maxMessageBytes) {
    this.spec = spec;
    this.in = in;
    this.out = out;
    this.stopPolicy = stopPolicy;
    this.maxMessageBytes = maxMessageBytes;
  }

  /**
   * A transport that starts {@code spec} with the default stop policy and message size.
   *
   * @param spec the server command (argv, environment, working directory)
   * @return the transport, not started
   */
  public static StdioTransport of(ProcessSpec spec) {
    return of(spec, StopPolicy.defaults(), DEFAULT_MAX_MESSAGE_BYTES);
  }

  /**
   * @param spec the server command
   * @param stopPolicy the grace periods of {@link #close()}
   * @param maxMessageBytes the longest line accepted from the server
   * @return the transport, not started
   */
  public static StdioTransport of(ProcessSpec spec, StopPolicy stopPolicy, int maxMessageBytes) {
    return new StdioTransport(
        Objects.requireNonNull(spec, "spec"),
        null,
        null,
        Objects.requireNonNull(stopPolicy),
        maxMessageBytes);
  }

  /**
   * The stdio framing over existing streams: messages are read from {@code in} on a daemon thread
   * and written to {@code out}. {@link #close()} closes both.
   *
   * @param in what the server writes
   * @param out what the server reads
   * @return the transport, not started
   */
  public static StdioTransport overStreams(InputStream in, OutputStream out) {
    return new StdioTransport(
        null,
        Objects.requireNonNull(in),
        Objects.requireNonNull(out),
        StopPolicy.defaults(),
        DEFAULT_MAX_MESSAGE_BYTES);
  }

  /** The longest message accepted, in bytes. */
  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  /** The server process, once started (empty over plain streams). */
  public java.util.Optional<ChildProcess> process() {
    return java.util.Optional.ofNullable(child);
  }

  @Override
  public void start(Receiver receiver) {
    this.receiver = Objects.requireNonNull(receiver, "receiver");
    OutputHandler stdout = OutputHandler.lines(this::onLine, maxMessageBytes, this::onTooLong);
    if (spec == null) {
      stdin = out;
      Thread thread = new Thread(() -> pump(stdout), "kiro4j-mcp-stdio-reader");
      thread.setDaemon(true);
      streamReader = thread;
      thread.start();
      return;
    }
    OutputHandler stderr = OutputHandler.lines(this::onStderr, 64 * 1024, this::onStderr);
    try {
      child = ChildProcess.start(spec, stdout, stderr);
    } catch (IOException e) {
      throw new TransportException(
          "cannot start MCP server " + spec.name() + ": " + e.getMessage(), e);
    }
    stdin = child.stdin();
    child.onExit().thenAccept(this::onExit);
  }

  private void pump(OutputHandler stdout) {
    byte[] buffer = new byte[64 * 1024];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (n > 0) {
          stdout.onBytes(buffer, 0, n);
        }
      }
      stdout.onEnd();
      if (!closing.get()) {
        receiver.onClosed(new TransportException("the server closed its output"));
      }
    } catch (IOException e) {
      if (!closing.get()) {
        receiver.onClosed(
            new TransportException("reading from the server failed: " + e.getMessage(), e));
      }
    }
  }

  private void onExit(Exit exit) {
    if (closing.get()) {
      return;
    }
    List<String> tail = stderrTail();
    java.util.OptionalInt code = exit.exitValue();
    StringBuilder message = new StringBuilder("MCP server ").append(spec.name()).append(" exited");
    if (code.isPresent()) {
      message.append(" with code ").append(code.getAsInt());
    }
    if (!tail.isEmpty()) {
      message.append("; last stderr: ").append(tail.get(tail.size() - 1));
    }
    receiver.onClosed(new TransportException(message.toString(), null, -1, code, tail));
  }

  private void onLine(String line) {
    if (line.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      LOG.warn("{}: skipping a line that is not JSON ({} chars)", describe(), line.length());
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        receiver.onMessage(element);
      }
    } else if (node.isObject()) {
      receiver.onMessage(node);
    } else {
      LOG.warn("{}: skipping a line that is not a JSON-RPC message", describe());
    }
  }

  private void onTooLong(String beginning) {
    LOG.warn("{}: dropping a message longer than {} bytes", describe(), maxMessageBytes);
  }

  private void onStderr(String line) {
    STDERR.debug("[{}] {}", describe(), line);
    synchronized (stderrTail) {
      if (stderrTail.size() == STDERR_TAIL) {
        stderrTail.removeFirst();
      }
      stderrTail.addLast(line);
    }
  }

  /** The last lines the server wrote to stderr (at most 20). */
  public List<String> stderrTail() {
    synchronized (stderrTail) {
      return new ArrayList<>(stderrTail);
    }
  }

  @Override
  public CompletableFuture<Void> send(ObjectNode message) {
    OutputStream target = stdin;
    if (target == null) {
      return CompletableFuture.failedFuture(new TransportException("transport not started"));
    }
    byte[] json = MAPPER.writeValueAsBytes(message);
    byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
    line[json.length] = '\n';
    try {
      if (spec != null) {
        // ChildProcess's stdin: one flushed write, never interleaved with another thread's.
        target.write(line);
      } else {
        synchronized (writeLock) {
          target.write(line);
          target.flush();
        }
      }
      return CompletableFuture.completedFuture(null);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(
          new TransportException("writing to " + describe() + " failed: " + e.getMessage(), e));
    }
  }

  @Override
  public String describe() {
    return spec == null ? "stdio streams" : spec.name();
  }

  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    if (child != null) {
      Exit exit = child.stop(stopPolicy);
      LOG.debug("{} stopped: {}", describe(), exit);
      return;
    }
    if (out == null) {
      return; // a process that never started
    }
    try {
      out.close();
    } catch (IOException e) {
      LOG.debug("closing output failed", e);
    }
    try {
      in.close();
    } catch (IOException e) {
      LOG.debug("closing input failed", e);
    }
    Thread reader = streamReader;
    if (reader != null) {
      // Some streams (PipedInputStream) do not wake a blocked read on close; an interrupt does.
      reader.interrupt();
      try {
        reader.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
