package io.kiro4j.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.jsonrpc.JsonRpcException;
import io.kiro4j.mcp.jsonrpc.RequestTimeoutException;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The client against the real server-everything over stdio. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerEverythingStdioTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private McpClient client;
  private final List<JsonNode> logs = new CopyOnWriteArrayList<>();
  private final CountDownLatch toolsChanged = new CountDownLatch(1);

  @BeforeAll
  void connect() {
    List<String> argv = Peers.everythingStdio();
    McpClientOptions options =
        McpClientOptions.builder()
            .clientInfo("kiro4j-test", "1.0")
            .onLog(logs::add)
            .onToolsChanged(toolsChanged::countDown)
            .build();
    client =
        McpClient.connect(
            StdioTransport.of(ProcessSpec.builder(argv).name("everything").build()), options);
  }

  @AfterAll
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private static ObjectNode args(Object... pairs) {
    ObjectNode node = NODES.objectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      if (value instanceof Integer) {
        node.put((String) pairs[i], (Integer) value);
      } else {
        node.put((String) pairs[i], String.valueOf(value));
      }
    }
    return node;
  }

  @Test
  void initializeNegotiatesTheLatestVersionAndReportsTheServer() {
    assertThat(client.protocolVersion()).isEqualTo("2025-11-25");
    assertThat(client.serverInfo().path("name").asString()).isEqualTo("mcp-servers/everything");
    assertThat(client.serverCapabilities().has("tools")).isTrue();
    assertThat(client.instructions()).isPresent();
  }

  @Test
  void toolsListAndCallWithTextContent() {
    List<Tool> tools = client.listTools();
    assertThat(tools).extracting(Tool::name).contains("echo", "get-sum", "get-tiny-image");
    CallToolResult echo = client.callTool("echo", args("message", "hello\nworld é"));
    assertThat(echo.isError()).isFalse();
    assertThat(echo.text()).isEqualTo("Echo: hello\nworld é");
    assertThat(client.callTool("get-sum", args("a", 2, "b", 40)).text()).contains("42");
  }

  @Test
  void imageContentAndStructuredContent() {
    CallToolResult image = client.callTool("get-tiny-image");
    assertThat(image.content())
        .anySatisfy(b -> assertThat(b.path("type").asString()).isEqualTo("image"));
    CallToolResult structured =
        client.callTool("get-structured-content", args("location", "New York"));
    assertThat(structured.structuredContent()).isPresent();
  }

  @Test
  void toolErrorsAreResultsNotExceptions() {
    CallToolResult missing = client.callTool("no-such-tool");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).contains("not found");
  }

  @Test
  void unknownMethodIsATypedJsonRpcError() {
    assertThatThrownBy(() -> client.request("no/such/method"))
        .isInstanceOfSatisfying(
            JsonRpcException.class, e -> assertThat(e.code()).isEqualTo(-32601));
  }

  @Test
  void progressNotificationsReachTheListener() {
    List<JsonNode> progress = new CopyOnWriteArrayList<>();
    CallToolResult result =
        McpClient.await(
            client.callToolAsync(
                "trigger-long-running-operation", args("duration", 1, "steps", 2), progress::add));
    assertThat(result.text()).contains("completed");
    assertThat(progress).hasSize(2);
    assertThat(progress.get(1).path("progress").asInt()).isEqualTo(2);
  }

  @Test
  void timeoutFailsTheRequestAndLaterResponsesAreIgnored() {
    ObjectNode params = NODES.objectNode().put("name", "trigger-long-running-operation");
    params.set("arguments", args("duration", 2, "steps", 2));
    CompletableFuture<JsonNode> call =
        client.requestAsync("tools/call", params, Duration.ofMillis(300));
    assertThatThrownBy(() -> McpClient.await(call)).isInstanceOf(RequestTimeoutException.class);
    // The connection stays usable.
    client.ping();
    assertThat(client.pendingRequests()).isZero();
  }

  @Test
  void callerCancelSendsCancelledAndTheConnectionStaysUsable() throws Exception {
    CompletableFuture<CallToolResult> call =
        client.callToolAsync("trigger-long-running-operation", args("duration", 2, "steps", 2));
    Thread.sleep(100);
    call.cancel(false);
    client.ping();
    assertThat(client.pendingRequests()).isZero();
  }

  @Test
  void resourcesPromptsCompletionAndLogging() throws InterruptedException {
    List<JsonNode> resources = client.listResources();
    assertThat(resources).isNotEmpty();
    String uri = resources.get(0).path("uri").asString();
    assertThat(client.readResource(uri).get(0).path("uri").asString()).isEqualTo(uri);
    assertThat(client.listResourceTemplates()).isNotEmpty();
    client.subscribe(uri);
    client.unsubscribe(uri);
    assertThat(client.listPrompts())
        .extracting(p -> p.path("name").asString())
        .contains("simple-prompt");
    JsonNode prompt = client.getPrompt("args-prompt", Map.of("city", "Paris"));
    assertThat(prompt.path("messages").size()).isPositive();
    ObjectNode ref = NODES.objectNode().put("type", "ref/prompt").put("name", "completable-prompt");
    assertThat(client.complete(ref, "department", "E").path("values").size()).isPositive();
    client.setLoggingLevel("debug");
    // server-everything logs only while simulated logging is on: one message at once, then one
    // every 5 s, each at a random level (all at or above debug).
    client.callTool("toggle-simulated-logging", NODES.objectNode());
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (simulatedLogs().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } finally {
      client.callTool("toggle-simulated-logging", NODES.objectNode());
    }
    assertThat(simulatedLogs()).as("notifications/message after logging/setLevel").isNotEmpty();
    assertThat(simulatedLogs().get(0).path("level").asString())
        .isIn("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");
  }

  /** The log notifications of server-everything's simulated logging ("Info-level message", …). */
  private List<JsonNode> simulatedLogs() {
    return logs.stream()
        .filter(l -> l.path("data").asString("").matches("(?s).*level[- ]message.*"))
        .toList();
  }

  @Test
  void listChangedNotificationReachesTheListener() throws Exception {
    // server-everything announces a tool list change right after initialization.
    assertThat(toolsChanged.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void manyConcurrentRequestsOnOneConnection() {
    List<CompletableFuture<Void>> pings = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      pings.add(client.pingAsync());
    }
    CompletableFuture.allOf(pings.toArray(new CompletableFuture<?>[0])).join();
    assertThat(client.pendingRequests()).isZero();
  }
}
