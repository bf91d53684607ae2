package io.kiro4j.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.mcp.internal.jsonrpc.PipedPeer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-neutral entry points (issue 15): arguments given as a {@code Map} are sent as the same
 * JSON, and a result reads as text, a structured {@code Map} or JSON text, with no Jackson type.
 */
class McpClientWithoutJacksonTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String INIT_RESULT =
      "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"fake\",\"version\":\"1\"}}";

  private static McpClient connect(PipedPeer peer) throws Exception {
    CompletableFuture<McpClient> connecting =
        McpClient.connectAsync(peer.transport, McpClientOptions.defaults());
    peer.respond(peer.next(), INIT_RESULT);
    peer.next(); // notifications/initialized
    return McpClient.await(connecting);
  }

  @Test
  void mapArgumentsAreSentAsTheSameJson() throws Exception {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("a", 1);
    arguments.put("b", 2.5);
    arguments.put("tags", List.of("x", "y"));
    arguments.put("options", Map.of("deep", true));
    arguments.put("none", null);
    try (PipedPeer peer = new PipedPeer();
        McpClient client = connect(peer)) {
      CompletableFuture<CallToolResult> result = client.callToolAsync("get-sum", arguments);
      JsonNode request = peer.next();
      assertThat(request.path("method").asString()).isEqualTo("tools/call");
      assertThat(request.path("params").path("name").asString()).isEqualTo("get-sum");
      assertThat(request.path("params").path("arguments"))
          .isEqualTo(
              JSON.readTree(
                  "{\"a\":1,\"b\":2.5,\"tags\":[\"x\",\"y\"],\"options\":{\"deep\":true},\"none\":null}"));
      peer.respond(request, "{\"content\":[{\"type\":\"text\",\"text\":\"3.5\"}]}");
      assertThat(result.get().text()).isEqualTo("3.5");
    }
  }

  @Test
  void aMapArgumentOfNoJsonTypeIsRejectedBeforeAnythingIsSent() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        McpClient client = connect(peer)) {
      assertThatThrownBy(() -> client.callTool("t", Map.of("file", Path.of("x"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at /file");
      CompletableFuture<Void> ping = client.pingAsync();
      JsonNode next = peer.next(); // the rejected call sent nothing: the next message is the ping
      assertThat(next.path("method").asString()).isEqualTo("ping");
      peer.respond(next, "{}");
      ping.get();
    }
  }

  @Test
  void aResultReadsAsTextStructuredMapAndJsonText() {
    String raw =
        "{\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"image\",\"data\":\"AA==\"},"
            + "{\"type\":\"text\",\"text\":\"b\"}],"
            + "\"structuredContent\":{\"sum\":3,\"parts\":[1,2.5,null],\"ok\":true}}";
    CallToolResult result = CallToolResult.of(JSON.readTree(raw));

    assertThat(result.text()).isEqualTo("a\nb");
    assertThat(result.structuredContentMap())
        .contains(Map.of("sum", 3, "parts", Arrays.asList(1, 2.5, null), "ok", true));
    assertThat(result.json()).isEqualTo(raw);
    assertThat(JSON.readTree(result.json())).isEqualTo(result.raw());
  }

  @Test
  void aResultWithoutAnObjectAsStructuredContentHasNoStructuredMap() {
    for (String raw :
        List.of(
            "{\"content\":[]}",
            "{\"content\":[],\"structuredContent\":null}",
            "{\"content\":[],\"structuredContent\":[1]}")) {
      assertThat(CallToolResult.of(JSON.readTree(raw)).structuredContentMap()).as(raw).isEmpty();
    }
  }
}
