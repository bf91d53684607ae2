package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code kiro4j mcp ping} and {@code kiro4j mcp conformance-client}. */
class McpCommandTest {

  /** The peers .ci/install-mcp-peers puts next to the reactor (tests run in examples/). */
  private static final Path PEERS =
      Path.of("..", ".ci-cache", "mcp-peers").toAbsolutePath().normalize();

  @Test
  void pingOverStdioReportsTheServerAndExitsZero() {
    assumeTrue(
        Files.isRegularFile(PEERS.resolve(".stamp")),
        "MCP peers not installed (run .ci/install-mcp-peers)");
    String script =
        PEERS
            .resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js")
            .toString();
    Kiro4jCliTest.Run r = Kiro4jCliTest.run("mcp", "ping", "--json", "--", "node", script, "stdio");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.path("schema").asInt()).isEqualTo(1);
    assertThat(doc.path("transport").asString()).isEqualTo("stdio");
    assertThat(doc.path("protocolVersion").asString()).isEqualTo("2025-11-25");
    assertThat(doc.path("serverInfo").path("name").asString()).isEqualTo("mcp-servers/everything");
  }

  private static Path workspaceWithEverything(Path root) throws java.io.IOException {
    String script =
        PEERS
            .resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js")
            .toString();
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\":{\"ev\":{\"command\":\"node\",\"args\":[\""
            + script.replace("\\", "\\\\")
            + "\",\"stdio\"],\"autoApprove\":[\"echo\"],\"disabledTools\":[\"get-env\"]},"
            + "\"bad\":{\"command\":\"/no/such/server\"},\"off\":{\"command\":\"x\",\"disabled\":true}}}");
    return root;
  }

  @Test
  void toolsStartsTheEffectiveServersAndReportsEachWithItsToolsAndPermissions(
      @org.junit.jupiter.api.io.TempDir Path root, @org.junit.jupiter.api.io.TempDir Path home)
      throws Exception {
    assumeTrue(
        Files.isRegularFile(PEERS.resolve(".stamp")),
        "MCP peers not installed (run .ci/install-mcp-peers)");
    workspaceWithEverything(root);
    Kiro4jCliTest.Run r =
        Kiro4jCliTest.run(
            "mcp", "tools", "--json", "-w", root.toString(), "--user-home", home.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode servers = r.json().path("servers");
    assertThat(servers.size()).isEqualTo(3);
    assertThat(servers.get(0).path("name").asString()).isEqualTo("bad");
    assertThat(servers.get(0).path("status").asString()).isEqualTo("failed");
    assertThat(servers.get(0).path("error").asString()).contains("/no/such/server");
    JsonNode ev = servers.get(1);
    assertThat(ev.path("status").asString()).isEqualTo("connected");
    assertThat(ev.path("transport").asString()).isEqualTo("stdio");
    assertThat(ev.path("httpFlavor").isNull()).isTrue();
    JsonNode echo = null;
    JsonNode getEnv = null;
    for (JsonNode t : ev.path("tools")) {
      if (t.path("name").asString().equals("echo")) {
        echo = t;
      }
      if (t.path("name").asString().equals("get-env")) {
        getEnv = t;
      }
    }
    assertThat(echo.path("qualifiedName").asString()).isEqualTo("@ev/echo");
    assertThat(echo.path("permission").asString()).isEqualTo("allow");
    assertThat(getEnv.path("permission").asString()).isEqualTo("disabled");
    assertThat(servers.get(2).path("status").asString()).isEqualTo("disabled");
  }

  @Test
  void callPrintsTheResultAndExitsZeroEvenForAToolError(
      @org.junit.jupiter.api.io.TempDir Path root, @org.junit.jupiter.api.io.TempDir Path home)
      throws Exception {
    assumeTrue(
        Files.isRegularFile(PEERS.resolve(".stamp")),
        "MCP peers not installed (run .ci/install-mcp-peers)");
    workspaceWithEverything(root);
    Kiro4jCliTest.Run ok =
        Kiro4jCliTest.run(
            "mcp",
            "call",
            "ev",
            "get-sum",
            "{\"a\":1,\"b\":2}",
            "-w",
            root.toString(),
            "--user-home",
            home.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.json().path("content").get(0).path("text").asString())
        .isEqualTo("The sum of 1 and 2 is 3.");
    Kiro4jCliTest.Run toolError =
        Kiro4jCliTest.run(
            "mcp",
            "call",
            "ev",
            "no-such-tool",
            "{}",
            "-w",
            root.toString(),
            "--user-home",
            home.toString());
    assertThat(toolError.exit()).isZero();
    assertThat(toolError.json().path("isError").asBoolean()).isTrue();
    Kiro4jCliTest.Run cannot =
        Kiro4jCliTest.run(
            "mcp", "call", "bad", "x", "{}", "-w", root.toString(), "--user-home", home.toString());
    assertThat(cannot.exit()).isEqualTo(1);
  }

  @Test
  void pingOfACommandThatCannotStartExitsOne() {
    Kiro4jCliTest.Run r = Kiro4jCliTest.run("mcp", "ping", "--", "/no/such/mcp-server");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("mcp ping failed").contains("/no/such/mcp-server");
  }

  @Test
  void conformanceClientWithAnUnknownScenarioExitsTwo() {
    assumeTrue(
        System.getenv("MCP_CONFORMANCE_SCENARIO") == null, "scenario set by the environment");
    Kiro4jCliTest.Run r = Kiro4jCliTest.run("mcp", "conformance-client", "http://127.0.0.1:1/mcp");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown conformance scenario");
  }

  @Test
  void elicitationIsAcceptedWithEveryDefaultOfTheRequestedSchema() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    var params = nodes.objectNode();
    var properties = params.putObject("requestedSchema").putObject("properties");
    properties.putObject("name").put("type", "string").put("default", "John Doe");
    properties.putObject("age").put("type", "integer").put("default", 30);
    properties.putObject("free").put("type", "string");
    JsonNode answer = McpCommand.ConformanceClient.acceptWithDefaults(params);
    assertThat(answer.path("action").asString()).isEqualTo("accept");
    assertThat(answer.path("content").path("name").asString()).isEqualTo("John Doe");
    assertThat(answer.path("content").path("age").asInt()).isEqualTo(30);
    assertThat(answer.path("content").has("free")).isFalse();
  }
}
