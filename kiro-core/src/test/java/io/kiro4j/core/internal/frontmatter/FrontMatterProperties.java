package io.kiro4j.core.internal.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of {@link FrontMatter#split} and {@link FrontMatter#parse}. */
class FrontMatterProperties {

  /** A generated Markdown file with front matter, and what the splitter must find in it. */
  record Doc(String text, String yaml, List<String> keys, List<Integer> keyLines, int bodyLine) {}

  static Gen<String> eol() {
    return Gen.of("\n", "\r\n", "\r");
  }

  /**
   * Keys are distinct as with jqwik's {@code uniqueElements()}: the harness has no unique lists, so
   * a repeated key drops out of the generated list.
   */
  static Gen<Doc> documents() {
    Gen<Boolean> boms = Gen.of(true, false);
    Gen<List<String>> keys =
        Gen.strings()
            .withCharRange('a', 'z')
            .ofMinLength(1)
            .ofMaxLength(6)
            .list()
            .ofMaxSize(6)
            .map(l -> l.stream().distinct().toList());
    Gen<List<String>> eols = eol().list().ofSize(20);
    Gen<String> fenceTails = Gen.of("", " ", "\t ");
    Gen<List<String>> bodyLines =
        Gen.of("# Title", "", "---", "text: with colon", "  indented", "- item", "----")
            .list()
            .ofMaxSize(8);
    Gen<Integer> blankLines = Gen.ints(0, 2);
    return s ->
        render(
            boms.generate(s),
            keys.generate(s),
            eols.generate(s),
            fenceTails.generate(s),
            bodyLines.generate(s),
            blankLines.generate(s));
  }

  private static Doc render(
      boolean bom,
      List<String> keys,
      List<String> eols,
      String fenceTail,
      List<String> body,
      int blankLinesInYaml) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    int[] next = {0};
    java.util.function.Supplier<String> eol = () -> eols.get(next[0]++ % eols.size());
    text.append("---").append(fenceTail).append(eol.get());
    int yamlStart = text.length();
    int line = 2;
    List<Integer> keyLines = new ArrayList<>();
    for (int i = 0; i < blankLinesInYaml; i++) {
      text.append("  ").append(eol.get());
      line++;
    }
    for (String key : keys) {
      keyLines.add(line);
      text.append(key).append(": 'value --- ").append(key).append('\'').append(eol.get());
      line++;
    }
    String yaml = text.substring(yamlStart);
    text.append("---").append(fenceTail).append(eol.get());
    int bodyLine = line + 1;
    for (String b : body) {
      text.append(b).append(eol.get());
    }
    return new Doc(text.toString(), yaml, keys, keyLines, bodyLine);
  }

  @Test
  void splitIsLosslessForGeneratedDocuments() {
    Property.forAll(documents())
        .check(
            doc -> {
              FrontMatterSplit split = FrontMatter.split(doc.text());
              assertThat(split.text()).isEqualTo(doc.text());
              assertThat(split.hasFrontMatter()).isTrue();
              assertThat(split.yaml()).isEqualTo(doc.yaml());
              assertThat(split.yamlFirstLine()).isEqualTo(2);
              assertThat(split.bodyFirstLine()).isEqualTo(doc.bodyLine());
            });
  }

  static Gen<String> dashesAndBreaks() {
    return Gen.strings().withChars("-\n\r \ta:#\uFEFF").ofMaxLength(40);
  }

  @Test
  void splitIsLosslessForAnyText() {
    Property.forAll(dashesAndBreaks())
        .check(text -> assertThat(FrontMatter.split(text).text()).isEqualTo(text));
  }

  @Test
  void bodyFirstLineCountsTheLineBreaksBeforeTheBody() {
    Property.forAll(dashesAndBreaks())
        .check(
            text -> {
              FrontMatterSplit split = FrontMatter.split(text);
              String before = split.openingFence() + split.yaml() + split.closingFence();
              assertThat(split.bodyFirstLine()).isEqualTo(1 + lineBreaks(before));
              if (split.hasFrontMatter()) {
                assertThat(split.yamlFirstLine()).isEqualTo(1 + lineBreaks(split.openingFence()));
              }
            });
  }

  private static int lineBreaks(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[^\n]", "").length();
  }

  @Test
  void keyLineInTheFrontMatterIsItsLineInTheFile() {
    Property.forAll(documents())
        .check(
            doc -> {
              FrontMatterDocument parsed =
                  FrontMatter.parse(doc.text(), Path.of("gen.md"), YamlProfile.STRICT);
              assertThat(parsed.diagnostics()).isEmpty();
              YamlMapping fm = parsed.frontMatter().orElseThrow();
              assertThat(fm.keys()).isEqualTo(doc.keys());
              assertThat(fm.entries()).extracting(e -> e.key().line()).isEqualTo(doc.keyLines());
              assertThat(parsed.bodyFirstLine()).isEqualTo(doc.bodyLine());
            });
  }
}
