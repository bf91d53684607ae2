package io.kiro4j.benchmarks.mcp;

import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.http.StreamableHttpTransport;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * kiro4j's MCP client side by side with the raw floor client ({@link RawStdioClient}) against the
 * same server-everything, in one run. Not JMH: the measures are latency percentiles, throughput
 * with a bounded window, process CPU and close times of real child processes.
 *
 * <pre>
 * .ci/install-mcp-peers
 * java -cp benchmarks/target/benchmarks.jar io.kiro4j.benchmarks.mcp.McpClientBenchmark .ci-cache/mcp-peers
 * </pre>
 */
public final class McpClientBenchmark {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int WARMUP = 5000;
  private static final int SEQUENTIAL = 2000;
  private static final int PIPELINED = 20000;
  private static final int WINDOW = 1000;
  private static final int RUNS = 5;

  private McpClientBenchmark() {}

  /** The operations both clients offer. */
  interface Client extends AutoCloseable {
    CompletableFuture<?> ping();

    CompletableFuture<?> echo();
  }

  static final class Raw implements Client {
    final RawStdioClient client;
    final JsonNode echoParams;

    Raw(List<String> argv) throws Exception {
      client = new RawStdioClient(argv);
      client.initialize();
      var p = NODES.objectNode().put("name", "echo");
      p.putObject("arguments").put("message", "hello");
      echoParams = p;
    }

    @Override
    public CompletableFuture<?> ping() {
      return client.request("ping", null);
    }

    @Override
    public CompletableFuture<?> echo() {
      return client.request("tools/call", echoParams);
    }

    @Override
    public void close() throws Exception {
      client.close();
    }
  }

  static final class Kiro implements Client {
    final McpClient client;
    final JsonNode args = NODES.objectNode().put("message", "hello");

    Kiro(McpClient client) {
      this.client = client;
    }

    @Override
    public CompletableFuture<?> ping() {
      return client.pingAsync();
    }

    @Override
    public CompletableFuture<?> echo() {
      return client.callToolAsync("echo", args);
    }

    @Override
    public void close() {
      client.close();
    }
  }

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
  }

  /** One result row: medians over the runs. */
  record Row(
      String name,
      double spawnInitMs,
      double closeMs,
      double pingP50,
      double pingP99,
      double echoP50,
      double echoP99,
      double pipelined,
      double cpuUsPerReq) {}

  static Row measure(String name, Supplier<Client> connect) throws Exception {
    double[] spawn = new double[RUNS];
    double[] close = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      Client c = connect.get();
      c.ping().get();
      long t1 = System.nanoTime();
      // server-everything finishes its own start-up about 370 ms after initialize and only then
      // reacts to stdin EOF; let it settle so close measures the clients, not that delay.
      Thread.sleep(1000);
      long t2 = System.nanoTime();
      c.close();
      long t3 = System.nanoTime();
      spawn[i] = (t1 - t0) / 1e6;
      close[i] = (t3 - t2) / 1e6;
    }
    double[] p50 = new double[RUNS];
    double[] p99 = new double[RUNS];
    double[] e50 = new double[RUNS];
    double[] e99 = new double[RUNS];
    double[] rps = new double[RUNS];
    double[] cpu = new double[RUNS];
    try (Client c = connect.get()) {
      for (int i = 0; i < WARMUP; i++) {
        c.ping().get();
        if (i % 2 == 0) {
          c.echo().get();
        }
      }
      for (int r = 0; r < RUNS; r++) {
        long[] lat = new long[SEQUENTIAL];
        long cpu0 = cpuNanos();
        for (int i = 0; i < SEQUENTIAL; i++) {
          long s = System.nanoTime();
          c.ping().get();
          lat[i] = System.nanoTime() - s;
        }
        cpu[r] = (cpuNanos() - cpu0) / 1000.0 / SEQUENTIAL;
        p50[r] = percentile(lat, 0.50);
        p99[r] = percentile(lat, 0.99);
        for (int i = 0; i < SEQUENTIAL; i++) {
          long s = System.nanoTime();
          c.echo().get();
          lat[i] = System.nanoTime() - s;
        }
        e50[r] = percentile(lat, 0.50);
        e99[r] = percentile(lat, 0.99);
        rps[r] = pipelined(c::ping, PIPELINED);
      }
    }
    return new Row(
        name,
        median(spawn),
        median(close),
        median(p50),
        median(p99),
        median(e50),
        median(e99),
        median(rps),
        median(cpu));
  }

  static double pipelined(Supplier<CompletableFuture<?>> op, int count) throws Exception {
    Semaphore window = new Semaphore(WINDOW);
    List<CompletableFuture<?>> last = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      window.acquire();
      CompletableFuture<?> f = op.get();
      f.whenComplete((x, e) -> window.release());
      if (i >= count - WINDOW) {
        last.add(f);
      }
    }
    CompletableFuture.allOf(last.toArray(new CompletableFuture<?>[0])).get();
    window.acquire(WINDOW);
    return count / ((System.nanoTime() - start) / 1e9);
  }

  /** An in-JVM echo peer on piped streams: answers every request with an empty result. */
  static double inJvmEcho(int count) throws Exception {
    PipedInputStream clientIn = new PipedInputStream(1 << 20);
    OutputStream toClient = new PipedOutputStream(clientIn);
    PipedInputStream serverIn = new PipedInputStream(1 << 20);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    Thread peer =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(serverIn, StandardCharsets.UTF_8))) {
                String line;
                StringBuilder batch = new StringBuilder();
                while ((line = in.readLine()) != null) {
                  int at = line.indexOf("\"id\":");
                  if (at < 0) {
                    continue;
                  }
                  int end = at + 5;
                  while (end < line.length() && Character.isDigit(line.charAt(end))) {
                    end++;
                  }
                  String id = line.substring(at + 5, end);
                  String result =
                      line.contains("\"initialize\"")
                          ? "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"serverInfo\":{\"name\":\"echo\",\"version\":\"1\"}}"
                          : "{}";
                  batch
                      .append("{\"jsonrpc\":\"2.0\",\"id\":")
                      .append(id)
                      .append(",\"result\":")
                      .append(result)
                      .append("}\n");
                  if (!in.ready()) {
                    toClient.write(batch.toString().getBytes(StandardCharsets.UTF_8));
                    toClient.flush();
                    batch.setLength(0);
                  }
                }
                toClient.close();
              } catch (Exception e) {
                // closed
              }
            },
            "echo-peer");
    peer.setDaemon(true);
    peer.start();
    try (McpClient client =
        McpClient.connect(
            StdioTransport.overStreams(clientIn, clientOut), McpClientOptions.defaults())) {
      pipelined(client::pingAsync, count); // warm-up
      double[] runs = new double[RUNS];
      for (int r = 0; r < RUNS; r++) {
        runs[r] = pipelined(client::pingAsync, count);
      }
      return median(runs);
    }
  }

  /** Sequential ping p50 and p99 over Streamable HTTP for each client, against one server. */
  static List<double[]> httpSequential(Path peers, List<Function<URI, Client>> clients)
      throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "node",
                peers
                    .resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js")
                    .toString(),
                "streamableHttp")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PORT", Integer.toString(port));
    pb.environment().put("NODE_OPTIONS", "--require " + peers.resolve("loopback.cjs"));
    Process server = pb.start();
    try {
      for (int i = 0; i < 200; i++) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
          break;
        } catch (java.io.IOException e) {
          Thread.sleep(50);
        }
      }
      URI url = URI.create("http://127.0.0.1:" + port + "/mcp");
      // All clients on the same server at once, warmed up and measured in alternating rounds, so
      // the Node server's own warm-up (it speeds up about 2x) favours none of them.
      List<Client> connected = new ArrayList<>();
      try {
        for (Function<URI, Client> connect : clients) {
          connected.add(connect.apply(url));
        }
        for (int i = 0; i < 3000; i++) {
          for (Client client : connected) {
            client.ping().get();
            if (i % 2 == 0) {
              client.echo().get();
            }
          }
        }
        double[][] p50 = new double[connected.size()][RUNS];
        double[][] p99 = new double[connected.size()][RUNS];
        double[][] e50 = new double[connected.size()][RUNS];
        double[][] e99 = new double[connected.size()][RUNS];
        for (int r = 0; r < RUNS; r++) {
          for (int c = 0; c < connected.size(); c++) {
            long[] lat = new long[500];
            for (int i = 0; i < lat.length; i++) {
              long s = System.nanoTime();
              connected.get(c).ping().get();
              lat[i] = System.nanoTime() - s;
            }
            p50[c][r] = percentile(lat, 0.5);
            p99[c][r] = percentile(lat, 0.99);
            for (int i = 0; i < lat.length; i++) {
              long s = System.nanoTime();
              connected.get(c).echo().get();
              lat[i] = System.nanoTime() - s;
            }
            e50[c][r] = percentile(lat, 0.5);
            e99[c][r] = percentile(lat, 0.99);
          }
        }
        List<double[]> results = new ArrayList<>();
        for (int c = 0; c < connected.size(); c++) {
          results.add(
              new double[] {median(p50[c]), median(p99[c]), median(e50[c]), median(e99[c])});
        }
        return results;
      } finally {
        for (Client client : connected) {
          client.close();
        }
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /**
   * A CPU-bound process beside the benchmark ({@code yes > /dev/null}): on two cores, with the
   * server and the client each wanting one, it is what a busy developer machine looks like.
   */
  static Process busyBackground(boolean ownSession) throws Exception {
    List<String> command = ownSession ? List.of("setsid", "yes") : List.of("yes");
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Rounds of the alternating pipelined measure. */
  private static final int ALTERNATING_ROUNDS = 11;

  /**
   * Pipelined throughput of every client on its own connection, in alternating rounds so load that
   * comes and goes on a shared machine favours none of them. Per client: the median req/s, the
   * median of the per-round ratios to the first client (each against the floor's run of the same
   * round) and the median JVM CPU time per request.
   */
  static double[][] pipelinedInterleaved(List<Supplier<Client>> connects) throws Exception {
    List<Client> clients = new ArrayList<>();
    try {
      for (Supplier<Client> connect : connects) {
        clients.add(connect.get());
      }
      for (Client c : clients) {
        pipelined(c::ping, PIPELINED); // warm-up
      }
      double[][] rps = new double[clients.size()][ALTERNATING_ROUNDS];
      double[][] ratio = new double[clients.size()][ALTERNATING_ROUNDS];
      double[][] cpu = new double[clients.size()][ALTERNATING_ROUNDS];
      for (int r = 0; r < ALTERNATING_ROUNDS; r++) {
        for (int c = 0; c < clients.size(); c++) {
          long cpu0 = cpuNanos();
          rps[c][r] = pipelined(clients.get(c)::ping, PIPELINED);
          cpu[c][r] = (cpuNanos() - cpu0) / 1000.0 / PIPELINED;
          ratio[c][r] = rps[c][r] / rps[0][r];
        }
      }
      double[][] result = new double[clients.size()][];
      for (int c = 0; c < clients.size(); c++) {
        result[c] = new double[] {median(rps[c]), median(ratio[c]), median(cpu[c])};
      }
      return result;
    } finally {
      for (Client c : clients) {
        c.close();
      }
    }
  }

  static String loadAverage() {
    try {
      String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  /**
   * Arguments: the peers folder ({@code .ci-cache/mcp-peers}), then options: {@code --stdio-only}
   * skips the in-JVM and Streamable HTTP parts; {@code --pipelined-only} measures only the
   * alternating pipelined rounds over stdio; {@code --in-jvm-only} only the in-JVM echo peer;
   * {@code --conditions quiet,busy} chooses the stdio conditions (default both; {@code busy} runs
   * one CPU-bound {@code yes > /dev/null} beside).
   */
  public static void main(String[] args) throws Exception {
    Path peers = Path.of(".ci-cache/mcp-peers");
    boolean stdioOnly = false;
    boolean pipelinedOnly = false;
    List<String> conditions = List.of("quiet", "busy");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--stdio-only" -> stdioOnly = true;
        case "--pipelined-only" -> pipelinedOnly = stdioOnly = true;
        case "--in-jvm-only" -> conditions = List.of();
        case "--conditions" -> conditions = List.of(args[++i].split(","));
        default -> peers = Path.of(args[i]);
      }
    }
    peers = peers.toAbsolutePath();
    List<String> argv =
        List.of(
            "node",
            peers
                .resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js")
                .toString(),
            "stdio");
    Function<Exception, RuntimeException> wrap = RuntimeException::new;
    Supplier<Client> raw =
        () -> {
          try {
            return new Raw(argv);
          } catch (Exception e) {
            throw wrap.apply(e);
          }
        };
    // As Mcp.stdio and KiroMcp start servers: their own process group in this session where safe.
    Supplier<Client> kiro =
        () ->
            new Kiro(
                McpClient.connect(
                    StdioTransport.of(
                        ProcessSpec.builder(argv)
                            .isolation(ProcessSpec.Isolation.PROCESS_GROUP)
                            .build()),
                    McpClientOptions.defaults()));
    // The default isolation (setsid, a session of its own): what every server got before.
    Supplier<Client> kiroOwnSession =
        () ->
            new Kiro(
                McpClient.connect(
                    StdioTransport.of(
                        ProcessSpec.builder(argv).isolation(ProcessSpec.Isolation.SESSION).build()),
                    McpClientOptions.defaults()));
    Supplier<Client> sdk = () -> SdkClient.stdio(argv);
    // kiro4j starts servers through setsid (their own process group, so close reaches the whole
    // tree); with Linux's autogroup scheduling that also gives the server a CPU share of its own.
    List<String> setsidArgv = new ArrayList<>(List.of("setsid"));
    setsidArgv.addAll(argv);
    Supplier<Client> rawOwnSession =
        () -> {
          try {
            return new Raw(setsidArgv);
          } catch (Exception e) {
            throw wrap.apply(e);
          }
        };
    // GNU timeout with no limit puts itself and the server in a new process group without a new
    // session: what a same-session process group would cost.
    List<String> groupArgv = new ArrayList<>(List.of("timeout", "0"));
    groupArgv.addAll(argv);
    Supplier<Client> rawOwnGroup =
        () -> {
          try {
            return new Raw(groupArgv);
          } catch (Exception e) {
            throw wrap.apply(e);
          }
        };
    for (String condition : conditions) {
      Process background =
          condition.startsWith("busy") ? busyBackground(condition.equals("busy-session")) : null;
      try {
        String loadBefore = loadAverage();
        List<Row> rows = new ArrayList<>();
        if (!pipelinedOnly) {
          rows.add(measure("floor (raw JDK)", raw));
          rows.add(measure("kiro4j", kiro));
          rows.add(measure("official SDK 2.1.0", sdk));
        }
        double[][] interleaved =
            pipelinedInterleaved(
                List.of(raw, kiro, sdk, rawOwnSession, rawOwnGroup, kiroOwnSession));
        System.out.println();
        System.out.println(
            "stdio, "
                + condition
                + (background != null
                    ? condition.equals("busy")
                        ? " (one `yes > /dev/null` in the benchmark's session)"
                        : " (one `setsid yes > /dev/null`)"
                    : "")
                + "; load average "
                + loadBefore
                + " before, "
                + loadAverage()
                + " after");
        System.out.println(
            "| client | spawn+init ms | close ms | ping p50 µs | ping p99 µs | echo p50 µs | echo p99 µs | CPU µs/ping | pipelined req/s | ×floor | alternating: req/s | ×floor | CPU µs/req |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        String[] names = {"floor (raw JDK)", "kiro4j", "official SDK 2.1.0"};
        for (int i = 0; i < names.length; i++) {
          if (rows.isEmpty()) {
            System.out.println(
                String.format(
                    Locale.ROOT,
                    "| %s | | | | | | | | | | %,.0f | %.2f | %.1f |",
                    names[i],
                    interleaved[i][0],
                    interleaved[i][1],
                    interleaved[i][2]));
            continue;
          }
          Row r = rows.get(i);
          System.out.println(
              String.format(
                  Locale.ROOT,
                  "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %,.0f | %.2f | %,.0f | %.2f | %.1f |",
                  r.name(),
                  r.spawnInitMs(),
                  r.closeMs(),
                  r.pingP50(),
                  r.pingP99(),
                  r.echoP50(),
                  r.echoP99(),
                  r.cpuUsPerReq(),
                  r.pipelined(),
                  r.pipelined() / rows.get(0).pipelined(),
                  interleaved[i][0],
                  interleaved[i][1],
                  interleaved[i][2]));
        }
        System.out.println(
            String.format(
                Locale.ROOT,
                "| floor, server through setsid | | | | | | | | | | %,.0f | %.2f | %.1f |",
                interleaved[3][0],
                interleaved[3][1],
                interleaved[3][2]));
        System.out.println(
            String.format(
                Locale.ROOT,
                "| floor, server through `timeout 0` (own group, same session) | | | | | | | | | | %,.0f | %.2f | %.1f |",
                interleaved[4][0],
                interleaved[4][1],
                interleaved[4][2]));
        System.out.println(
            String.format(
                Locale.ROOT,
                "| kiro4j, server in its own session (Isolation.SESSION) | | | | | | | | | | %,.0f | %.2f | %.1f |",
                interleaved[5][0],
                interleaved[5][1],
                interleaved[5][2]));
      } finally {
        if (background != null) {
          background.destroy();
          background.waitFor();
        }
      }
    }
    if (stdioOnly) {
      return;
    }
    long cpu0 = cpuNanos();
    double echoRate = inJvmEcho(100_000);
    System.out.println(
        String.format(
            Locale.ROOT,
            "in-JVM echo peer over piped streams, pipelined (window %d): %.0f req/s, %.1f µs CPU per"
                + " request (client and peer)",
            WINDOW,
            echoRate,
            (cpuNanos() - cpu0) / 1000.0 / (100_000 * (RUNS + 1))));
    if (conditions.isEmpty()) {
      return;
    }
    List<double[]> http =
        httpSequential(
            peers,
            List.of(
                url -> {
                  try {
                    return new RawHttpClient(url);
                  } catch (Exception e) {
                    throw wrap.apply(e);
                  }
                },
                url ->
                    new Kiro(
                        McpClient.connect(
                            new StreamableHttpTransport(url, HttpOptions.defaults()),
                            McpClientOptions.defaults())),
                SdkClient::streamableHttp));
    String[] names = {"floor (raw JDK HttpClient)", "kiro4j", "official SDK 2.1.0"};
    System.out.println();
    System.out.println(
        "| Streamable HTTP | ping p50 µs | ping p99 µs | echo p50 µs | echo p99 µs |");
    System.out.println("|---|---|---|---|---|");
    for (int i = 0; i < names.length; i++) {
      double[] h = http.get(i);
      System.out.println(
          String.format(
              Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |", names[i], h[0], h[1], h[2], h[3]));
    }
  }
}
