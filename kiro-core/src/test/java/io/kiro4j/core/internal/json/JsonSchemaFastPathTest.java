package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The rules of {@link SchemaFastPath}, one per test; the properties check it against the engine.
 */
@Timeout(30)
class JsonSchemaFastPathTest {

  private static final String AGENT = "/io/kiro4j/core/agent/agent.schema.json";

  private static JsonDocument doc(String text) {
    return JsonLoader.strict().parse(text, Path.of(".kiro/agents/a.json")).document().orElseThrow();
  }

  private static SchemaFastPath fast(String schema) {
    return SchemaFastPath.of(doc(schema).root());
  }

  private static SchemaFastPath agent() {
    return SchemaFastPath.of(JsonSchemaFastPathProperties.schemaNode(AGENT));
  }

  @Test
  void aValidAgentIsAcceptedWithoutTheEngine() {
    JsonDocument valid =
        doc(
            "{\"name\": \"dev\", \"tools\": [\"read\", \"@git\"], \"resources\": [\"file://README.md\","
                + " {\"type\": \"knowledgeBase\", \"source\": \"file://docs\", \"name\": \"d\"}],"
                + " \"mcpServers\": {\"git\": {\"command\": \"uvx\", \"timeout\": 5000}},"
                + " \"hooks\": {\"agentSpawn\": [{\"command\": \"git status\"}]}, \"model\": null}");

    assertThat(agent().accepts(valid.rootNode())).isTrue();
  }

  @Test
  void aLazySchemaCompilesOnlyForADocumentTheFastPathDoesNotAccept() {
    JsonSchema schema = JsonSchema.fromResourceLazily(JsonSchemaFastPathTest.class, AGENT);

    assertThat(schema.validate(doc("{\"name\": \"dev\"}"))).isEmpty();
    assertThat(schema.isCompiled()).isFalse();
    assertThat(schema.validate(doc("{\"name\": \"\"}"))).hasSize(1);
    assertThat(schema.isCompiled()).isTrue();
  }

  @Test
  void eachViolationOfASimpleKeywordGoesToTheEngine() {
    SchemaFastPath agent = agent();
    for (String invalid :
        new String[] {
          "[]", // type
          "{\"name\": \"\"}", // minLength
          "{\"nme\": \"dev\"}", // additionalProperties false
          "{\"tools\": [1]}", // items
          "{\"resources\": [\"README.md\"]}", // anyOf: pattern, not an object
          "{\"resources\": [{\"type\": \"knowledgeBase\", \"name\": \"d\"}]}", // required
          "{\"resources\": [{\"type\": \"kb\", \"source\": \"s\", \"name\": \"d\"}]}", // const
          "{\"mcpServers\": {\"a\": {\"type\": \"sse\"}}}", // enum
          "{\"mcpServers\": {\"a\": {\"timeout\": -1}}}", // minimum
          "{\"hooks\": {\"stop\": [{}]}}" // $ref, required
        }) {
      assertThat(agent.accepts(doc(invalid).rootNode())).as(invalid).isFalse();
    }
  }

  @Test
  void aWholeValuedFloatForAnIntegerIsLeftToTheEngine() {
    assertThat(agent().accepts(doc("{\"mcpServers\": {\"a\": {\"timeout\": 1.0}}}").rootNode()))
        .isFalse();
  }

  @Test
  void aSchemaWithAnotherKeywordAcceptsNothing() {
    SchemaFastPath oneOf = fast("{\"oneOf\": [{\"type\": \"object\"}]}");

    assertThat(oneOf.accepts(doc("{}").rootNode())).isFalse();
  }

  @Test
  void aSchemaOfAnotherDraftAcceptsNothing() {
    SchemaFastPath draft7 =
        fast("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"object\"}");

    assertThat(draft7.accepts(doc("{}").rootNode())).isFalse();
  }

  @Test
  void aPatternWithEscapesIsLeftToTheEngine() {
    // \d means more digits to the JDK than to ECMA-262 under some flags: not judged here.
    SchemaFastPath digits = fast("{\"type\": \"string\", \"pattern\": \"^\\\\d+$\"}");

    assertThat(digits.accepts(doc("\"12\"").rootNode())).isFalse();
  }

  @Test
  void aReferenceCycleEndsWithoutAVerdict() {
    SchemaFastPath cycle =
        fast("{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}");

    assertThat(cycle.accepts(doc("{}").rootNode())).isFalse();
  }

  @Test
  void aNestedIdAcceptsNothing() {
    // Below a nested $id, "#/$defs/x" names that resource's definitions, not the root's.
    SchemaFastPath nested =
        fast(
            "{\"$defs\": {\"x\": true}, \"properties\": {\"a\": {\"$id\": \"inner\","
                + " \"$defs\": {\"x\": false}, \"$ref\": \"#/$defs/x\"}}}");

    assertThat(nested.accepts(doc("{\"a\": 1}").rootNode())).isFalse();
  }

  @Test
  void aRemoteReferenceAcceptsNothing() {
    SchemaFastPath remote = fast("{\"$ref\": \"https://example.invalid/s.json\"}");

    assertThat(remote.accepts(doc("{}").rootNode())).isFalse();
  }

  @Test
  void minLengthCountsCodePoints() {
    SchemaFastPath two = fast("{\"type\": \"string\", \"minLength\": 2}");

    assertThat(two.accepts(doc("\"\uD83D\uDE00\"").rootNode())).isFalse(); // one code point
    assertThat(two.accepts(doc("\"\uD83D\uDE00x\"").rootNode())).isTrue();
  }
}
