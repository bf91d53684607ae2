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

  @Test
  void sampleEverythingServerResolvesItsRelativePathFromTheFirstRoot() {
    assumeTrue(
        Files.isRegularFile(PEERS.resolve(".stamp")),
        "MCP peers not installed (run .ci/install-mcp-peers)");
    // The sample's args path is relative: the server runs in the first root (sample-workspace).
    Kiro4jCliTest.Run r =
        Kiro4jCliTest.run(
            Kiro4jCliTest.withSample("mcp", "tools", "--server", "everything", "--json"));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode server = r.json().get("servers").get(0);
    assertThat(server.get("name").asString()).isEqualTo("everything");
    assertThat(server.get("status").asString()).as(server.toString()).isEqualTo("connected");
    java.util.List<String> tools = new java.util.ArrayList<>();
    server.get("tools").forEach(t -> tools.add(t.get("qualifiedName").asString()));
    assertThat(tools).contains("@everything/echo");
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
    // In disabledTools: the contract's "disabled" (check says deny, reason DISABLED_TOOL).
    assertThat(getEnv.path("permission").asString()).isEqualTo("disabled");
    assertThat(servers.get(2).path("status").asString()).isEqualTo("disabled");
  }

  /** Each tool's permission in `mcp tools`, and `check`'s decision for a call of it. */
  private static java.util.Map<String, String> assertToolsAgreeWithCheck(
      Path root, Path home, String agent) throws Exception {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "mcp", "tools", "--json", "-w", root.toString(), "--user-home", home.toString()));
    if (agent != null) {
      args.add("--agent");
      args.add(agent);
    }
    Kiro4jCliTest.Run listing = Kiro4jCliTest.run(args.toArray(new String[0]));
    assertThat(listing.exit()).as(listing.err()).isZero();
    java.util.List<String> names = new java.util.ArrayList<>();
    java.util.List<String> permissions = new java.util.ArrayList<>();
    StringBuilder batch = new StringBuilder();
    for (JsonNode server : listing.json().path("servers")) {
      for (JsonNode t : server.path("tools")) {
        names.add(t.path("qualifiedName").asString());
        permissions.add(t.path("permission").asString());
        var line = JsonNodeFactory.instance.objectNode();
        if (agent != null) {
          line.put("agent", agent);
        }
        line.put("tool", t.path("qualifiedName").asString());
        line.putObject("input");
        batch.append(line).append('\n');
      }
    }
    assertThat(names).hasSizeGreaterThan(5);
    Path file = root.resolve("calls.jsonl");
    Files.writeString(file, batch);
    Kiro4jCliTest.Run check =
        Kiro4jCliTest.run(
            "check",
            "-w",
            root.toString(),
            "--user-home",
            home.toString(),
            "--batch",
            file.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    String[] decisions = check.out().strip().split("\n");
    assertThat(decisions).hasSameSizeAs(names.toArray());
    for (int i = 0; i < decisions.length; i++) {
      JsonNode decision =
          tools.jackson.databind.json.JsonMapper.builder().build().readTree(decisions[i]);
      // `mcp tools` says "disabled" exactly where check denies because of disabledTools.
      boolean disabledTool = false;
      for (JsonNode reason : decision.path("reasons")) {
        disabledTool |= reason.path("code").asString().equals("DISABLED_TOOL");
      }
      String expected =
          decision.path("decision").asString().equals("deny") && disabledTool
              ? "disabled"
              : decision.path("decision").asString();
      assertThat(permissions.get(i)).as(names.get(i)).isEqualTo(expected);
    }
    java.util.Map<String, String> byName = new java.util.HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.put(names.get(i), permissions.get(i));
    }
    return byName;
  }

  @Test
  void toolsPermissionIsWhatCheckDecidesForACallOfTheTool(
      @org.junit.jupiter.api.io.TempDir Path root, @org.junit.jupiter.api.io.TempDir Path home)
      throws Exception {
    assumeTrue(
        Files.isRegularFile(PEERS.resolve(".stamp")),
        "MCP peers not installed (run .ci/install-mcp-peers)");
    String script =
        PEERS
            .resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js")
            .toString();
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.createDirectories(root.resolve(".kiro/agents"));
    // autoApprove in the @server/tool form, which check translates (PERM-009).
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\":{\"ev\":{\"command\":\"node\",\"args\":[\""
            + script.replace("\\", "\\\\")
            + "\",\"stdio\"],\"autoApprove\":[\"@ev/echo\"],\"disabledTools\":[\"get-env\"]}}}");
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\":\"dev\",\"tools\":[\"@ev/echo\",\"@ev/get-env\",\"@ev/get-sum\"],"
            + "\"allowedTools\":[\"@ev/get-sum\"],\"includeMcpJson\":true}");
    java.util.Map<String, String> noAgent = assertToolsAgreeWithCheck(root, home, null);
    assertThat(noAgent.get("@ev/echo")).isEqualTo("allow");
    assertThat(noAgent.get("@ev/get-env")).isEqualTo("disabled");
    java.util.Map<String, String> dev = assertToolsAgreeWithCheck(root, home, "dev");
    assertThat(dev.get("@ev/get-sum")).isEqualTo("allow");
    assertThat(dev.get("@ev/get-env")).isEqualTo("disabled");
    assertThat(dev.get("@ev/get-tiny-image")).isEqualTo("deny");
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
    Kiro4jCliTest.Run json =
        Kiro4jCliTest.run(
            "mcp",
            "call",
            "ev",
            "get-sum",
            "{\"a\":1,\"b\":2}",
            "--json",
            "-w",
            root.toString(),
            "--user-home",
            home.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.json().path("schema").asInt()).isEqualTo(1);
    assertThat(json.json().propertyNames().iterator().next()).isEqualTo("schema");
    assertThat(json.json().path("content").get(0).path("text").asString())
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
    assertThat(toolError.json().path("schema").asInt()).isEqualTo(1);
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

  // ---- MCP-004 at connect time (issue 13, item 3) ---------------------------------------------

  /** A socket on 127.0.0.2: loopback on Linux, but not one of the names plain http may use. */
  private static java.net.ServerSocket listenerOutsideTheAllowedNames() {
    java.net.ServerSocket server;
    try {
      server = new java.net.ServerSocket();
      server.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.2"), 0));
    } catch (java.io.IOException e) {
      assumeTrue(false, "cannot listen on 127.0.0.2 here: " + e.getMessage());
      throw new AssertionError(e);
    }
    return server;
  }

  private static void assertNoConnection(java.net.ServerSocket server) throws java.io.IOException {
    server.setSoTimeout(300);
    org.assertj.core.api.Assertions.assertThatThrownBy(server::accept)
        .isInstanceOf(java.net.SocketTimeoutException.class);
  }

  @Test
  void pingRefusesAPlainHttpRemoteUrlWithMcp004AndSendsNothing() throws java.io.IOException {
    try (java.net.ServerSocket server = listenerOutsideTheAllowedNames()) {
      Kiro4jCliTest.Run r =
          Kiro4jCliTest.run(
              "mcp",
              "ping",
              "http://127.0.0.2:" + server.getLocalPort() + "/mcp",
              "--header",
              "Authorization=Bearer secret-token");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err())
          .startsWith("kiro4j: mcp ping failed: MCP-004: refusing to connect to http://127.0.0.2:")
          .doesNotContain("secret-token", "internal error");
      assertNoConnection(server);
    }
  }

  @Test
  void toolsReportsAPlainHttpRemoteServerAsFailedWithMcp004(
      @org.junit.jupiter.api.io.TempDir Path root, @org.junit.jupiter.api.io.TempDir Path home)
      throws java.io.IOException {
    try (java.net.ServerSocket server = listenerOutsideTheAllowedNames()) {
      Files.createDirectories(root.resolve(".kiro/settings"));
      Files.writeString(
          root.resolve(".kiro/settings/mcp.json"),
          "{\"mcpServers\": {\"remote\": {\"url\": \"http://127.0.0.2:"
              + server.getLocalPort()
              + "/mcp\", \"headers\": {\"Authorization\": \"Bearer secret-token\"}}}}");
      Kiro4jCliTest.Run r =
          Kiro4jCliTest.run(
              "mcp", "tools", "-w", root.toString(), "--user-home", home.toString(), "--json");
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode remote = r.json().get("servers").get(0);
      assertThat(remote.get("status").asString()).isEqualTo("failed");
      assertThat(remote.get("error").asString()).startsWith("MCP-004");
      assertNoConnection(server);
    }
  }
}
