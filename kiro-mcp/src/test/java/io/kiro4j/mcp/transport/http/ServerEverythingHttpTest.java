package io.kiro4j.mcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.process.ChildProcess;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.client.CallToolResult;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.HttpOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The client against the real server-everything over Streamable HTTP and legacy HTTP+SSE. */
class ServerEverythingHttpTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void bareMcpUrlIsDetectedAsStreamableHttpAndServesToolsWithProgress() throws Exception {
    Peers.require();
    int port = Peers.freePort();
    try (ChildProcess server = Peers.startHttp("streamableHttp", port)) {
      DetectingHttpTransport transport =
          new DetectingHttpTransport(
              URI.create("http://127.0.0.1:" + port + "/mcp"), HttpOptions.defaults());
      try (McpClient client = McpClient.connect(transport, McpClientOptions.defaults())) {
        assertThat(transport.flavor()).contains(HttpFlavor.STREAMABLE);
        assertThat(client.protocolVersion()).isEqualTo("2025-11-25");
        assertThat(client.listTools()).extracting(t -> t.name()).contains("echo");
        assertThat(client.callTool("echo", NODES.objectNode().put("message", "hi")).text())
            .isEqualTo("Echo: hi");
        List<JsonNode> progress = new CopyOnWriteArrayList<>();
        CallToolResult longRun =
            McpClient.await(
                client.callToolAsync(
                    "trigger-long-running-operation",
                    NODES.objectNode().put("duration", 1).put("steps", 2),
                    progress::add));
        assertThat(longRun.text()).contains("completed");
        assertThat(progress).hasSize(2);
        for (int i = 0; i < 20; i++) {
          client.ping();
        }
      }
    }
  }

  @Test
  void expiredSessionIsReinitializedOnceAndTheRequestRetried() throws Exception {
    Peers.require();
    int port = Peers.freePort();
    try (ChildProcess server = Peers.startHttp("streamableHttp", port)) {
      URI url = URI.create("http://127.0.0.1:" + port + "/mcp");
      StreamableHttpTransport transport = new StreamableHttpTransport(url, HttpOptions.defaults());
      try (McpClient client = McpClient.connect(transport, McpClientOptions.defaults())) {
        String first = transport.sessionId().orElseThrow();
        // End the session behind the client's back: server-everything then answers 400.
        HttpResponse<Void> deleted =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(url)
                        .DELETE()
                        .header("MCP-Session-Id", first)
                        .header("MCP-Protocol-Version", "2025-11-25")
                        .build(),
                    HttpResponse.BodyHandlers.discarding());
        assertThat(deleted.statusCode()).isEqualTo(200);
        client.ping();
        assertThat(transport.sessionId()).isPresent().isNotEqualTo(java.util.Optional.of(first));
      }
    }
  }

  @Test
  void sseUrlFallsBackToTheLegacyTransport() throws Exception {
    Peers.require();
    int port = Peers.freePort();
    try (ChildProcess server = Peers.startHttp("sse", port)) {
      DetectingHttpTransport transport =
          new DetectingHttpTransport(
              URI.create("http://127.0.0.1:" + port + "/sse"), HttpOptions.defaults());
      try (McpClient client = McpClient.connect(transport, McpClientOptions.defaults())) {
        assertThat(transport.flavor()).contains(HttpFlavor.SSE);
        assertThat(client.callTool("get-sum", NODES.objectNode().put("a", 1).put("b", 2)).text())
            .isEqualTo("The sum of 1 and 2 is 3.");
        client.ping();
      }
    }
  }
}
