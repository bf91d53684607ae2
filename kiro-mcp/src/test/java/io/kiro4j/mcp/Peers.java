package io.kiro4j.mcp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kiro4j.core.process.ChildProcess;
import io.kiro4j.core.process.OutputHandler;
import io.kiro4j.core.process.ProcessSpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real MCP servers installed by {@code .ci/install-mcp-peers} (folder from the system property
 * {@code kiro4j.mcp.peers}, set by the module's surefire configuration, or the env var {@code
 * MCP_PEERS}). Tests that need them are skipped, saying so, only when the folder is absent.
 */
public final class Peers {

  private Peers() {}

  /** The peers folder; skips the calling test when it is not installed. */
  public static Path require() {
    String configured = System.getenv("MCP_PEERS");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("kiro4j.mcp.peers", "");
    }
    Path dir = configured.isBlank() ? null : Path.of(configured);
    assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve(".stamp")),
        "MCP peers not installed (run .ci/install-mcp-peers; looked in " + dir + ")");
    return dir;
  }

  /** {@code node} from the PATH (the peers run on the machine's Node). */
  public static String node() {
    return "node";
  }

  /** server-everything's entry script. */
  public static Path everything() {
    return require().resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
  }

  /** server-filesystem's entry script. */
  public static Path filesystem() {
    return require().resolve("node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");
  }

  /** argv of server-everything over stdio. */
  public static List<String> everythingStdio() {
    return List.of(node(), everything().toString(), "stdio");
  }

  /** A free loopback port. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Starts server-everything in an HTTP mode bound to loopback and waits until it listens.
   *
   * @param mode {@code streamableHttp} or {@code sse}
   * @param port the port
   * @return the running server; close it
   */
  public static ChildProcess startHttp(String mode, int port)
      throws IOException, InterruptedException {
    Path peers = require();
    ProcessSpec spec =
        ProcessSpec.builder(List.of(node(), everything().toString(), mode))
            .name("server-everything-" + mode)
            .environment("PORT", Integer.toString(port))
            .environment("NODE_OPTIONS", "--require " + peers.resolve("loopback.cjs"))
            .build();
    List<String> log = new ArrayList<>();
    ChildProcess child =
        ChildProcess.start(
            spec,
            OutputHandler.lines(
                l -> {
                  synchronized (log) {
                    log.add(l);
                  }
                },
                8192,
                l -> {}),
            OutputHandler.discard());
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return child;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    child.close();
    throw new IOException("server-everything " + mode + " did not listen on " + port + ": " + log);
  }
}
