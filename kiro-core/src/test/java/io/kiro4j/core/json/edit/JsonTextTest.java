package io.kiro4j.core.json.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;

class JsonTextTest {

  private static final Path FILE = Path.of("mcp.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static String apply(String text, JsonEdit edit) {
    return JsonText.parse(text, FILE).orElseThrow().apply(edit).orElseThrow().text();
  }

  private static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  @Test
  void changingAValueKeepsEveryOtherByte() {
    String text = "{\n    \"a\" :  1, // one\n    \"b\": [1,2]\n}\n";
    assertThat(apply(text, JsonEdit.set("/a", json("2"))))
        .isEqualTo("{\n    \"a\" :  2, // one\n    \"b\": [1,2]\n}\n");
  }

  @Test
  void aNewMemberIsIndentedLikeItsSiblingsWithTheDocumentsLineEnding() {
    String text = "{\r\n\t\"mcpServers\": {\r\n\t\t\"a\": {\"command\": \"x\"}\r\n\t}\r\n}";
    assertThat(
            apply(
                text, JsonEdit.set("/mcpServers/b", json("{\"command\":\"y\",\"args\":[\"-y\"]}"))))
        .isEqualTo(
            "{\r\n\t\"mcpServers\": {\r\n\t\t\"a\": {\"command\": \"x\"},\r\n"
                + "\t\t\"b\": {\r\n\t\t\t\"command\": \"y\",\r\n\t\t\t\"args\": [\"-y\"]\r\n\t\t}\r\n\t}\r\n}");
  }

  @Test
  void aMemberAddedToAnEmptyObjectGoesOnItsOwnLine() {
    assertThat(apply("{\n  \"mcpServers\": {}\n}\n", JsonEdit.set("/mcpServers/git", json("{}"))))
        .isEqualTo("{\n  \"mcpServers\": {\n    \"git\": {}\n  }\n}\n");
  }

  @Test
  void missingParentObjectsAreCreated() {
    assertThat(apply("{}\n", JsonEdit.set("/chat/defaultAgent", json("\"dev\""))))
        .isEqualTo("{\n  \"chat\": {\n    \"defaultAgent\": \"dev\"\n  }\n}\n");
  }

  @Test
  void aOneLineObjectStaysOnOneLine() {
    assertThat(apply("{\"env\": {\"A\": \"1\"}}", JsonEdit.set("/env/B", json("\"2\""))))
        .isEqualTo("{\"env\": {\"A\": \"1\", \"B\": \"2\"}}");
  }

  @Test
  void aCommentAfterTheLastMemberStaysWithIt() {
    String text = "{\n  \"a\": 1 // about a\n}\n";
    String added = apply(text, JsonEdit.set("/b", json("2")));
    assertThat(added).isEqualTo("{\n  \"a\": 1, // about a\n  \"b\": 2\n}\n");
    assertThat(apply(added, JsonEdit.remove("/b"))).isEqualTo(text);
  }

  @Test
  void aTrailingCommaStaysTrailing() {
    String text = "{\n  \"a\": 1,\n}";
    String added = apply(text, JsonEdit.set("/b", json("2")));
    assertThat(added).isEqualTo("{\n  \"a\": 1,\n  \"b\": 2,\n}");
    assertThat(apply(added, JsonEdit.remove("/b"))).isEqualTo(text);
  }

  @Test
  void removingAMemberTakesItsCommaAndLineAndLeavesTheCommentAboveTheNext() {
    String text = "{\n  \"a\": 1, // about a\n  // about b\n  \"b\": 2\n}";
    assertThat(apply(text, JsonEdit.remove("/a"))).isEqualTo("{\n  // about b\n  \"b\": 2\n}");
    assertThat(apply(text, JsonEdit.remove("/b")))
        .isEqualTo("{\n  \"a\": 1 // about a\n  // about b\n}");
  }

  @Test
  void removingTheOnlyMemberLeavesAnEmptyObject() {
    assertThat(apply("{\n  \"s\": {\n    \"a\": 1\n  }\n}", JsonEdit.remove("/s/a")))
        .isEqualTo("{\n  \"s\": {}\n}");
  }

  @Test
  void aByteOrderMarkAndTheMissingTrailingNewlineAreKept() {
    assertThat(apply("\uFEFF{\"a\": true}", JsonEdit.set("/a", BooleanNode.FALSE)))
        .isEqualTo("\uFEFF{\"a\": false}");
  }

  @Test
  void removingAMemberThatIsNotThereChangesNothing() {
    String text = "{\"a\": 1}";
    assertThat(apply(text, JsonEdit.remove("/b/c"))).isEqualTo(text);
  }

  @Test
  void textThatDoesNotParseIsRefused() {
    EditResult result = JsonText.parse("{\"a\": }", FILE);
    assertThat(result).isInstanceOf(EditResult.Refused.class);
    assertThat(((EditResult.Refused) result).diagnostics())
        .extracting(Diagnostic::code)
        .contains("EDIT-001", "JSON-001");
  }

  @Test
  void aPathThroughSomethingThatIsNotAnObjectIsRefused() {
    EditResult result =
        JsonText.parse("{\"a\": [1]}", FILE).orElseThrow().apply(JsonEdit.set("/a/b", json("1")));
    assertThat(((EditResult.Refused) result).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("EDIT-002");
  }

  @Test
  void removingADuplicatedKeyIsRefusedAndSettingOneChangesTheLaterOne() {
    JsonText text = JsonText.parse("{\"a\": 1, \"a\": 2}", FILE).orElseThrow();
    assertThat(((EditResult.Refused) text.apply(JsonEdit.remove("/a"))).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("EDIT-003");
    assertThat(text.apply(JsonEdit.set("/a", json("3"))).orElseThrow().text())
        .isEqualTo("{\"a\": 1, \"a\": 3}");
  }

  @Test
  void editsApplyInTurn() {
    JsonText text = JsonText.emptyObject(FILE);
    JsonText edited =
        text.applyAll(List.of(JsonEdit.set("/x", json("1")), JsonEdit.set("/y", json("[]"))))
            .orElseThrow();
    assertThat(edited.text()).isEqualTo("{\n  \"x\": 1,\n  \"y\": []\n}\n");
  }

  @Test
  void anEditThatWouldNestTheDocumentTooDeeplyIsRefused() {
    JsonText text = JsonText.parse("{\"a\": {\"b\": {}}}", FILE).orElseThrow();
    // The document has 3 levels where the value goes: 61 more reach the limit of 64, 62 pass it.
    JsonNode fits = json("[".repeat(61) + "]".repeat(61));
    JsonNode tooDeep = json("[".repeat(62) + "]".repeat(62));

    JsonText edited = text.apply(JsonEdit.set("/a/b/c", fits)).orElseThrow();
    EditResult refused = text.apply(JsonEdit.set("/a/b/c", tooDeep));

    assertThat(JsonText.parse(edited.text(), FILE)).isInstanceOf(EditResult.Edited.class);
    assertThat(((EditResult.Refused) refused).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("EDIT-004");
  }

  @Test
  void anEditedTextCanBeEditedAgainWithoutBeingParsedFromScratch() {
    JsonText once = JsonText.parse("{\"a\": {\"x\": [1, {\"y\": 2}]}}", FILE).orElseThrow();
    JsonText twice =
        once.apply(JsonEdit.set("/a/z", json("{\"k\": [3]}")))
            .orElseThrow()
            .apply(JsonEdit.set("/a/x", json("4")))
            .orElseThrow();
    assertThat(json(twice.text())).isEqualTo(json("{\"a\": {\"x\": 4, \"z\": {\"k\": [3]}}}"));
  }
}
