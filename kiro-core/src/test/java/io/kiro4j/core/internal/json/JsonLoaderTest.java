package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.json.JsonSyntax;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;

class JsonLoaderTest {

  private static final Path FILE = Path.of(".kiro/agents/dev.json");

  private static JsonResult strict(String text) {
    return JsonLoader.strict().parse(text, FILE);
  }

  private static JsonResult lenient(String text) {
    return JsonLoader.lenient().parse(text, FILE);
  }

  private static JsonDocument document(JsonResult result) {
    assertThat(result.document()).as("document of %s", result.diagnostics()).isPresent();
    return result.document().orElseThrow();
  }

  private static String at(JsonPosition position) {
    return position.toString();
  }

  private static String at(Diagnostic d) {
    return d.line() + ":" + d.column();
  }

  private static List<String> codes(JsonResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  // ---- positions ------------------------------------------------------------------------------

  @Test
  void everyValueOfAMultiLineDocumentIsAtItsFirstCharacter() {
    String text =
        "{\n"
            + "  \"name\": \"dev\",\n"
            + "  \"tools\": [\n"
            + "    \"read\",\n"
            + "    {\"x\": -1.5e3}\n"
            + "  ],\n"
            + "  \"flag\": true,\n"
            + "  \"none\": null\n"
            + "}\n";
    JsonDocument doc = document(strict(text));

    assertThat(doc.root().get("tools").get(1).get("x").doubleValue()).isEqualTo(-1500.0);
    assertThat(at(doc.position(""))).isEqualTo("1:1");
    assertThat(at(doc.position("/name"))).isEqualTo("2:11");
    assertThat(at(doc.position("/tools"))).isEqualTo("3:12");
    assertThat(at(doc.position("/tools/0"))).isEqualTo("4:5");
    assertThat(at(doc.position("/tools/1"))).isEqualTo("5:5");
    assertThat(at(doc.position("/tools/1/x"))).isEqualTo("5:11");
    assertThat(at(doc.position("/flag"))).isEqualTo("7:11");
    assertThat(at(doc.position("/none"))).isEqualTo("8:11");
  }

  @Test
  void keyPositionIsTheOpeningQuoteOfTheKey() {
    String text = "{\n  \"mcpServers\": {\n      \"git\": {\"command\": \"uvx\"}\n  }\n}";
    JsonDocument doc = document(strict(text));

    assertThat(at(doc.keyPosition("/mcpServers"))).isEqualTo("2:3");
    assertThat(at(doc.keyPosition("/mcpServers/git"))).isEqualTo("3:7");
    assertThat(at(doc.keyPosition("/mcpServers/git/command"))).isEqualTo("3:15");
    assertThat(at(doc.position("/mcpServers/git/command"))).isEqualTo("3:26");
  }

  @Test
  void rootAndArrayElementsHaveNoKeySoTheirKeyPositionIsTheValue() {
    JsonDocument doc = document(strict("[10, 20]"));

    assertThat(at(doc.keyPosition(""))).isEqualTo("1:1");
    assertThat(at(doc.keyPosition("/1"))).isEqualTo("1:6");
  }

  @Test
  void columnsCountCodePointsSoAccentsAndEmojiAreOneColumnEach() {
    // "é" is one char, "😀" two UTF-16 chars (one code point), "日本" two chars.
    String text = "{\"é😀日本\": \"ü😀\", \"b\": 1}";
    JsonDocument doc = document(strict(text));

    assertThat(at(doc.keyPosition("/é😀日本"))).isEqualTo("1:2");
    assertThat(at(doc.position("/é😀日本"))).isEqualTo("1:10");
    assertThat(at(doc.keyPosition("/b"))).isEqualTo("1:16");
    assertThat(at(doc.position("/b"))).isEqualTo("1:21");
  }

  @Test
  void aTabIsOneColumn() {
    JsonDocument doc = document(strict("{\n\t\t\"a\":\t1\n}"));

    assertThat(at(doc.keyPosition("/a"))).isEqualTo("2:3");
    assertThat(at(doc.position("/a"))).isEqualTo("2:8");
  }

  @Test
  void crlfIsOneLineBreakAndALoneCarriageReturnEndsALine() {
    JsonDocument crlf = document(strict("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}\r\n"));
    assertThat(at(crlf.keyPosition("/b"))).isEqualTo("3:3");
    assertThat(at(crlf.position("/b"))).isEqualTo("3:8");

    JsonDocument cr = document(strict("{\r  \"a\": 1,\r  \"b\": 2\r}"));
    assertThat(at(cr.keyPosition("/b"))).isEqualTo("3:3");
  }

  @Test
  void aPointerToNoNodeResolvesToItsNearestExistingAncestor() {
    JsonDocument doc = document(strict("{\n  \"a\": {\n    \"b\": [1]\n  }\n}"));

    assertThat(doc.contains("/a/missing")).isFalse();
    assertThat(at(doc.position("/a/missing/deeper"))).isEqualTo("2:8");
    assertThat(at(doc.keyPosition("/a/missing"))).isEqualTo("2:8");
    assertThat(at(doc.position("/a/b/7"))).isEqualTo("3:10");
    assertThat(at(doc.position("/nothing"))).isEqualTo("1:1");
    assertThat(at(doc.position(JsonPointer.compile("/a/b/0")))).isEqualTo("3:11");
  }

  @Test
  void keysWithSlashOrTildeAreAddressedByEscapedPointers() {
    JsonDocument doc = document(strict("{\"a/b\": 1, \"c~d\": 2, \"\": 3}"));

    assertThat(at(doc.position("/a~1b"))).isEqualTo("1:9");
    assertThat(at(doc.position(JsonPointer.empty().appendProperty("c~d")))).isEqualTo("1:19");
    assertThat(at(doc.keyPosition("/"))).isEqualTo("1:22");
  }

  @Test
  void anInvalidPointerIsAProgrammerError() {
    JsonDocument doc = document(strict("{}"));

    assertThatThrownBy(() -> doc.position("no-leading-slash"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void diagnosticHelpersPointAtTheValueOrTheKey() {
    JsonDocument doc = document(strict("{\n  \"model\": 42\n}"));

    Diagnostic value = doc.diagnostic(JsonCode.SYNTAX_ERROR, "/model", "m");
    Diagnostic key = doc.keyDiagnostic(JsonCode.DUPLICATE_KEY, "/model", "k");

    assertThat(at(value)).isEqualTo("2:12");
    assertThat(at(key)).isEqualTo("2:3");
    assertThat(key.severity()).isEqualTo(Severity.WARNING);
    assertThat(key.path()).isEqualTo(FILE);
  }

  @Test
  void positionsDescribeTheTextEvenAfterACallerChangesTheTree() {
    JsonDocument doc = document(strict("{\n  \"a\": 1,\n  \"b\": [true]\n}"));

    ((tools.jackson.databind.node.ObjectNode) doc.root()).remove("a");

    assertThat(doc.keyPosition("/b")).hasToString("3:3");
    assertThat(doc.position("/b/0")).hasToString("3:9");
    assertThat(doc.contains("/a")).isTrue();
  }

  @Test
  void numbersKeepTheirKind() {
    JsonNode root =
        document(strict("[1, 12345678901, 123456789012345678901234567890, 0.5]")).root();

    assertThat(root.get(0).isInt()).isTrue();
    assertThat(root.get(1).isLong()).isTrue();
    assertThat(root.get(2).isBigInteger()).isTrue();
    assertThat(root.get(3).isDouble()).isTrue();
  }

  // ---- syntax errors ---------------------------------------------------------------------------

  @Test
  void aSyntaxErrorIsJson001AtTheOffendingCharacterWithAOneLineMessage() {
    JsonResult result = strict("{\n  \"a\": 1\n  \"b\": 2\n}");

    assertThat(result.document()).isEmpty();
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("JSON-001");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(at(d)).isEqualTo("3:3");
    assertThat(d.message())
        .isEqualTo("unexpected character '\"': was expecting comma to separate Object entries")
        .doesNotContain("code 34", "Source", "\n");
  }

  @Test
  void aBadTokenIsReportedWhereItStarts() {
    Diagnostic d = strict("{\"a\": tru}").diagnostics().get(0);

    assertThat(d.code()).isEqualTo("JSON-001");
    assertThat(at(d)).isEqualTo("1:7");
    assertThat(d.message()).startsWith("unrecognized token 'tru'");
  }

  @Test
  void syntaxErrorMessagesNameInvisibleCharactersByCodePoint() {
    Diagnostic d = strict("{\"a\": \"x\ny\"}").diagnostics().get(0);

    assertThat(at(d)).isEqualTo("1:9");
    assertThat(d.message()).contains("control character U+000A").doesNotContain("CTRL-CHAR");
  }

  @Test
  void nonStandardNumbersAreSyntaxErrorsWithoutJacksonHints() {
    Diagnostic d = strict("{\"a\": NaN}").diagnostics().get(0);

    assertThat(d.code()).isEqualTo("JSON-001");
    assertThat(d.message()).doesNotContain("JsonReadFeature", "enable");
  }

  @Test
  void anUnterminatedStringIsReportedAtTheEndOfTheText() {
    Diagnostic d = strict("{\"a\": \"abc").diagnostics().get(0);

    assertThat(d.code()).isEqualTo("JSON-001");
    assertThat(at(d)).isEqualTo("1:11");
    assertThat(d.message()).startsWith("unexpected end-of-input");
  }

  @Test
  void contentAfterTheRootValueIsASyntaxError() {
    JsonResult twoValues = strict("{}\n{}");
    JsonResult garbage = strict("{} x");

    assertThat(twoValues.document()).isEmpty();
    assertThat(codes(twoValues)).containsExactly("JSON-001");
    assertThat(at(twoValues.diagnostics().get(0))).isEqualTo("2:1");
    assertThat(codes(garbage)).containsExactly("JSON-001");
    assertThat(at(garbage.diagnostics().get(0))).isEqualTo("1:4");
  }

  @Test
  void aScalarIsAValidDocument() {
    JsonResult result = strict("  \"just a string\"  ");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(document(result).root().stringValue()).isEqualTo("just a string");
    assertThat(at(document(result).position(""))).isEqualTo("1:3");
  }

  // ---- comments and trailing commas (docs L6141-6166 style) -----------------------------------

  /** Written in the style of the docs' allowedTools example: line comments, a trailing comma. */
  private static final String DOCS_STYLE =
      "{\n"
          + "  \"allowedTools\": [\n"
          + "    // Exact matches\n"
          + "    \"read\",\n"
          + "    \"r*\",                    // Read\n"
          + "    /* all native tools */ \"@builtin\",\n"
          + "    \"@git-*\",\n"
          + "  ],\n"
          + "}\n";

  @Test
  void commentsAndTrailingCommasAreErrorsInStrictMode() {
    JsonResult result = strict(DOCS_STYLE);

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.diagnostics())
        .extracting(d -> d.code() + "@" + at(d) + ":" + d.severity())
        .containsExactly(
            "JSON-002@3:5:ERROR",
            "JSON-002@5:30:ERROR",
            "JSON-002@6:5:ERROR",
            "JSON-003@7:13:ERROR",
            "JSON-003@8:4:ERROR");
  }

  @Test
  void strictModeStillBuildsTheTreeSoLaterChecksCanReportMore() {
    JsonResult result = strict(DOCS_STYLE);

    assertThat(document(result).root().get("allowedTools")).hasSize(4);
  }

  @Test
  void commentsAndTrailingCommasAreReadWithOneWarningEachInLenientMode() {
    JsonResult result = lenient(DOCS_STYLE);

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics())
        .extracting(d -> d.code() + "@" + at(d) + ":" + d.severity())
        .containsExactly(
            "JSON-002@3:5:WARNING",
            "JSON-002@5:30:WARNING",
            "JSON-002@6:5:WARNING",
            "JSON-003@7:13:WARNING",
            "JSON-003@8:4:WARNING");
    assertThat(result.diagnostics().get(0).message()).contains("lenient");
    JsonDocument doc = document(result);
    assertThat(doc.root().get("allowedTools").get(2).stringValue()).isEqualTo("@builtin");
    assertThat(at(doc.position("/allowedTools/2"))).isEqualTo("6:28");
  }

  @Test
  void commentMarkersInsideStringsAreNotComments() {
    JsonResult result = strict("{\"url\": \"https://x/*y*/\", \"s\": \"a,]\"}");

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aTrailingCommaBeforeACommentAndACloserIsStillATrailingComma() {
    JsonResult result = lenient("[1, /* c */\n]");

    assertThat(result.diagnostics())
        .extracting(d -> d.code() + "@" + at(d))
        .containsExactly("JSON-003@1:3", "JSON-002@1:5");
  }

  @Test
  void twoCommasInARowAreASyntaxErrorEvenInLenientMode() {
    JsonResult result = lenient("[1,,]");

    assertThat(result.document()).isEmpty();
    assertThat(codes(result)).contains("JSON-001");
  }

  @Test
  void unquotedTokensAsInTheDocsExampleAreSyntaxErrorsAfterTheCommentsBeforeThem() {
    // docs L6152: @builtin, without quotes
    JsonResult result = lenient("[\n  // Native tool wildcards\n  @builtin,\n]");

    assertThat(result.document()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(d -> d.code() + "@" + at(d))
        .containsExactlyInAnyOrder("JSON-001@3:3", "JSON-002@2:3");
  }

  @Test
  void anUnterminatedBlockCommentIsASyntaxError() {
    JsonResult result = lenient("{} /* never closed");

    assertThat(result.document()).isEmpty();
    assertThat(codes(result)).contains("JSON-001", "JSON-002");
  }

  // ---- duplicate keys --------------------------------------------------------------------------

  @Test
  void aDuplicateKeyIsReportedAtTheSecondKeyAndTheLaterValueWins() {
    JsonResult result = strict("{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}");

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("JSON-004");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(at(d)).isEqualTo("3:3");
    assertThat(d.message()).contains("'name'", "the root", "later value wins");
    JsonDocument doc = document(result);
    assertThat(doc.root().get("name").stringValue()).isEqualTo("b");
    assertThat(at(doc.position("/name"))).isEqualTo("3:11");
  }

  @Test
  void aReplacedValueLeavesNoPositionsBehind() {
    JsonDocument doc = document(strict("{\"a\": {\"x\": 1}, \"a\": 2}"));

    assertThat(doc.contains("/a/x")).isFalse();
    assertThat(at(doc.position("/a/x"))).isEqualTo("1:22");
  }

  @Test
  void duplicateKeysInNestedObjectsNameTheObject() {
    Diagnostic d = strict("{\"s\": {\"k\": 1, \"k\": 2}}").diagnostics().get(0);

    assertThat(d.message()).contains("'k'", "/s");
    assertThat(at(d)).isEqualTo("1:16");
  }

  // ---- empty documents, BOM, limits ------------------------------------------------------------

  @Test
  void anEmptyFileIsJson005() {
    JsonResult result = strict("");

    assertThat(result.document()).isEmpty();
    assertThat(codes(result)).containsExactly("JSON-005");
    assertThat(at(result.diagnostics().get(0))).isEqualTo("1:1");
  }

  @Test
  void aWhitespaceOnlyFileIsJson005() {
    assertThat(codes(strict(" \n\t\r\n"))).containsExactly("JSON-005");
  }

  @Test
  void aCommentOnlyFileIsJson005PlusTheComment() {
    assertThat(codes(lenient("// nothing here\n")))
        .containsExactlyInAnyOrder("JSON-005", "JSON-002");
  }

  @Test
  void aByteOrderMarkIsSkippedAndNotCountedInColumns() {
    JsonResult result = strict("\uFEFF{\"a\": 1}");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(at(document(result).keyPosition("/a"))).isEqualTo("1:2");
  }

  @Test
  void aFileWithOnlyAByteOrderMarkIsEmpty() {
    assertThat(codes(strict("\uFEFF"))).containsExactly("JSON-005");
  }

  @Test
  void nestingDeeperThanTheLimitIsJson007AtTheBracketThatGoesTooDeep() {
    JsonLoader loader = JsonLoader.create(JsonOptions.builder().maxNestingDepth(3).build());

    assertThat(loader.parse("[[[1]]]", FILE).diagnostics()).isEmpty();
    JsonResult tooDeep = loader.parse("{\"a\": [\n  {\"b\": [1]}]}", FILE);
    assertThat(tooDeep.document()).isEmpty();
    assertThat(codes(tooDeep)).containsExactly("JSON-007");
    assertThat(at(tooDeep.diagnostics().get(0))).isEqualTo("2:9");
    assertThat(tooDeep.diagnostics().get(0).message()).contains("3 levels");
  }

  @Test
  void theDefaultNestingLimitRejectsHostileDepthWithoutStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    JsonResult result = strict(deep);

    assertThat(codes(result)).containsExactly("JSON-007");
    assertThat(at(result.diagnostics().get(0)))
        .isEqualTo("1:" + (JsonOptions.DEFAULT_MAX_NESTING_DEPTH + 1));
  }

  @Test
  void aDocumentLongerThanTheLimitIsJson006() {
    JsonLoader loader = JsonLoader.create(JsonOptions.builder().maxDocumentLength(10).build());

    assertThat(loader.parse("\uFEFF[1,2,3,4]", FILE).diagnostics()).isEmpty();
    JsonResult result = loader.parse("[1,2,3,4,5]", FILE);
    assertThat(result.document()).isEmpty();
    assertThat(codes(result)).containsExactly("JSON-006");
    assertThat(result.diagnostics().get(0).message()).contains("11", "10");
  }

  @Test
  void limitsBelongToTheLoaderAndNeverChangeJacksonsGlobalDefaults() {
    StreamReadConstraints before = StreamReadConstraints.defaults();
    JsonLoader shallow = JsonLoader.create(JsonOptions.builder().maxNestingDepth(1).build());

    assertThat(codes(shallow.parse("[[1]]", FILE))).containsExactly("JSON-007");
    assertThat(strict("[[1]]").diagnostics()).isEmpty();
    assertThat(StreamReadConstraints.defaults().getMaxNestingDepth())
        .isEqualTo(before.getMaxNestingDepth());
  }

  @Test
  void optionsRejectBadLimitsAtOnce() {
    assertThatThrownBy(() -> JsonOptions.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> JsonOptions.builder().maxDocumentLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentLength");
  }

  @Test
  void optionsRoundTripThroughTheirBuilder() {
    JsonOptions options =
        JsonOptions.builder().syntax(JsonSyntax.LENIENT).maxNestingDepth(5).build();

    assertThat(options.toBuilder().build()).isEqualTo(options);
    assertThat(JsonLoader.create(options).options()).isEqualTo(options);
    assertThat(JsonLoader.create(JsonOptions.defaults())).isSameAs(JsonLoader.strict());
    assertThat(JsonLoader.lenient().options().syntax()).isEqualTo(JsonSyntax.LENIENT);
    assertThat(JsonLoader.create(JsonLoader.lenient().options())).isSameAs(JsonLoader.lenient());
  }

  @Test
  void anUnclosedArrayIsNamedWithTheLineAndColumnItWasOpenedAt() {
    JsonResult result = strict("{\n  \"tools\": [\"read\", \"write\"");

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("JSON-001");
              assertThat(d.message())
                  .contains("expected close marker for Array (opened at line 2, column 12)")
                  .doesNotContain("Source")
                  .doesNotContain("#UNKNOWN");
            });
  }
}
