package io.kiro4j.examples.cli;

import static io.kiro4j.examples.cli.Kiro4jCliTest.run;
import static io.kiro4j.examples.cli.Kiro4jCliTest.withSample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kiro4j tools} and {@code kiro4j turn} on the sample workspace's tide-ops agent. */
@DisabledOnOs(OS.WINDOWS)
class TurnCommandsTest {

  private static final Path PEERS =
      Path.of("..", ".ci-cache", "mcp-peers").toAbsolutePath().normalize();

  private static void requirePeers() {
    assumeTrue(
        Files.isRegularFile(PEERS.resolve(".stamp")),
        "MCP peers not installed (run .ci/install-mcp-peers)");
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  @Test
  void toolsListsOfferedToolsWithSchemasAndWithheldOnesWithReasons() {
    requirePeers();
    Kiro4jCliTest.Run r = run(withSample("tools", "--agent", "tide-ops", "--json"));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("schema").asInt()).isEqualTo(1);
    JsonNode tools = doc.get("tools");
    assertThat(texts(tools, "modelName"))
        .containsExactly("read", "shell", "everything___echo", "add_heights");
    JsonNode add = tools.get(3);
    assertThat(add.get("name").asString()).isEqualTo("@everything/get-sum");
    assertThat(add.get("source").asString()).isEqualTo("@everything");
    assertThat(add.get("inputSchema").get("properties").has("a")).isTrue();
    assertThat(add.get("reason").asString()).contains("toolAliases");
    assertThat(tools.get(0).get("inputSchema").get("required").get(0).asString())
        .isEqualTo("operations");
    assertThat(texts(doc.get("withheld"), "name")).contains("write", "@everything/get-env");
    assertThat(doc.get("diagnostics").isArray()).isTrue();
  }

  @Test
  void toolsWithoutRunningServersWithholdsThemWithAWarning(@TempDir Path root, @TempDir Path home)
      throws IOException {
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"tools\": [\"read\", \"@gone\"], \"mcpServers\": {\"gone\":"
            + " {\"command\": \"/no/such/server\"}}}");
    Kiro4jCliTest.Run r =
        run(
            "tools",
            "--json",
            "--agent",
            "dev",
            "-w",
            root.toString(),
            "--user-home",
            home.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(texts(doc.get("tools"), "name")).containsExactly("read");
    assertThat(texts(doc.get("diagnostics"), "code")).containsExactly("TOOL-001");
  }

  @Test
  void toolsRejectsAnUnknownModeOrAgentAsAUsageError() {
    assertThat(run(withSample("tools", "--mode", "web")).exit()).isEqualTo(2);
    assertThat(run(withSample("tools", "--agent", "nobody")).exit()).isEqualTo(2);
  }

  @Test
  void turnRunsTheScriptThroughThePipelineAgainstTheRealServer(@TempDir Path tmp)
      throws IOException {
    requirePeers();
    Path script = tmp.resolve("calls.jsonl");
    Files.writeString(
        script,
        "{\"tool\": \"everything___echo\", \"input\": {\"message\": \"high tide\"}}\n"
            + "\n"
            + "{\"tool\": \"add_heights\", \"input\": {\"a\": 13, \"b\": 1}}\n"
            + "{\"tool\": \"shell\", \"input\": {\"command\": \"rm -rf /\"}}\n"
            + "{\"tool\": \"add_heights\", \"input\": {\"a\": 1, \"b\": 2}}\n");
    Kiro4jCliTest.Run r =
        run(
            withSample(
                "turn",
                "--agent",
                "tide-ops",
                "--prompt",
                "tides",
                "--script",
                script.toString(),
                "--json"));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = r.json();
    JsonNode calls = doc.get("calls");
    assertThat(texts(calls, "outcome"))
        .containsExactly("executed", "blocked", "denied", "rejected");
    assertThat(calls.get(0).get("result").get("text").asString()).isEqualTo("Echo: high tide");
    assertThat(calls.get(1).get("result").get("text").asString()).contains("unlucky heights");
    assertThat(texts(calls.get(0).get("steps"), "step"))
        .containsExactly("resolve", "permission", "execute", "post_tool_use", "result");
    assertThat(doc.get("context").get(0).asString()).contains("Tidewater station");
    assertThat(texts(doc.get("hooks"), "step"))
        .containsExactly("prompt_submit", "post_tool_use", "pre_tool_use", "pre_tool_use", "stop");

    Kiro4jCliTest.Run approved =
        run(withSample("turn", "--agent", "tide-ops", "--script", script.toString(), "--approve"));
    assertThat(approved.exit()).as(approved.err()).isZero();
    assertThat(approved.out()).contains("#3 add_heights -> executed: ").contains("3");
  }

  @Test
  void turnReportsABadScriptLineAsAUsageError(@TempDir Path tmp) throws IOException {
    Path script = tmp.resolve("bad.jsonl");
    Files.writeString(script, "{\"tool\": \"read\"}\n[1, 2]\n");
    Kiro4jCliTest.Run r =
        run(withSample("turn", "--agent", "tide-ops", "--script", script.toString()));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.jsonl:2");
  }
}
