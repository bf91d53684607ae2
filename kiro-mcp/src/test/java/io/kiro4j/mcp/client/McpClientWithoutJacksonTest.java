package io.kiro4j.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.mcp.internal.jsonrpc.PipedPeer;
import io.kiro4j.mcp.jsonrpc.JsonRpcException;
import io.kiro4j.mcp.jsonrpc.RequestHandler;
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

  @Test
  void serverInfoAndCapabilitiesReadAsMaps() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        McpClient client = connect(peer)) {
      assertThat(client.serverInfoMap()).isEqualTo(Map.of("name", "fake", "version", "1"));
      assertThat(client.serverCapabilitiesMap()).isEqualTo(Map.of("tools", Map.of()));
    }
  }

  @Test
  void requestMapAndRequestJsonSendTheSameParamsAndReturnTheResult() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        McpClient client = connect(peer)) {
      CompletableFuture<Map<String, Object>> asMap =
          CompletableFuture.supplyAsync(() -> client.requestMap("x/echo", Map.of("n", 1)));
      JsonNode first = peer.next();
      assertThat(first.path("params")).isEqualTo(JSON.readTree("{\"n\":1}"));
      peer.respond(first, "{\"got\":[1,\"a\"]}");
      assertThat(asMap.get()).isEqualTo(Map.of("got", List.of(1, "a")));

      CompletableFuture<String> asJson =
          CompletableFuture.supplyAsync(() -> client.requestJson("x/echo", "{\"n\":2}"));
      JsonNode second = peer.next();
      assertThat(second.path("params")).isEqualTo(JSON.readTree("{\"n\":2}"));
      peer.respond(second, "{\"got\":true}");
      assertThat(asJson.get()).isEqualTo("{\"got\":true}");
      assertThatThrownBy(() -> client.requestJson("x/echo", "{oops"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void resourcesPromptsAndCompletionsReadAsMaps() throws Exception {
    try (PipedPeer peer = new PipedPeer();
        McpClient client = connect(peer)) {
      CompletableFuture<List<Map<String, Object>>> resources =
          CompletableFuture.supplyAsync(client::listResourceMaps);
      peer.respond(peer.next(), "{\"resources\":[{\"uri\":\"file:///a\",\"name\":\"a\"},7]}");
      assertThat(resources.get()).containsExactly(Map.of("uri", "file:///a", "name", "a"));

      CompletableFuture<List<Map<String, Object>>> contents =
          CompletableFuture.supplyAsync(() -> client.readResourceMaps("file:///a"));
      JsonNode read = peer.next();
      assertThat(read.path("params").path("uri").asString()).isEqualTo("file:///a");
      peer.respond(read, "{\"contents\":[{\"uri\":\"file:///a\",\"text\":\"hi\"}]}");
      assertThat(contents.get()).containsExactly(Map.of("uri", "file:///a", "text", "hi"));

      CompletableFuture<List<Map<String, Object>>> prompts =
          CompletableFuture.supplyAsync(client::listPromptMaps);
      peer.respond(peer.next(), "{\"prompts\":[{\"name\":\"greet\"}]}");
      assertThat(prompts.get()).containsExactly(Map.of("name", "greet"));

      CompletableFuture<Map<String, Object>> prompt =
          CompletableFuture.supplyAsync(() -> client.getPromptMap("greet", Map.of("who", "you")));
      JsonNode get = peer.next();
      assertThat(get.path("params"))
          .isEqualTo(JSON.readTree("{\"name\":\"greet\",\"arguments\":{\"who\":\"you\"}}"));
      peer.respond(
          get,
          "{\"messages\":[{\"role\":\"user\",\"content\":{\"type\":\"text\",\"text\":\"hi you\"}}]}");
      assertThat(prompt.get())
          .isEqualTo(
              Map.of(
                  "messages",
                  List.of(
                      Map.of(
                          "role", "user", "content", Map.of("type", "text", "text", "hi you")))));

      CompletableFuture<Map<String, Object>> completion =
          CompletableFuture.supplyAsync(
              () -> client.completeMap(Map.of("type", "ref/prompt", "name", "greet"), "who", "y"));
      JsonNode complete = peer.next();
      assertThat(complete.path("params").path("ref"))
          .isEqualTo(JSON.readTree("{\"type\":\"ref/prompt\",\"name\":\"greet\"}"));
      peer.respond(complete, "{\"completion\":{\"values\":[\"you\"]}}");
      assertThat(completion.get()).isEqualTo(Map.of("values", List.of("you")));
    }
  }

  @Test
  void aToolsSchemaAndContentBlocksReadAsMaps() {
    Tool tool =
        Tool.of(
            JSON.readTree(
                "{\"name\":\"t\",\"inputSchema\":{\"type\":\"object\",\"required\":[\"a\"]}}"));
    assertThat(tool.inputSchemaMap()).isEqualTo(Map.of("type", "object", "required", List.of("a")));
    assertThat(tool.json())
        .isEqualTo("{\"name\":\"t\",\"inputSchema\":{\"type\":\"object\",\"required\":[\"a\"]}}");
    assertThat(Tool.of(JSON.readTree("{\"name\":\"u\"}")).inputSchemaMap()).isEmpty();

    CallToolResult result =
        CallToolResult.of(
            JSON.readTree(
                "{\"content\":[{\"type\":\"text\",\"text\":\"a\"},\"junk\",{\"type\":\"image\",\"data\":\"AA==\",\"mimeType\":\"image/png\"}]}"));
    assertThat(result.contentMaps())
        .containsExactly(
            Map.of("type", "text", "text", "a"),
            Map.of("type", "image", "data", "AA==", "mimeType", "image/png"));
  }

  @Test
  void aServerRequestHandlerWrittenWithMapsAnswersTheSameJson() throws Exception {
    RequestHandler echo = RequestHandler.ofMap(p -> Map.of("got", p));
    assertThat(echo.handle(JSON.readTree("{\"x\":[1,\"a\"]}")).toCompletableFuture().get())
        .isEqualTo(JSON.readTree("{\"got\":{\"x\":[1,\"a\"]}}"));
    assertThat(echo.handle(JSON.missingNode()).toCompletableFuture().get())
        .isEqualTo(JSON.readTree("{\"got\":{}}"));

    JsonRpcException refusal = new JsonRpcException(-1, "user declined", null);
    RequestHandler declining =
        RequestHandler.ofMap(
            p -> {
              throw refusal;
            });
    assertThat(declining.handle(JSON.readTree("{}")).toCompletableFuture())
        .failsWithin(java.time.Duration.ofSeconds(1))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCause(refusal);
  }
}
