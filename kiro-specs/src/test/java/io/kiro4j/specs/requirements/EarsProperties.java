package io.kiro4j.specs.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.specs.source.SourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The EARS reading and the reference lists on generated input: criteria built from EARS templates
 * in English and CJK text (with and without spaces around the keywords), free text mixing keywords,
 * quotes, code and SQL, and reference lists in every shorthand.
 */
class EarsProperties {

  // Clause words: no keyword among them, CJK and Latin, some with accents.
  private static final Gen<String> WORD =
      Gen.of(
          "user", "saves", "the file", "用户", "提交表单", "時", "データ", "usuario", "añade", "x1", "page");
  private static final Gen<String> CLAUSE =
      WORD.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
  private static final Gen<String> SYSTEM =
      Gen.of("App", "System", "系统", "Auth_Service", "Sistema");
  private static final Gen<String> KEYWORD = Gen.of("WHEN", "WHILE", "IF", "WHERE");

  /** One template criterion and what it must read as. */
  record Template(String text, String keyword, String clause, String system, String response) {}

  private static final Gen<Template> TEMPLATES =
      s -> {
        String keyword = KEYWORD.generate(s);
        String clause = CLAUSE.generate(s);
        String system = SYSTEM.generate(s);
        String response = CLAUSE.generate(s);
        List<String> joins =
            new ArrayList<>(
                keyword.equals("IF")
                    ? List.of(", THEN THE ", " THEN THE ", ", THEN the ", "，THEN THE ")
                    : List.of(", THE ", " THEN the ", "，THE ", " THE "));
        if (Vocabulary.isCjk(system.charAt(0))) {
          joins.add(keyword.equals("IF") ? "，THEN THE" : "，THE"); // "…时，THE系统SHALL显示"
        }
        String join = Gen.of(joins).generate(s);
        // No space between a keyword and CJK text: "WHEN用户…", "系统SHALL显示".
        String before = Vocabulary.isCjk(clause.charAt(0)) ? Gen.of(" ", "").generate(s) : " ";
        String after =
            Vocabulary.isCjk(system.charAt(system.length() - 1))
                ? Gen.of(" ", "").generate(s)
                : " ";
        String text = keyword + before + clause + join + system + after + "SHALL " + response;
        return new Template(text, keyword, clause, system, response);
      };

  @Test
  void aTemplateCriterionIsReadIntoItsParts() {
    Property.forAll(TEMPLATES)
        .tries(2000)
        .check(
            t -> {
              EarsParser.Reading r = EarsParser.read(t.text(), "1.1");
              EarsStatement e = r.ears().orElseThrow(() -> new AssertionError(t.text()));
              assertThat(e.conditions()).hasSize(1);
              assertThat(e.conditions().get(0).keyword().name()).isEqualTo(t.keyword());
              assertThat(e.conditions().get(0).text()).isEqualTo(t.clause());
              assertThat(e.system()).isEqualTo(t.system());
              assertThat(e.response()).isEqualTo(t.response());
              assertThat(r.findings())
                  .extracting(EarsParser.Finding::code)
                  .doesNotContain(RequirementsCode.NOT_EARS, RequirementsCode.SEVERAL_SHALLS);
            });
  }

  private static final Gen<String> NOISE =
      Gen.of(
              "WHEN",
              "THEN",
              "THE",
              "SHALL",
              "IF",
              "WHERE",
              "WHILE",
              "shall",
              ",",
              "，",
              "`",
              "\"",
              "“",
              "”",
              "「",
              "」",
              "SELECT",
              "FROM",
              "CASE",
              "END",
              "DELETE",
              "**",
              "x",
              "用户",
              " ",
              "DEBERÁ",
              "CUANDO",
              "MAY",
              ".",
              ";",
              "For any y,",
              "\t",
              " ",
              " ",
              " ")
          .list()
          .ofMaxSize(24)
          .map(ts -> String.join("", ts));

  @Test
  void maskingKeepsTheLengthAndOnlyBlanksCharacters() {
    Property.forAll(NOISE)
        .tries(3000)
        .check(
            text -> {
              String masked = EarsParser.mask(text);
              assertThat(masked).hasSameSizeAs(text);
              for (int i = 0; i < text.length(); i++) {
                assertThat(masked.charAt(i) == text.charAt(i) || masked.charAt(i) == ' ').isTrue();
              }
            });
  }

  @Test
  void anyTextIsReadWithoutFailureAndItsPartsAreItsOwnWords() {
    Property.forAll(NOISE)
        .tries(3000)
        .check(
            text -> {
              EarsParser.Reading r = EarsParser.read(text, "1.1");
              String plain = text.replace("**", "");
              r.ears()
                  .ifPresent(
                      e -> {
                        assertThat(plain).contains(e.response());
                        assertThat(plain).contains(e.system());
                        e.conditions().forEach(c -> assertThat(plain).contains(c.text()));
                      });
            });
  }

  /** A requirement, a run of its criteria, and one way to write it. */
  record Shorthand(String item, List<String> ids) {}

  private static final Gen<Shorthand> SHORTHANDS =
      s -> {
        int r = Gen.ints(1, 30).generate(s);
        int a = Gen.ints(1, 9).generate(s);
        int b = a + Gen.ints(0, 4).generate(s);
        List<String> ids = new ArrayList<>();
        for (int i = a; i <= b; i++) {
          ids.add(r + "." + i);
        }
        String item =
            a == b
                ? Gen.of(
                        r + "." + a,
                        "Requirement " + r + "." + a,
                        "R" + r + " AC" + a,
                        "需求 " + r + "." + a)
                    .generate(s)
                : Gen.of(
                        r + "." + a + "-" + r + "." + b,
                        r + "." + a + " – " + r + "." + b,
                        r + "." + a + "~" + r + "." + b,
                        r + "." + a + "-" + b,
                        "R" + r + " AC" + a + "-" + b,
                        "Req " + r + "." + a + " to " + r + "." + b)
                    .generate(s);
        if (Gen.booleans().generate(s)) {
          item += " (" + WORD.generate(s) + ", " + WORD.generate(s) + ")";
        }
        return new Shorthand(item, ids);
      };

  @Test
  void everyShorthandOfAListNamesItsCriteria() {
    Property.forAll(
            SHORTHANDS.list().ofMinSize(1).ofMaxSize(5),
            Gen.of(
                "_Requirements: ",
                "**Validates: Requirements ",
                "_需求：",
                "**验证: 需求 ",
                "_Requisitos: "),
            Gen.of(", ", "; ", "、"))
        .tries(2000)
        .check(
            (items, label, separator) -> {
              String line =
                  "  - "
                      + label
                      + items.stream().map(Shorthand::item).collect(Collectors.joining(separator))
                      + (label.startsWith("**") ? "**" : "_");
              List<String> read =
                  RequirementRefs.find(SourceLines.of(line).line(1)).stream()
                      .map(ref -> ref.kind() + ":" + ref.text())
                      .toList();
              List<String> expected =
                  items.stream().flatMap(i -> i.ids().stream()).map(id -> "ID:" + id).toList();
              assertThat(read).as(line).isEqualTo(expected);
            });
  }
}
