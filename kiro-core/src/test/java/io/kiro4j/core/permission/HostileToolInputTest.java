package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.internal.permission.PathPolicy;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile or malformed tool input always gets a decision with a reason, never an exception (issue
 * 13, item 1): a missing field or a wrong JSON type asks ({@code UNREADABLE_INPUT}), a value no
 * tool could take as written is denied ({@code INVALID_INPUT}), an unexpected failure denies
 * ({@code INTERNAL_ERROR}). The agent trusts every tool, so nothing here is saved by a default ask.
 */
class HostileToolInputTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final List<String> TOOLS =
      List.of("read", "write", "grep", "glob", "shell", "aws", "web_fetch", "subagent", "todo");

  @TempDir Path tmp;
  PermissionEngine engine;

  @BeforeEach
  void setUp() throws IOException {
    Path root = tmp.toRealPath().resolve("app");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        """
        {"name": "dev", "tools": ["*"],
         "allowedTools": ["read", "write", "grep", "glob", "shell", "aws", "web_fetch", "subagent"],
         "toolsSettings": {"write": {"allowedPaths": ["."]}, "read": {"deniedPaths": ["secret"]}}}
        """);
    Workspace ws =
        Workspace.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    engine =
        PermissionEngine.of(
            AgentSet.of(ws).find("dev").orElseThrow(),
            ws,
            ws.primaryRoot().path(),
            SessionTrust.none());
  }

  PermissionDecision decide(String tool, String input) {
    return engine.evaluate(tool, JSON.readTree(input));
  }

  static String code(PermissionDecision d) {
    return d.label() + " " + d.reasons().get(0).code();
  }

  @Test
  void aNulInAPathIsDeniedAsInvalidInputForEveryFileTool() {
    assertThat(code(decide("read", "{\"path\": \"a\\u0000b\"}"))).isEqualTo("deny INVALID_INPUT");
    assertThat(
            code(
                decide("read", "{\"operations\": [{\"path\": \"ok\"}, {\"path\": \"x\\u0000\"}]}")))
        .isEqualTo("deny INVALID_INPUT");
    assertThat(code(decide("write", "{\"path\": \"secret\\u0000.txt\"}")))
        .isEqualTo("deny INVALID_INPUT");
    assertThat(code(decide("grep", "{\"pattern\": \"x\", \"path\": \"\\u0000\"}")))
        .isEqualTo("deny INVALID_INPUT");
    assertThat(code(decide("glob", "{\"pattern\": \"a\\u0000/*\"}")))
        .isEqualTo("deny INVALID_INPUT");
    assertThat(decide("read", "{\"path\": \"a\\u0000b\"}").reasons().get(0).message())
        .contains("NUL")
        .doesNotContain("\u0000");
  }

  @Test
  void aPathLongerThanAnyFileSystemTakesIsDenied() {
    String longPath = "a/".repeat(PathPolicy.MAX_PATH_CHARS);
    assertThat(code(decide("read", "{\"path\": \"" + longPath + "\"}")))
        .isEqualTo("deny INVALID_INPUT");
    PermissionDecision d =
        PathPolicy.builder(
                new io.kiro4j.core.path.PathExpansion(
                    tmp, io.kiro4j.core.variable.Environment.empty()),
                tmp,
                new RuleOrigin("t", "/p"))
            .build()
            .evaluate(List.of(longPath), true);
    assertThat(code(d)).isEqualTo("deny INVALID_INPUT");
    assertThat(d.reasons().get(0).message()).hasSizeLessThan(200);
  }

  @Test
  void aValueOfTheWrongJsonTypeAsksEvenForATrustedTool() {
    for (String[] call :
        new String[][] {
          {"read", "{\"path\": 5}"},
          {"read", "{\"operations\": {\"path\": \"secret\"}}"},
          {"read", "{\"operations\": [\"secret\"]}"},
          {"read", "{\"operations\": [{\"path\": \"ok\", \"image_paths\": [{\"a\": 1}]}]}"},
          {"read", "{\"operations\": [{\"path\": \"ok\", \"image_paths\": \"secret\"}]}"},
          {"write", "{\"path\": [\"/etc/passwd\"]}"},
          {"grep", "{\"pattern\": \"x\", \"path\": {\"p\": \"/\"}}"},
          {"glob", "{\"pattern\": [\"/etc/*\"]}"},
          {"shell", "{\"command\": [\"rm\", \"-rf\", \"/\"]}"},
          {"aws", "{\"service_name\": [\"iam\"], \"operation_name\": \"list-users\"}"},
          {"aws", "{\"service_name\": \"s3\", \"operation_name\": 7}"},
          {"web_fetch", "{\"url\": 7}"},
        }) {
      PermissionDecision d = decide(call[0], call[1]);
      assertThat(code(d)).as("%s %s", call[0], call[1]).isEqualTo("ask UNREADABLE_INPUT");
      assertThat(d.reasons().get(0).message()).as(call[1]).contains("not a");
    }
  }

  @Test
  void aMissingPathCommandServiceOrUrlAsksEvenForATrustedTool() {
    for (String tool : List.of("read", "write", "shell", "aws", "web_fetch")) {
      assertThat(code(decide(tool, "{}"))).as(tool).isEqualTo("ask UNREADABLE_INPUT");
    }
    assertThat(code(decide("read", "{\"operations\": [{\"mode\": \"Line\"}]}")))
        .isEqualTo("ask UNREADABLE_INPUT");
    assertThat(code(decide("aws", "{\"service_name\": \"s3\"}"))).isEqualTo("ask UNREADABLE_INPUT");
    // grep and glob search the working directory when no path is given: that is decided.
    assertThat(code(decide("grep", "{\"pattern\": \"x\"}"))).isEqualTo("allow ALLOWED_TOOLS");
  }

  @Test
  void anInputThatIsNotAJsonObjectAsks() {
    assertThat(code(decide("read", "[\"secret\"]"))).isEqualTo("ask UNREADABLE_INPUT");
    assertThat(code(decide("shell", "\"rm -rf /\""))).isEqualTo("ask UNREADABLE_INPUT");
    assertThat(code(decide("subagent", "7"))).isEqualTo("ask UNREADABLE_INPUT");
    // A tool that reads no input is decided as before; null reads as {}.
    assertThat(decide("todo", "[1]").label()).isEqualTo("allow");
    assertThat(code(engine.evaluate("shell", (JsonNode) null))).isEqualTo("ask UNREADABLE_INPUT");
  }

  @Test
  void hugeValuesAreDeniedQuicklyWithoutBeingJudged() {
    ObjectNode shell = JsonNodeFactory.instance.objectNode();
    shell.put("command", "echo a && ".repeat(ToolInput.MAX_COMMAND_CHARS / 10 + 1));
    PermissionDecision d =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> engine.evaluate("shell", shell));
    assertThat(code(d)).isEqualTo("deny INVALID_INPUT");
    ObjectNode web = JsonNodeFactory.instance.objectNode();
    web.put("url", "https://x/" + "a".repeat(ToolInput.MAX_TEXT_CHARS));
    assertThat(code(engine.evaluate("web_fetch", web))).isEqualTo("deny INVALID_INPUT");
    ObjectNode read = JsonNodeFactory.instance.objectNode();
    var ops = read.putArray("operations");
    for (int i = 0; i <= ToolInput.MAX_ITEMS; i++) {
      ops.addObject().put("path", "f" + i);
    }
    assertThat(code(engine.evaluate("read", read))).isEqualTo("deny INVALID_INPUT");
    String hugeTool = "x".repeat(ToolInput.MAX_TEXT_CHARS + 1);
    PermissionDecision unknown = engine.evaluate(hugeTool, (JsonNode) null);
    assertThat(code(unknown)).isEqualTo("deny UNKNOWN_TOOL");
    assertThat(unknown.reasons().get(0).message()).hasSizeLessThan(100);
  }

  @Test
  void anUnexpectedFailureDeniesInsteadOfThrowing() {
    ObjectNode exploding =
        new ObjectNode(JsonNodeFactory.instance) {
          private static final long serialVersionUID = 1L;

          @Override
          public JsonNode get(String propertyName) {
            throw new IllegalStateException("boom\nforged line");
          }
        };
    PermissionDecision d = engine.evaluate("write", exploding);
    assertThat(code(d)).isEqualTo("deny INTERNAL_ERROR");
    assertThat(d.reasons().get(0).message()).contains("IllegalStateException", "boom\\nforged");
  }

  @Test
  void everyToolDecidesEveryHostileInputWithAReason() {
    List<String> inputs =
        List.of(
            "null",
            "[]",
            "\"x\"",
            "{}",
            "{\"path\": null, \"command\": null, \"url\": null}",
            "{\"path\": \"\\u0000\", \"command\": \"\\u0000\", \"url\": \"\\u0000\"}",
            "{\"path\": \"\\u001b[31m\\r\\n\\u2028\\u202e\", \"pattern\": \"\\u202e/*\"}",
            "{\"operations\": [null, 1, [], {}], \"image_paths\": [null]}",
            "{\"service_name\": {}, \"operation_name\": [], \"url\": true}",
            "{\"content\": [], \"subagents\": {}, \"agent_name\": 1}",
            "{\"command\": \"ListAgents\", \"content\": {\"subagents\": [7]}}",
            "{\"path\": \"" + "../".repeat(2000) + "\"}",
            "{\"path\": \"~\\u0000/x\", \"pattern\": \"${HOME\"}");
    for (String tool : TOOLS) {
      for (String input : inputs) {
        PermissionDecision d = decide(tool, input);
        assertThat(d.reasons()).as("%s %s", tool, input).isNotEmpty();
        assertThat(d.reasons().get(0).code()).as("%s %s", tool, input).matches("[A-Z_]+");
        for (Reason r : d.reasons()) {
          assertThat(r.message()).doesNotContain("\n", "\r", "\u0000", "\u001b", "\u202e");
        }
      }
    }
  }

  @Test
  void anUnreadablePartNeverHidesADeniedOne() {
    // deny if any part is denied, ask if any asks: the readable paths are still judged.
    assertThat(
            code(
                decide(
                    "read", "{\"operations\": [{\"path\": 5}, {\"path\": \"secret/k\"}, \"x\"]}")))
        .isEqualTo("deny DENIED_PATH");
    PermissionDecision ask =
        decide("read", "{\"operations\": [{\"path\": \"ok\"}, {\"path\": [\"secret\"]}]}");
    assertThat(code(ask)).isEqualTo("ask UNREADABLE_INPUT");
    assertThat(ask.reasons().get(0).message()).contains("operations/1/path");
    assertThat(code(decide("glob", "{\"pattern\": 7, \"path\": \"secret\"}")))
        .isEqualTo("ask UNREADABLE_INPUT");
  }
}
