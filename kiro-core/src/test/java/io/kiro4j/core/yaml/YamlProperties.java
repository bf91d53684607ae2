package io.kiro4j.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.yaml.YamlLimits;
import io.kiro4j.core.internal.yaml.YamlParser;
import io.kiro4j.core.internal.yaml.YamlResult;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of {@link YamlParser} over generated documents. */
class YamlProperties {

  private static final Path FILE = Path.of("gen.md");

  /** One generated top-level entry: the lines it occupies, and its value's shape. */
  record Entry(String key, int valueKind, int gapLines, boolean gapIsComment, String eol) {}

  /**
   * 1 to 12 entries with distinct keys (jqwik's {@code uniqueElements(Entry::key)}: the harness has
   * no unique lists, so a later entry whose key is taken drops out; the first one always stays).
   */
  static Gen<List<Entry>> entries() {
    Gen<String> keys = Gen.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Gen<Integer> valueKinds = Gen.ints(0, 6);
    Gen<Integer> gaps = Gen.ints(0, 2);
    Gen<Boolean> comments = Gen.of(true, false);
    Gen<String> eols = Gen.of("\n", "\r\n", "\r");
    Gen<Entry> entry =
        s ->
            new Entry(
                keys.generate(s),
                valueKinds.generate(s),
                gaps.generate(s),
                comments.generate(s),
                eols.generate(s));
    return entry.list().ofMinSize(1).ofMaxSize(12).map(YamlProperties::uniqueKeys);
  }

  private static List<Entry> uniqueKeys(List<Entry> entries) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    entries.forEach(e -> byKey.putIfAbsent(e.key(), e));
    return new ArrayList<>(byKey.values());
  }

  /** Renders an entry; returns how many lines it takes. */
  private static int render(Entry e, StringBuilder out) {
    String n = e.eol();
    int lines = 0;
    for (int i = 0; i < e.gapLines(); i++) {
      String gap = e.gapIsComment() ? "# gap: not a key" : "";
      // A lone \r then an empty line ending in \n would be one CRLF break, not two lines.
      if (gap.isEmpty()
          && n.equals("\n")
          && out.length() > 0
          && out.charAt(out.length() - 1) == '\r') {
        gap = " ";
      }
      out.append(gap).append(n);
      lines++;
    }
    out.append(e.key()).append(':');
    switch (e.valueKind()) {
      case 0:
        out.append(" plain value").append(n);
        return lines + 1;
      case 1:
        out.append(" \"quoted: with colon | and pipe\"").append(n);
        return lines + 1;
      case 2:
        out.append(" ['**/*.py', \"*.ts,*.tsx\"]").append(n);
        return lines + 1;
      case 3:
        out.append(n).append("  - one").append(n).append("  - two").append(n);
        return lines + 3;
      case 4:
        out.append(" |").append(n).append("  line: one").append(n).append(n);
        out.append("  line two").append(n);
        return lines + 4;
      case 5:
        out.append(" >-").append(n).append("  folded").append(n).append("  text").append(n);
        return lines + 3;
      default:
        out.append(n).append("  nested: {a: 1}").append(n);
        return lines + 2;
    }
  }

  @Test
  void keyLineInTheTreeEqualsKeyLineInTheFile() {
    Property.forAll(entries(), Gen.ints(1, 500))
        .check(
            (entries, firstLine) -> {
              StringBuilder yaml = new StringBuilder();
              Map<String, Integer> expected = new LinkedHashMap<>();
              int line = firstLine;
              for (Entry e : entries) {
                int used = render(e, yaml);
                expected.put(e.key(), line + used - keyOffsetFromEnd(e));
                line += used;
              }
              YamlResult result =
                  YamlParser.parse(yaml.toString(), FILE, firstLine, YamlProfile.LENIENT);
              assertThat(result.diagnostics()).isEmpty();
              YamlMapping map = result.root().flatMap(YamlNode::asMapping).orElseThrow();
              Map<String, Integer> actual = new LinkedHashMap<>();
              for (YamlMapping.Entry e : map.entries()) {
                actual.put(e.key().value(), e.key().line());
                assertThat(e.key().column()).isEqualTo(1);
              }
              assertThat(actual).isEqualTo(expected);
            });
  }

  /** How many of an entry's rendered lines follow its key line. */
  private static int keyOffsetFromEnd(Entry e) {
    switch (e.valueKind()) {
      case 3:
      case 5:
        return 3;
      case 4:
        return 4;
      case 6:
        return 2;
      default:
        return 1;
    }
  }

  /** A billion-laughs document with {@code levels} levels of {@code fanout} aliases each. */
  static String aliasBomb(int levels, int fanout, boolean flow) {
    StringBuilder yaml = new StringBuilder("l0: &l0 [lol]\n");
    for (int level = 1; level <= levels; level++) {
      yaml.append('l').append(level).append(": &l").append(level);
      yaml.append(flow ? " [" : "\n");
      for (int i = 0; i < fanout; i++) {
        if (flow) {
          yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
        } else {
          yaml.append("  - *l").append(level - 1).append('\n');
        }
      }
      yaml.append(flow ? "]\n" : "");
    }
    return yaml.toString();
  }

  @Test
  void generatedAliasBombsAreAlwaysRejectedWithinATimeBound() {
    Property.forAll(Gen.ints(2, 30), Gen.ints(2, 40), Gen.booleans())
        .tries(200)
        .check(
            (levels, fanout, flow) -> {
              // Only documents whose expansion exceeds the node limit are bombs.
              Property.assume(Math.pow(fanout, levels) > YamlLimits.defaults().maxNodes());
              String bomb = aliasBomb(levels, fanout, flow);
              YamlResult result =
                  assertTimeoutPreemptively(
                      Duration.ofSeconds(5),
                      () -> YamlParser.parse(bomb, FILE, 2, YamlProfile.LENIENT));
              assertThat(result.root()).isEmpty();
              assertThat(result.diagnostics())
                  .singleElement()
                  .extracting(Diagnostic::code)
                  .isIn("YAML-003", "YAML-006");
            });
  }

  static Gen<String> yamlish() {
    return Gen.strings()
        .withChars("ab:-[]{},&*!|>'\"#?%@` \t\n\r\u0000\u0085\u2028\uFEFF😀é")
        .ofMaxLength(60);
  }

  @Test
  void parserNeverThrowsAndPointsInsideTheFile() {
    Property.forAll(yamlish(), Gen.booleans())
        .check(
            (text, strict) -> {
              YamlProfile profile = strict ? YamlProfile.STRICT : YamlProfile.LENIENT;
              YamlResult result = YamlParser.parse(text, FILE, 3, profile);
              long lines = 3 + text.chars().filter(c -> c == '\n' || c == '\r').count();
              for (Diagnostic d : result.diagnostics()) {
                assertThat(d.line()).isBetween(3, (int) lines);
                assertThat(d.message()).doesNotContain("\n");
              }
              if (result.diagnostics().stream().noneMatch(Diagnostic::isError)) {
                // A clean parse always gives a tree that converts to plain values.
                result.root().ifPresent(YamlNode::toPlainObject);
              }
            });
  }

  @Test
  void strictProfileNeverTypesAScalar() {
    Property.forAll(yamlish())
        .check(
            text -> {
              YamlResult result = YamlParser.parse(text, FILE, 1, YamlProfile.STRICT);
              List<YamlScalar> scalars = new ArrayList<>();
              result.root().ifPresent(root -> collect(root, scalars));
              assertThat(scalars)
                  .extracting(YamlScalar::type)
                  .isSubsetOf(Set.of(YamlScalar.Type.STRING));
            });
  }

  private static void collect(YamlNode node, List<YamlScalar> out) {
    if (node instanceof YamlScalar) {
      out.add((YamlScalar) node);
    } else if (node instanceof YamlSequence) {
      ((YamlSequence) node).items().forEach(n -> collect(n, out));
    } else {
      for (YamlMapping.Entry e : ((YamlMapping) node).entries()) {
        out.add(e.key());
        collect(e.value(), out);
      }
    }
  }
}
