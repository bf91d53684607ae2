package io.kiro4j.benchmarks.mcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The floor: the least a JDK stdio MCP client can do. One reader thread, writes on the caller's
 * thread under a lock, one stderr drain thread, Jackson trees, a map of pending futures; no
 * timeouts, no supervision. Close = close stdin, wait for exit (then destroy).
 */
final class RawStdioClient implements AutoCloseable {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Process process;
  private final OutputStream stdin;
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1);

  RawStdioClient(List<String> argv) throws IOException {
    process = new ProcessBuilder(argv).start();
    stdin = process.getOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  JsonNode node = MAPPER.readTree(line);
                  JsonNode id = node.get("id");
                  if (id != null && !node.has("method")) {
                    CompletableFuture<JsonNode> f = pending.remove(id.longValue());
                    if (f != null) {
                      f.complete(node.path("result"));
                    }
                  }
                }
              } catch (IOException e) {
                // ended
              }
            },
            "raw-reader");
    reader.setDaemon(true);
    reader.start();
    Thread err =
        new Thread(
            () -> {
              try {
                process.getErrorStream().transferTo(OutputStream.nullOutputStream());
              } catch (IOException e) {
                // ended
              }
            },
            "raw-stderr");
    err.setDaemon(true);
    err.start();
  }

  CompletableFuture<JsonNode> request(String method, JsonNode params) {
    long id = ids.getAndIncrement();
    ObjectNode msg =
        MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    if (params != null) {
      msg.set("params", params);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    byte[] bytes = (MAPPER.writeValueAsString(msg) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      synchronized (stdin) {
        stdin.write(bytes);
        stdin.flush();
      }
    } catch (IOException e) {
      f.completeExceptionally(e);
    }
    return f;
  }

  void notifyInitialized() throws IOException {
    synchronized (stdin) {
      stdin.write(
          "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
              .getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    }
  }

  void initialize() throws Exception {
    ObjectNode params = MAPPER.createObjectNode().put("protocolVersion", "2025-11-25");
    params.putObject("capabilities");
    params.putObject("clientInfo").put("name", "raw").put("version", "1");
    request("initialize", params).get(60, TimeUnit.SECONDS);
    notifyInitialized();
  }

  @Override
  public void close() throws Exception {
    stdin.close();
    if (!process.waitFor(4, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
