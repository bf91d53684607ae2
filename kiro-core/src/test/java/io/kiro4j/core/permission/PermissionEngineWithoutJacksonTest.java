package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-neutral entry points (issue 15): an input given as a {@code Map} or as JSON text is
 * judged exactly as the same JSON given as a Jackson tree; text that is no JSON is a decision, a
 * Java value that is no JSON is the caller's error.
 */
class PermissionEngineWithoutJacksonTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  PermissionEngine engine;

  @BeforeEach
  void setUp() throws IOException {
    Path root = tmp.toRealPath().resolve("app");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        """
        {"name": "dev", "tools": ["read", "write", "shell"],
         "allowedTools": ["read", "shell"],
         "toolsSettings": {"read": {"deniedPaths": ["secret"]},
                           "shell": {"deniedCommands": ["git push .*--force.*"]}}}
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

  @Test
  void aMapInputIsJudgedLikeTheSameJson() {
    List<Object[]> calls =
        List.of(
            new Object[] {"read", Map.of("path", "src/Main.java")},
            new Object[] {"read", Map.of("path", "secret")},
            new Object[] {"read", Map.of("operations", List.of(Map.of("path", "a"), Map.of()))},
            new Object[] {"read", Map.of("path", 42)},
            new Object[] {"shell", Map.of("command", "ls -la")},
            new Object[] {"shell", Map.of("command", "git push origin main --force")},
            new Object[] {"shell", Map.of("command", List.of("ls"))},
            new Object[] {"write", Map.of("path", "out.txt", "content", "x", "append", true)},
            new Object[] {"aws", Map.of("service_name", "s3")});
    for (Object[] call : calls) {
      String tool = (String) call[0];
      @SuppressWarnings("unchecked")
      Map<String, Object> input = (Map<String, Object>) call[1];
      String json = JSON.writeValueAsString(input);

      PermissionDecision expected = engine.evaluate(tool, JSON.readTree(json));

      assertThat(engine.evaluate(tool, input)).as(tool + " " + json).isEqualTo(expected);
      assertThat(engine.evaluate(tool, json)).as(tool + " " + json).isEqualTo(expected);
    }
  }

  @Test
  void aNullMapOrNullTextReadsAsAnEmptyObject() {
    assertThat(engine.evaluate("shell", (Map<String, ?>) null))
        .isEqualTo(engine.evaluate("shell", JSON.readTree("{}")));
    assertThat(engine.evaluate("shell", (String) null))
        .isEqualTo(engine.evaluate("shell", JSON.readTree("{}")));
  }

  @Test
  void aMapValueOfNoJsonTypeIsTheCallersErrorNamingWhere() {
    assertThatThrownBy(() -> engine.evaluate("read", Map.of("path", Path.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is no JSON value")
        .hasMessageContaining("/path");
    Map<String, Object> cyclic = new HashMap<>();
    List<Object> list = new ArrayList<>();
    list.add(cyclic);
    cyclic.put("operations", list);
    assertThatThrownBy(() -> engine.evaluate("read", cyclic))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains itself");
  }

  @Test
  void jsonTextThatIsNotWellFormedAsksAsUnreadableInput() {
    for (String text :
        List.of(
            "",
            "{",
            "{\"command\": \"ls\"} trailing",
            "{\"command\": \"ls\", \"command\": \"git push --force\"}",
            "{'command': 'ls'}",
            "[".repeat(100_000))) {
      PermissionDecision d = engine.evaluate("shell", text);
      assertThat(d)
          .as(text.length() > 80 ? text.substring(0, 80) : text)
          .isInstanceOf(PermissionDecision.Ask.class);
      assertThat(d.reasons().get(0).code()).isEqualTo(ReasonCode.UNREADABLE_INPUT.code());
      assertThat(d.reasons().get(0).message()).startsWith("the input is not well-formed JSON");
    }
  }

  @Test
  void jsonTextThatIsNotWellFormedIsStillDeniedWhenTheCallIsDeniedWhateverItsInput() {
    PermissionDecision d = engine.evaluate("aws", "{not json");
    assertThat(d).isInstanceOf(PermissionDecision.Deny.class);
    assertThat(d.reasons().get(0).code()).isEqualTo(ReasonCode.UNAVAILABLE_TOOL.code());
  }

  @Test
  void wellFormedJsonOfTheWrongTypeIsJudgedLikeTheTree() {
    for (String text : List.of("[]", "\"ls\"", "42", "null", "true")) {
      assertThat(engine.evaluate("shell", text))
          .as(text)
          .isEqualTo(engine.evaluate("shell", JSON.readTree(text)));
    }
  }
}
