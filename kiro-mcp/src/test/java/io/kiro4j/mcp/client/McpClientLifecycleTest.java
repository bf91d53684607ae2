package io.kiro4j.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.mcp.McpException;
import io.kiro4j.mcp.internal.jsonrpc.PipedPeer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Lifecycle and list features of {@link McpClient} against a scripted in-JVM peer. */
class McpClientLifecycleTest {

  private static final String INIT_RESULT =
      "{\"protocolVersion\":\"%s\",\"capabilities\":{\"tools\":{\"listChanged\":true}},\"serverInfo\":{\"name\":\"fake\",\"version\":\"1\"}}";

  private static McpClient connect(PipedPeer peer, String version, McpClientOptions options)
      throws Exception {
    CompletableFuture<McpClient> connecting = McpClient.connectAsync(peer.transport, options);
    JsonNode init = peer.next();
    assertThat(init.path("method").asString()).isEqualTo("initialize");
    assertThat(init.path("params").path("protocolVersion").asString()).isEqualTo("2025-11-25");
    assertThat(init.path("params").path("clientInfo").path("name").asString()).isNotEmpty();
    peer.respond(init, String.format(INIT_RESULT, version));
    if (McpClient.SUPPORTED_PROTOCOL_VERSIONS.contains(version)) {
      assertThat(peer.next().path("method").asString()).isEqualTo("notifications/initialized");
    }
    return McpClient.await(connecting);
  }

  @Test
  void olderSupportedVersionsAreAccepted() throws Exception {
    for (String version : List.of("2025-06-18", "2025-03-26", "2024-11-05")) {
      try (PipedPeer peer = new PipedPeer();
          McpClient client = connect(peer, version, McpClientOptions.defaults())) {
        assertThat(client.protocolVersion()).isEqualTo(version);
      }
    }
  }

  @Test
  void unsupportedVersionDisconnectsWithAClearError() throws Exception {
    try (PipedPeer peer = new PipedPeer()) {
      assertThatThrownBy(() -> connect(peer, "1999-01-01", McpClientOptions.defaults()))
          .isInstanceOf(McpException.class)
          .hasMessageContaining("unsupported protocol version '1999-01-01'");
    }
  }

  @Test
  void capabilitiesFollowTheRegisteredHandlers() throws Exception {
    McpClientOptions options =
        McpClientOptions.builder()
            .roots(List::of)
            .elicitation(p -> CompletableFuture.completedFuture(p))
            .build();
    try (PipedPeer peer = new PipedPeer()) {
      CompletableFuture<McpClient> connecting = McpClient.connectAsync(peer.transport, options);
      JsonNode init = peer.next();
      JsonNode capabilities = init.path("params").path("capabilities");
      assertThat(capabilities.has("roots")).isTrue();
      assertThat(capabilities.has("elicitation")).isTrue();
      assertThat(capabilities.has("sampling")).isFalse();
      peer.respond(init, String.format(INIT_RESULT, "2025-11-25"));
      peer.next();
      McpClient.await(connecting).close();
    }
  }

  @Test
  void toolsListFollowsCursorsAndIsCachedUntilListChanged() throws Exception {
    AtomicInteger changes = new AtomicInteger();
    McpClientOptions options =
        McpClientOptions.builder().onToolsChanged(changes::incrementAndGet).build();
    try (PipedPeer peer = new PipedPeer();
        McpClient client = connect(peer, "2025-11-25", options)) {
      CompletableFuture<List<Tool>> tools = client.listToolsAsync();
      JsonNode page1 = peer.next();
      assertThat(page1.has("params")).isFalse();
      peer.respond(
          page1, "{\"tools\":[{\"name\":\"a\",\"inputSchema\":{}}],\"nextCursor\":\"MTA=\"}");
      JsonNode page2 = peer.next();
      assertThat(page2.path("params").path("cursor").asString()).isEqualTo("MTA=");
      peer.respond(page2, "{\"tools\":[{\"name\":\"b\",\"title\":\"B\",\"inputSchema\":{}}]}");
      assertThat(tools.get()).extracting(Tool::name).containsExactly("a", "b");
      assertThat(client.listTools()).extracting(Tool::name).containsExactly("a", "b"); // cached
      peer.writeLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}");
      while (changes.get() == 0) {
        Thread.sleep(5);
      }
      CompletableFuture<List<Tool>> again = client.listToolsAsync();
      peer.respond(peer.next(), "{\"tools\":[]}");
      assertThat(again.get()).isEmpty();
    }
  }

  @Test
  void aRepeatedCursorStopsPaginationWithAnError() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        McpClient client = connect(peer, "2025-11-25", McpClientOptions.defaults())) {
      CompletableFuture<List<JsonNode>> resources = client.listResourcesAsync();
      peer.respond(peer.next(), "{\"resources\":[],\"nextCursor\":\"x\"}");
      peer.respond(peer.next(), "{\"resources\":[],\"nextCursor\":\"x\"}");
      assertThatThrownBy(() -> McpClient.await(resources)).hasMessageContaining("repeated cursor");
    }
  }

  @Test
  void noThreadOfTheClientIsLeftAfterClose() throws Exception {
    try (PipedPeer peer = new PipedPeer()) {
      McpClient client = connect(peer, "2025-11-25", McpClientOptions.defaults());
      CompletableFuture<Void> ping = client.pingAsync();
      peer.respond(peer.next(), "{}");
      ping.get();
      client.close();
      long deadline = System.currentTimeMillis() + 2000;
      Set<String> left;
      do {
        left =
            Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("kiro4j-mcp"))
                .collect(Collectors.toSet());
      } while (!left.isEmpty() && System.currentTimeMillis() < deadline && sleep());
      assertThat(left).isEmpty();
    }
  }

  private static boolean sleep() throws InterruptedException {
    Thread.sleep(20);
    return true;
  }
}
