package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.json.JsonSyntax;
import io.kiro4j.core.json.SchemaCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The usage examples of the package's Javadoc, run as written. */
class JsonSnippetsTest {

  private final Path file = Path.of(".kiro/agents/dev.json");
  private final String text =
      "{\n  \"name\": \"dev\",\n  \"mcpServers\": {\"git\": {\"comand\": \"uvx\"}}\n}";

  @Test
  void jsonLoaderExample() {
    JsonResult result = JsonLoader.strict().parse(text, Path.of(".kiro/agents/dev.json"));
    result.diagnostics().forEach(System.out::println);
    if (!result.hasErrors()) {
      JsonNode root = result.document().orElseThrow().root();
      assertThat(root.get("name").stringValue()).isEqualTo("dev");
    }
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void jsonDocumentExample() {
    JsonDocument doc = JsonLoader.strict().parse(text, file).document().orElseThrow();
    JsonPosition where = doc.keyPosition("/mcpServers/git/comand");
    Diagnostic d =
        doc.keyDiagnostic(SchemaCode.UNKNOWN_KEY, "/mcpServers/git/comand", "unknown key");

    assertThat(where).isEqualTo(new JsonPosition(3, 26));
    assertThat(d.toString()).isEqualTo(file + ":3:26: error SCHEMA-002 unknown key");
  }

  @Test
  void jsonSchemaExample() {
    JsonSchema schema = JsonSchema.fromResource(JsonSnippetsTest.class, "test-config.schema.json");
    JsonResult parsed = JsonLoader.strict().parse(text, file);
    List<Diagnostic> problems = parsed.document().map(schema::validate).orElse(List.of());

    assertThat(problems).extracting(Diagnostic::code).containsExactly("SCHEMA-003", "SCHEMA-002");
  }

  @Test
  void jsonOptionsExample() {
    JsonOptions options =
        JsonOptions.builder().syntax(JsonSyntax.LENIENT).maxNestingDepth(32).build();

    assertThat(JsonLoader.create(options).parse("[1, // one\n]", file).hasErrors()).isFalse();
  }
}
