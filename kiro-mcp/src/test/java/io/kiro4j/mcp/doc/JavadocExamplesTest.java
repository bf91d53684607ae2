package io.kiro4j.mcp.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.Mcp;
import io.kiro4j.mcp.McpException;
import io.kiro4j.mcp.client.CallToolResult;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.client.Tool;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerLaunch;
import io.kiro4j.mcp.group.ServerState;
import io.kiro4j.mcp.kiro.KiroMcp;
import io.kiro4j.mcp.kiro.KiroTool;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The {@code <pre>{@code …}</pre>} examples of kiro-mcp's entry points, compiled and run against a
 * tiny stdio MCP server written for this test (Node, which the MCP peers need anyway).
 */
class JavadocExamplesTest {

  /** initialize, ping, tools/list (one tool, get-sum) and tools/call; -32601 for the rest. */
  static final String SERVER =
      """
      const rl = require('readline').createInterface({input: process.stdin});
      const send = m => process.stdout.write(JSON.stringify(Object.assign({jsonrpc: '2.0'}, m)) + '\\n');
      rl.on('line', line => {
        const m = JSON.parse(line);
        if (m.id === undefined) return;
        switch (m.method) {
          case 'initialize': return send({id: m.id, result: {protocolVersion: '2025-06-18',
              capabilities: {tools: {}}, serverInfo: {name: 'tiny', version: '1'}}});
          case 'ping': return send({id: m.id, result: {}});
          case 'tools/list': return send({id: m.id, result: {tools: [
              {name: 'get-sum', inputSchema: {type: 'object'}}]}});
          case 'tools/call': {
            const a = m.params.arguments || {};
            return send({id: m.id, result: {content: [{type: 'text', text: String((a.a || 0) + (a.b || 0))}]}});
          }
          default: return send({id: m.id, error: {code: -32601, message: 'no ' + m.method}});
        }
      });
      """;

  @TempDir Path tmp;
  Path server;

  @BeforeEach
  void writeServer() throws IOException {
    server = tmp.resolve("server.js");
    Files.writeString(server, SERVER);
  }

  private Transport transport() {
    return StdioTransport.of(ProcessSpec.of("node", server.toString()));
  }

  @Test // Mcp
  void mcp() throws IOException {
    List<String> names = new ArrayList<>();
    try (McpClient client = Mcp.stdio(List.of("node", server.toString()))) {
      client.listTools().forEach(tool -> names.add(tool.name()));
    }
    assertThat(names).containsExactly("get-sum");
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + closed + "/mcp");
    assertThatThrownBy(
            () -> {
              try (McpClient client = Mcp.http(url)) {
                client.ping();
              }
            })
        .isInstanceOf(McpException.class);
  }

  @Test // McpClient
  void mcpClient() {
    List<String> names = new ArrayList<>();
    try (McpClient client = McpClient.connect(transport(), McpClientOptions.defaults())) {
      for (Tool tool : client.listTools()) {
        names.add(tool.name());
      }
      CallToolResult sum =
          client.callTool("get-sum", JsonNodeFactory.instance.objectNode().put("a", 1).put("b", 2));
      assertThat(sum.text()).isEqualTo("3");
    }
    assertThat(names).containsExactly("get-sum");
  }

  @Test // McpClientOptions
  void mcpClientOptions() {
    Path workspaceRoot = tmp;
    AtomicInteger refreshed = new AtomicInteger();
    Runnable refreshTools = refreshed::incrementAndGet;
    McpClientOptions options =
        McpClientOptions.builder()
            .clientInfo("my-app", "1.0")
            .requestTimeout(Duration.ofSeconds(30))
            .roots(() -> List.of(workspaceRoot.toUri()))
            .onToolsChanged(() -> refreshTools.run())
            .build();
    assertThat(options.clientName()).isEqualTo("my-app");
    assertThat(options.roots().orElseThrow().get()).containsExactly(tmp.toUri());
    options.listeners().toolsChanged().forEach(Runnable::run);
    assertThat(refreshed).hasValue(1);
  }

  @Test // McpServerGroup
  void mcpServerGroup() {
    List<ServerLaunch> launches =
        List.of(new ServerLaunch("tiny", this::transport, McpClientOptions.defaults()));
    List<String> lines = new ArrayList<>();
    try (McpServerGroup group = McpServerGroup.start(launches, Duration.ofSeconds(30))) {
      for (ServerState server : group.servers()) {
        lines.add(server.name() + " " + server.status().label() + " " + server.tools().size());
      }
    }
    assertThat(lines).containsExactly("tiny connected 1");
  }

  @Test // KiroMcp
  void kiroMcp() throws IOException {
    Path root = tmp.resolve("app");
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"tiny\": {\"command\": \"node\", \"args\": [\""
            + server.toString().replace("\\", "\\\\")
            + "\"], \"autoApprove\": [\"get-sum\"]}}}");
    Workspace workspace =
        Kiro.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    var agent = AgentSet.of(workspace).defaultAgent();
    List<String> lines = new ArrayList<>();
    McpConfig config = McpConfig.of(workspace, agent);
    try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
      for (KiroTool tool : KiroMcp.tools(config, group)) {
        lines.add(tool.qualifiedName() + " " + tool.permission().label()); // allow, ask, deny
      }
    }
    assertThat(lines).hasSize(1).first().asString().startsWith("@tiny/get-sum ");
  }
}
