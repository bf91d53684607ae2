package io.kiro4j.mcp.group;

import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.Tool;
import io.kiro4j.mcp.transport.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Several MCP servers started together, as an agent's effective configuration lists them: all start
 * concurrently under one start-up timeout; a server that fails or times out is reported in its
 * {@link ServerState} and never affects the others.
 *
 * <pre>{@code
 * try (McpServerGroup group = McpServerGroup.start(launches, Duration.ofSeconds(30))) {
 *   for (ServerState server : group.servers()) {
 *     System.out.println(server.name() + " " + server.status().label() + " " + server.tools().size());
 *   }
 * }
 * }</pre>
 *
 * <p>Thread-safe: the server list is fixed when {@link #start} returns, each {@link McpClient} is
 * thread-safe, and {@link #close()} may be called from any thread.
 */
public final class McpServerGroup implements AutoCloseable {

  private final List<ServerState> servers;

  private McpServerGroup(List<ServerState> servers) {
    this.servers = List.copyOf(servers);
  }

  /**
   * Starts every server concurrently and waits until each connected and listed its tools, failed,
   * or the timeout passed (those are stopped and reported as {@link ServerState.Status#TIMEOUT}).
   *
   * @param launches the servers
   * @param startupTimeout the longest wait, for all of them together
   * @return the group; close it
   */
  public static McpServerGroup start(List<ServerLaunch> launches, Duration startupTimeout) {
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    List<CompletableFuture<McpClient>> connects = new ArrayList<>();
    List<CompletableFuture<ServerState>> starts = new ArrayList<>();
    for (ServerLaunch launch : launches) {
      Transport transport;
      try {
        transport = launch.transport().get();
      } catch (RuntimeException e) {
        connects.add(null);
        starts.add(CompletableFuture.completedFuture(failed(launch.name(), e)));
        continue;
      }
      CompletableFuture<McpClient> connect = McpClient.connectAsync(transport, launch.options());
      connects.add(connect);
      starts.add(
          connect
              .thenCompose(
                  client ->
                      client
                          .listToolsAsync()
                          .handle(
                              (tools, failure) -> {
                                if (failure != null) {
                                  client.close();
                                  return failed(launch.name(), failure);
                                }
                                return new ServerState(
                                    launch.name(),
                                    ServerState.Status.CONNECTED,
                                    Optional.of(client),
                                    tools,
                                    Optional.empty());
                              }))
              .exceptionally(failure -> failed(launch.name(), failure)));
    }
    List<ServerState> states = new ArrayList<>();
    for (int i = 0; i < launches.size(); i++) {
      CompletableFuture<ServerState> start = starts.get(i);
      long remaining = Math.max(0, deadline - System.nanoTime());
      try {
        states.add(start.get(remaining, TimeUnit.NANOSECONDS));
      } catch (TimeoutException e) {
        // Cancelling the connection stops the server; a client already connected is closed.
        CompletableFuture<McpClient> connect = connects.get(i);
        if (connect != null && !connect.cancel(false)) {
          connect.thenAccept(McpClient::close);
        }
        start.thenAccept(late -> late.client().ifPresent(McpClient::close));
        states.add(
            new ServerState(
                launches.get(i).name(),
                ServerState.Status.TIMEOUT,
                Optional.empty(),
                List.of(),
                Optional.of("not ready within " + startupTimeout.toMillis() + " ms")));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        for (CompletableFuture<McpClient> connect : connects) {
          if (connect != null) {
            connect.cancel(false);
          }
        }
        throw new IllegalStateException("interrupted while starting MCP servers", e);
      } catch (ExecutionException e) {
        states.add(failed(launches.get(i).name(), e.getCause()));
      }
    }
    states.sort(Comparator.comparing(ServerState::name));
    return new McpServerGroup(states);
  }

  private static ServerState failed(String name, Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return new ServerState(
        name,
        ServerState.Status.FAILED,
        Optional.empty(),
        List.<Tool>of(),
        Optional.of(String.valueOf(cause.getMessage())));
  }

  /** Every server, sorted by name. */
  public List<ServerState> servers() {
    return servers;
  }

  /**
   * The server of that name.
   *
   * @param name the server name
   * @return its state, if it was in the group
   */
  public Optional<ServerState> server(String name) {
    return servers.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Closes every connected server concurrently and waits for all of them. */
  @Override
  public void close() {
    List<CompletableFuture<Void>> closing = new ArrayList<>();
    for (ServerState server : servers) {
      server
          .client()
          .ifPresent(
              client ->
                  closing.add(
                      CompletableFuture.runAsync(
                          client::close,
                          runnable -> {
                            Thread thread =
                                new Thread(runnable, "kiro4j-mcp-close-" + server.name());
                            thread.setDaemon(true);
                            thread.start();
                          })));
    }
    CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0])).join();
  }
}
