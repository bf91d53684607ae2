package io.kiro4j.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.internal.json.JsonSchema;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in tools' specs (docs L3167–3910), and their agreement with what {@link
 * PermissionEngine#evaluate} reads from each tool's input.
 */
class BuiltinToolSpecTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** For each tool, an input the schema accepts and the engine can judge. */
  static final Map<BuiltinTool, String> SAMPLES = new EnumMap<>(BuiltinTool.class);

  static {
    SAMPLES.put(BuiltinTool.READ, "{\"operations\":[{\"mode\":\"Line\",\"path\":\"a.txt\"}]}");
    SAMPLES.put(
        BuiltinTool.WRITE, "{\"command\":\"create\",\"path\":\"a.txt\",\"file_text\":\"x\"}");
    SAMPLES.put(BuiltinTool.SHELL, "{\"command\":\"ls\"}");
    SAMPLES.put(
        BuiltinTool.AWS,
        "{\"service_name\":\"s3\",\"operation_name\":\"list-buckets\",\"region\":\"us-east-1\"}");
    SAMPLES.put(BuiltinTool.GLOB, "{\"pattern\":\"**/*.ts\"}");
    SAMPLES.put(BuiltinTool.GREP, "{\"pattern\":\"TODO\",\"path\":\"src\"}");
    SAMPLES.put(BuiltinTool.WEB_SEARCH, "{\"query\":\"tides\"}");
    SAMPLES.put(BuiltinTool.WEB_FETCH, "{\"url\":\"https://example.com\",\"mode\":\"truncated\"}");
    SAMPLES.put(BuiltinTool.INTROSPECT, "{\"query\":\"how do I save?\"}");
    SAMPLES.put(BuiltinTool.CODE, "{}");
    SAMPLES.put(BuiltinTool.DELEGATE, "{}");
    SAMPLES.put(BuiltinTool.REPORT, "{}");
    SAMPLES.put(BuiltinTool.KNOWLEDGE, "{}");
    SAMPLES.put(BuiltinTool.THINKING, "{}");
    SAMPLES.put(BuiltinTool.TODO, "{}");
    SAMPLES.put(
        BuiltinTool.SUBAGENT,
        "{\"command\":\"InvokeSubagents\",\"content\":{\"subagents\":[{\"query\":\"q\","
            + "\"agent_name\":\"reviewer\"}]}}");
  }

  /**
   * The input fields the engine judges per tool (PermissionEngine, ToolInput): each must be a
   * property the schema declares, as a JSON pointer into the schema.
   */
  static final Map<BuiltinTool, List<String>> JUDGED = new EnumMap<>(BuiltinTool.class);

  static {
    JUDGED.put(
        BuiltinTool.READ,
        List.of(
            "/properties/operations/items/properties/path",
            "/properties/operations/items/properties/image_paths"));
    JUDGED.put(BuiltinTool.WRITE, List.of("/properties/path"));
    JUDGED.put(BuiltinTool.SHELL, List.of("/properties/command"));
    JUDGED.put(BuiltinTool.AWS, List.of("/properties/service_name", "/properties/operation_name"));
    JUDGED.put(BuiltinTool.GLOB, List.of("/properties/path", "/properties/pattern"));
    JUDGED.put(BuiltinTool.GREP, List.of("/properties/path"));
    JUDGED.put(BuiltinTool.WEB_FETCH, List.of("/properties/url"));
    JUDGED.put(
        BuiltinTool.SUBAGENT,
        List.of(
            "/properties/command",
            "/properties/content/properties/subagents/items/properties/agent_name"));
  }

  /** The fields the engine cannot decide without: it asks when one is missing. */
  static final Map<BuiltinTool, List<String>> REQUIRED_BY_ENGINE =
      Map.of(
          BuiltinTool.WRITE, List.of("path"),
          BuiltinTool.SHELL, List.of("command"),
          BuiltinTool.AWS, List.of("service_name", "operation_name"),
          BuiltinTool.WEB_FETCH, List.of("url"),
          BuiltinTool.READ, List.of("operations"));

  @TempDir Path tmp;
  PermissionEngine engine;

  @BeforeEach
  void setUp() throws IOException {
    Path root = tmp.toRealPath().resolve("app");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/all.json"), "{\"name\": \"all\", \"tools\": [\"*\"]}");
    Workspace ws =
        Workspace.open(
            WorkspaceOptions.builder().root(root).userHome(tmp.toRealPath().resolve("h")).build());
    engine =
        PermissionEngine.of(
            AgentSet.of(ws).find("all").orElseThrow(),
            ws,
            ws.primaryRoot().path(),
            SessionTrust.none());
  }

  @Test
  void everyBuiltinToolHasASpecUnderItsCanonicalName() {
    assertThat(BuiltinToolSpec.all()).hasSize(BuiltinTool.values().length);
    for (BuiltinTool b : BuiltinTool.values()) {
      BuiltinToolSpec spec = BuiltinToolSpec.of(b);
      assertThat(spec.name()).isEqualTo(b.canonicalName());
      assertThat(spec.description()).isNotBlank();
      assertThat(spec.docs()).matches("L\\d+");
      assertThat(spec.inputSchema().path("type").asString()).isEqualTo("object");
    }
  }

  @Test
  void descriptionsQuoteTheBuiltinToolsReference() {
    assertThat(BuiltinToolSpec.of(BuiltinTool.READ).description())
        .isEqualTo("Reads files, folders and images");
    assertThat(BuiltinToolSpec.of(BuiltinTool.SHELL).description())
        .isEqualTo("Tool for executing a specified bash command.");
    assertThat(BuiltinToolSpec.of(BuiltinTool.WEB_FETCH).description())
        .isEqualTo("Tool for fetching content from a URL");
  }

  @Test
  void inputSchemaIsACopyCallersCannotCorrupt() {
    ((ObjectNode) BuiltinToolSpec.of(BuiltinTool.SHELL).inputSchema()).removeAll();
    assertThat(BuiltinToolSpec.of(BuiltinTool.SHELL).inputSchema().has("properties")).isTrue();
  }

  @Test
  void everySchemaCompilesAndAcceptsItsSampleInput() {
    for (BuiltinTool b : BuiltinTool.values()) {
      JsonSchema schema = schema(b);
      JsonResult sample = JsonLoader.strict().parse(SAMPLES.get(b), Path.of(b + ".json"));
      assertThat(schema.validate(sample.document().orElseThrow())).as(b.toString()).isEmpty();
    }
  }

  @Test
  void inputsValidAgainstTheSchemaAreJudgedByThePermissionEngine() {
    for (BuiltinTool b : BuiltinTool.values()) {
      PermissionDecision d = engine.evaluate(b.canonicalName(), JSON.readTree(SAMPLES.get(b)));
      assertThat(d.reasons())
          .as(b + " " + d.reasons())
          .noneMatch(r -> r.code().equals("UNREADABLE_INPUT") || r.code().equals("INVALID_INPUT"));
    }
  }

  @Test
  void everyFieldThePermissionEngineJudgesIsAPropertyOfTheSchema() {
    JUDGED.forEach(
        (tool, pointers) -> {
          JsonNode schema = BuiltinToolSpec.of(tool).inputSchema();
          for (String p : pointers) {
            assertThat(schema.at(p).isMissingNode()).as(tool + " " + p).isFalse();
          }
        });
  }

  @Test
  void aFieldTheEngineCannotDecideWithoutIsRequiredByTheSchema() {
    REQUIRED_BY_ENGINE.forEach(
        (tool, fields) -> {
          JsonNode schema = BuiltinToolSpec.of(tool).inputSchema();
          List<String> required = new ArrayList<>();
          schema.path("required").forEach(r -> required.add(r.asString()));
          for (String field : fields) {
            assertThat(required).as(tool.toString()).contains(field);
            ObjectNode input = (ObjectNode) JSON.readTree(SAMPLES.get(tool));
            input.remove(field);
            PermissionDecision d = engine.evaluate(tool.canonicalName(), input);
            assertThat(d.reasons().get(0).code())
                .as(tool + " without " + field)
                .isEqualTo("UNREADABLE_INPUT");
          }
        });
  }

  private static JsonSchema schema(BuiltinTool b) {
    return JsonSchema.fromText(BuiltinToolSpec.of(b).inputSchema().toString(), b + "-input");
  }
}
