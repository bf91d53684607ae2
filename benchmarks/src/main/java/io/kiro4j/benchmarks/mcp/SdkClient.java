package io.kiro4j.benchmarks.mcp;

import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer: the official MCP Java SDK ({@code io.modelcontextprotocol.sdk:mcp} 2.1.0), driven
 * through its asynchronous client the way its documentation shows. Close is the SDK's graceful
 * close, which is what an application calls.
 */
final class SdkClient implements McpClientBenchmark.Client {

  private static final JacksonMcpJsonMapper JSON =
      new JacksonMcpJsonMapper(JsonMapper.builder().build());

  private final McpAsyncClient client;
  private final McpSchema.CallToolRequest echo =
      new McpSchema.CallToolRequest("echo", Map.of("message", "hello"));

  private SdkClient(McpClientTransport transport) {
    client =
        McpClient.async(transport)
            .requestTimeout(Duration.ofSeconds(120))
            .initializationTimeout(Duration.ofSeconds(60))
            .build();
    client.initialize().block();
  }

  /** Spawns {@code argv} over stdio and initializes. */
  static SdkClient stdio(List<String> argv) {
    ServerParameters params =
        ServerParameters.builder(argv.get(0)).args(argv.subList(1, argv.size())).build();
    StdioClientTransport transport = new StdioClientTransport(params, JSON);
    // The SDK logs each stderr line through its own handler; drop them like the other clients.
    transport.setStdErrorHandler(line -> {});
    return new SdkClient(transport);
  }

  /** Connects to a Streamable HTTP endpoint such as {@code http://127.0.0.1:PORT/mcp}. */
  static SdkClient streamableHttp(URI endpoint) {
    String base = endpoint.getScheme() + "://" + endpoint.getAuthority();
    return new SdkClient(
        HttpClientStreamableHttpTransport.builder(base)
            .endpoint(endpoint.getPath())
            .jsonMapper(JSON)
            .build());
  }

  @Override
  public CompletableFuture<?> ping() {
    return client.ping().toFuture();
  }

  @Override
  public CompletableFuture<?> echo() {
    return client.callTool(echo).toFuture();
  }

  @Override
  public void close() {
    client.closeGracefully().block(Duration.ofSeconds(30));
  }
}
