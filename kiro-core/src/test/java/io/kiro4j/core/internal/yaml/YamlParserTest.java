package io.kiro4j.core.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.core.yaml.YamlSequence;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Rules of the lenient profile, the one Kiro steering, POWER.md and agent files are read with. */
@Timeout(10)
class YamlParserTest {

  private static final Path FILE = Path.of(".kiro/steering/rules.md");

  private static YamlResult lenient(String yaml) {
    return YamlParser.parse(yaml, FILE, 1, YamlProfile.LENIENT);
  }

  private static YamlMapping mapping(YamlResult result) {
    assertThat(result.diagnostics()).isEmpty();
    return result.root().flatMap(YamlNode::asMapping).orElseThrow();
  }

  private static YamlScalar scalar(YamlMapping map, String key) {
    return map.get(key).flatMap(YamlNode::asScalar).orElseThrow();
  }

  private static Diagnostic only(YamlResult result) {
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Test // POWER.md: keywords: ["a","b"]; steering: fileMatchPattern: ['**/*.py', ...]
  void flowListOfQuotedStringsIsASequenceOfStrings() {
    YamlMapping map = mapping(lenient("keywords: [\"git\",'commits', conventional commits]\n"));
    YamlSequence keywords = map.get("keywords").flatMap(YamlNode::asSequence).orElseThrow();
    assertThat(keywords.flow()).isTrue();
    assertThat(keywords.items())
        .extracting(n -> ((YamlScalar) n).value())
        .containsExactly("git", "commits", "conventional commits");
    assertThat(keywords.items())
        .extracting(n -> ((YamlScalar) n).style())
        .containsExactly(
            YamlScalar.Style.DOUBLE_QUOTED, YamlScalar.Style.SINGLE_QUOTED, YamlScalar.Style.PLAIN);
    assertThat(keywords.line()).isEqualTo(1);
    assertThat(keywords.column()).isEqualTo(11);
  }

  @Test // steering: fileMatchPattern: "*.ts,*.tsx" is one string; splitting is the caller's job
  void commaJoinedPatternStaysOneString() {
    YamlMapping map = mapping(lenient("fileMatchPattern: \"*.ts,*.tsx\"\n"));
    assertThat(scalar(map, "fileMatchPattern").value()).isEqualTo("*.ts,*.tsx");
  }

  @Test // steering: fileMatchPattern: '*.tsx|*.jsx'
  void pipeInsideQuotedStringIsPlainText() {
    YamlMapping map = mapping(lenient("fileMatchPattern: '*.tsx|*.jsx'\n"));
    YamlScalar pattern = scalar(map, "fileMatchPattern");
    assertThat(pattern.value()).isEqualTo("*.tsx|*.jsx");
    assertThat(pattern.type()).isEqualTo(YamlScalar.Type.STRING);
  }

  @Test // kirodotdev/powers aws-devops-agent: Cursor-style alwaysApply: false
  void plainFalseIsABooleanButQuotedTrueIsAString() {
    YamlMapping map = mapping(lenient("alwaysApply: false\nquoted: \"true\"\n"));
    assertThat(scalar(map, "alwaysApply").asBoolean()).contains(false);
    YamlScalar quoted = scalar(map, "quoted");
    assertThat(quoted.asBoolean()).isEmpty();
    assertThat(quoted.type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(quoted.isPlain()).isFalse();
    assertThat(quoted.value()).isEqualTo("true");
  }

  @Test
  void colonInsideQuotedValueIsPartOfTheValue() {
    YamlMapping map = mapping(lenient("description: \"Note: run tests: always\"\n"));
    assertThat(scalar(map, "description").value()).isEqualTo("Note: run tests: always");
  }

  @Test // strictyaml and SnakeYAML agree: "mapping values are not allowed here"
  void unquotedColonSpaceInValueIsASyntaxErrorAtItsPosition() {
    Diagnostic d =
        only(YamlParser.parse("name: x\ndescription: a: b\n", FILE, 2, YamlProfile.LENIENT));
    assertThat(d.code()).isEqualTo("YAML-001");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(15);
    assertThat(d.message()).contains("mapping values are not allowed here").doesNotContain("\n");
  }

  @Test
  void foldedAndLiteralBlockScalarsKeepTheirStyleAndText() {
    YamlMapping map =
        mapping(
            lenient(
                "description: >\n  Use when writing\n  API handlers.\nnotes: |\n  line one\n"
                    + "  line two\nafter: x\n"));
    YamlScalar folded = scalar(map, "description");
    assertThat(folded.style()).isEqualTo(YamlScalar.Style.FOLDED);
    assertThat(folded.value()).isEqualTo("Use when writing API handlers.\n");
    YamlScalar literal = scalar(map, "notes");
    assertThat(literal.style()).isEqualTo(YamlScalar.Style.LITERAL);
    assertThat(literal.value()).isEqualTo("line one\nline two\n");
    assertThat(map.entry("after").orElseThrow().key().line()).isEqualTo(7);
  }

  @Test
  void unicodeIsReadAndColumnsCountCodePoints() {
    YamlMapping map = mapping(lenient("名前: \"日本語の説明\"\n\"😀\": x\n"));
    assertThat(scalar(map, "名前").value()).isEqualTo("日本語の説明");
    YamlScalar x = scalar(map, "😀");
    assertThat(x.line()).isEqualTo(2);
    // "😀" is one code point (two UTF-16 units): quote, emoji, quote, colon, space, x.
    assertThat(x.column()).isEqualTo(6);
  }

  @Test // YAML forbids tabs for indentation
  void tabIndentationIsASyntaxErrorWithAPosition() {
    Diagnostic d = only(YamlParser.parse("a:\n\tb: 1\n", FILE, 2, YamlProfile.LENIENT));
    assertThat(d.code()).isEqualTo("YAML-001");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.message()).contains("TAB");
  }

  @Test // YAML 1.2 allows tabs as separation white space, just not as indentation
  void tabAfterTheColonIsAValidSeparator() {
    YamlMapping map = mapping(lenient("name:\tapi\ndescription:\t\"x\"\t# note\n"));
    assertThat(scalar(map, "name").value()).isEqualTo("api");
    assertThat(scalar(map, "name").column()).isEqualTo(7);
    assertThat(scalar(map, "description").value()).isEqualTo("x");
  }

  @Test
  void duplicateKeyIsReportedAtTheSecondKeyAndTheFirstEntryWins() {
    YamlResult result =
        YamlParser.parse("name: one\ndescription: d\nname: two\n", FILE, 2, YamlProfile.LENIENT);
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-002");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.message()).contains("'name'").contains("line 2");
    YamlMapping map = result.root().flatMap(YamlNode::asMapping).orElseThrow();
    assertThat(map.keys()).containsExactly("name", "description");
    assertThat(scalar(map, "name").value()).isEqualTo("one");
  }

  @Test
  void duplicateKeyInAFlowMappingIsReportedToo() {
    Diagnostic d = only(lenient("m: {a: 1, a: 2}\n"));
    assertThat(d.code()).isEqualTo("YAML-002");
    assertThat(d.column()).isEqualTo(11);
  }

  @Test
  void positionsAreInFileCoordinates() {
    YamlMapping map =
        mapping(YamlParser.parse("a: 1\n\n# note\nb:\n  - x\n", FILE, 7, YamlProfile.LENIENT));
    assertThat(map.line()).isEqualTo(7);
    assertThat(map.entry("a").orElseThrow().key().line()).isEqualTo(7);
    YamlMapping.Entry b = map.entry("b").orElseThrow();
    assertThat(b.key().line()).isEqualTo(10);
    YamlSequence items = b.value().asSequence().orElseThrow();
    assertThat(items.items().get(0).line()).isEqualTo(11);
    assertThat(items.items().get(0).column()).isEqualTo(5);
  }

  @Test
  void crlfAndLoneCrLineBreaksCountAsOneLineEach() {
    YamlMapping map = mapping(lenient("a: 1\r\nb: 2\rc: 3\n"));
    assertThat(map.entries()).extracting(e -> e.key().line()).containsExactly(1, 2, 3);
  }

  @Test
  void emptyTextOrOnlyCommentsHasNoRootAndNoDiagnostics() {
    for (String text : List.of("", "   \n", "# only a comment\n")) {
      YamlResult result = lenient(text);
      assertThat(result.root()).as(text).isEmpty();
      assertThat(result.diagnostics()).as(text).isEmpty();
    }
  }

  @Test // YAML 1.2 core schema, section 10.3.2
  void plainScalarsAreTypedByTheCoreSchema() {
    YamlMapping map =
        mapping(
            lenient(
                "n: 42\nh: 0x2A\no: 0o52\nneg: -7\nf: 1.5\ninf: -.inf\nver: 1.0.0\nt: True\n"
                    + "nul: ~\nempty:\nyes: yes\n"));
    assertThat(scalar(map, "n").asInt()).hasValue(42);
    assertThat(scalar(map, "h").asInt()).hasValue(42);
    assertThat(scalar(map, "o").asInt()).hasValue(42);
    assertThat(scalar(map, "neg").asLong()).hasValue(-7);
    assertThat(scalar(map, "f").asDouble()).hasValue(1.5);
    assertThat(scalar(map, "inf").asDouble()).hasValue(Double.NEGATIVE_INFINITY);
    assertThat(scalar(map, "ver").type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(scalar(map, "t").asBoolean()).contains(true);
    assertThat(scalar(map, "nul").isNull()).isTrue();
    assertThat(scalar(map, "empty").isNull()).isTrue();
    // YAML 1.1's yes/no booleans are strings in YAML 1.2.
    assertThat(scalar(map, "yes").type()).isEqualTo(YamlScalar.Type.STRING);
  }

  @Test
  void toPlainObjectGivesOrderedMapsListsAndTypedValues() {
    YamlMapping map =
        mapping(
            lenient(
                "name: x\ncount: 3\nbig: 99999999999\nhuge: 123456789012345678901234567890\n"
                    + "ratio: 0.5\non: true\nnone: null\nlist: [a, 1]\n"));
    Object plain = map.toPlainObject();
    assertThat(plain).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) plain;
    assertThat(m.keySet())
        .containsExactly("name", "count", "big", "huge", "ratio", "on", "none", "list");
    assertThat(m.get("name")).isEqualTo("x");
    assertThat(m.get("count")).isEqualTo(3);
    assertThat(m.get("big")).isEqualTo(99999999999L);
    assertThat(m.get("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(m.get("ratio")).isEqualTo(0.5);
    assertThat(m.get("on")).isEqualTo(true);
    assertThat(m.containsKey("none")).isTrue();
    assertThat(m.get("none")).isNull();
    assertThat(m.get("list")).isEqualTo(Arrays.asList("a", 1));
  }

  @Test
  void explicitStrTagMakesAStringWithoutComplaint() {
    YamlMapping map = mapping(lenient("a: !!str 42\nb: ! true\nc: !!int \"7\"\n"));
    assertThat(scalar(map, "a").type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(scalar(map, "b").type()).isEqualTo(YamlScalar.Type.STRING);
    assertThat(scalar(map, "c").asInt()).hasValue(7);
  }

  @Test
  void unknownTagIsAWarningAndIgnored() {
    YamlResult result = lenient("bucket: !Ref MyBucket\n");
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-010");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.column()).isEqualTo(9);
    YamlMapping map = result.root().flatMap(YamlNode::asMapping).orElseThrow();
    assertThat(scalar(map, "bucket").value()).isEqualTo("MyBucket");
  }

  @Test
  void anchorsAndAliasesAreAllowedInTheLenientProfile() {
    YamlMapping map = mapping(lenient("base: &b {x: 1}\nother: *b\nname: &n hi\ncopy: *n\n"));
    assertThat(map.get("other")).isEqualTo(map.get("base"));
    assertThat(scalar(map, "copy").value()).isEqualTo("hi");
  }

  @Test
  void aliasRefersToTheLatestAnchorOfThatName() {
    YamlMapping map = mapping(lenient("a: &x [&x inner, 2]\nb: *x\n"));
    assertThat(scalar(map, "b").value()).isEqualTo("inner");
  }

  @Test
  void undefinedAliasIsReportedAtTheAlias() {
    Diagnostic d = only(lenient("a: 1\nb: *nowhere\n"));
    assertThat(d.code()).isEqualTo("YAML-007");
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(4);
  }

  @Test
  void aliasInsideItsOwnAnchoredCollectionIsReported() {
    YamlResult result = lenient("a: &x [1, *x]\n");
    assertThat(only(result).code()).isEqualTo("YAML-007");
    assertThat(result.root()).isEmpty();
  }

  @Test
  void complexKeyIsReportedAndItsEntryDropped() {
    YamlResult result = lenient("? [a, b]\n: v\nok: 1\n");
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-008");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(3);
    assertThat(result.root().flatMap(YamlNode::asMapping).orElseThrow().keys())
        .containsExactly("ok");
  }

  @Test
  void secondDocumentIsIgnoredWithAWarning() {
    YamlResult result = lenient("a: 1\n--- b\n");
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-009");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.line()).isEqualTo(2);
    assertThat(result.root().flatMap(YamlNode::asMapping).orElseThrow().keys())
        .containsExactly("a");
  }

  @Test
  void unclosedQuoteIsASyntaxErrorWithoutARoot() {
    YamlResult result =
        YamlParser.parse("name: x\ndescription: \"open\n", FILE, 2, YamlProfile.LENIENT);
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-001");
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.message()).contains("quoted scalar");
    assertThat(result.root()).isEmpty();
  }

  @Test
  void controlCharacterIsASyntaxErrorAtItsPosition() {
    Diagnostic d = only(YamlParser.parse("a: 1\nb: x\u0001y\n", FILE, 2, YamlProfile.LENIENT));
    assertThat(d.code()).isEqualTo("YAML-001");
    assertThat(d.message()).contains("U+0001");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(5);
  }

  @Test
  void topLevelSequenceAndScalarAreReturnedAsTheyAre() {
    assertThat(lenient("- a\n- b\n").root()).get().isInstanceOf(YamlSequence.class);
    assertThat(lenient("just text\n").root().flatMap(YamlNode::asScalar).orElseThrow().value())
        .isEqualTo("just text");
  }

  @Test
  void programmerErrorsThrowAtOnce() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> YamlParser.parse("a: 1", FILE, 0, YamlProfile.LENIENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstLine");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> YamlParser.parse(null, FILE, 1, YamlProfile.LENIENT))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test // the example in YamlParser's Javadoc
  void javadocExampleRuns() {
    YamlResult result =
        YamlParser.parse(
            "inclusion: fileMatch\nfileMatchPattern: ['*.ts']\n",
            Path.of(".kiro/steering/ts.md"),
            2,
            YamlProfile.LENIENT);
    YamlMapping map = result.root().flatMap(YamlNode::asMapping).orElseThrow();
    int line = map.entry("fileMatchPattern").orElseThrow().key().line();
    assertThat(line).isEqualTo(3);
  }
}
