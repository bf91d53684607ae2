package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated JSON trees, printed with random whitespace (spaces, tabs, {@code \n}, {@code \r\n},
 * lone {@code \r}), unicode (accents, CJK, emoji, escapes), keys with {@code /} and {@code ~}, and
 * sometimes a byte order mark: the loader must place every node, and every key, exactly where the
 * printer put its first character.
 */
class JsonPositionProperties {

  private static final Path FILE = Path.of("generated.json");
  private static final List<String> WHITESPACE = List.of("", " ", "  ", "\t", "\n", "\r\n", "\r");
  private static final List<String> ATOMS =
      List.of("a", "Z", "/", "~", "\"", "\\", "é", "日", "😀", "\t", "\n", " ", "\u0001", "~1");

  @Test
  void everyNodeAndKeyIsAtItsFirstCharacter() {
    Property.forAll(trees(), Gen.randoms())
        .tries(500)
        .check(
            (tree, random) -> {
              Printer printer = new Printer(random, false, false);
              String text = printer.print(tree);

              JsonResult result = JsonLoader.strict().parse(text, FILE);

              assertThat(result.diagnostics()).as(text).isEmpty();
              assertPositions(text, printer, result.document().orElseThrow());
            });
  }

  @Test
  void positionsStayExactAndEachCommentAndTrailingCommaIsReportedOnceInLenientMode() {
    Property.forAll(trees(), Gen.randoms())
        .tries(300)
        .check(
            (tree, random) -> {
              Printer printer = new Printer(random, true, true);
              String text = printer.print(tree);

              JsonResult result = JsonLoader.lenient().parse(text, FILE);

              Map<String, Long> counts =
                  result.diagnostics().stream()
                      .collect(Collectors.groupingBy(Diagnostic::code, Collectors.counting()));
              assertThat(counts.getOrDefault("JSON-002", 0L)).as(text).isEqualTo(printer.comments);
              assertThat(counts.getOrDefault("JSON-003", 0L))
                  .as(text)
                  .isEqualTo(printer.trailingCommas);
              assertThat(counts.keySet()).as(text).isSubsetOf("JSON-002", "JSON-003");
              assertThat(result.hasErrors()).isFalse();
              assertPositions(text, printer, result.document().orElseThrow());
            });
  }

  @Test
  void theTreeEqualsWhatJacksonDatabindReads() {
    Property.forAll(trees(), Gen.randoms())
        .tries(300)
        .check(
            (tree, random) -> {
              String text = new Printer(random, false, false).print(tree);

              JsonDocument document =
                  JsonLoader.strict().parse(text, FILE).document().orElseThrow();

              String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
              assertThat(document.root())
                  .isEqualTo(JsonMapper.builder().build().readTree(withoutBom));
            });
  }

  private static void assertPositions(String text, Printer printer, JsonDocument document) {
    printer.valueOffsets.forEach(
        (pointer, offset) ->
            assertThat(document.position(pointer))
                .as("value %s in %s", pointer, text)
                .isEqualTo(expected(text, offset)));
    printer.keyOffsets.forEach(
        (pointer, offset) ->
            assertThat(document.keyPosition(pointer))
                .as("key %s in %s", pointer, text)
                .isEqualTo(expected(text, offset)));
  }

  /** Line and column of {@code offset}, counted the plain way: code points, three line ends. */
  private static JsonPosition expected(String text, int offset) {
    int line = 1;
    int column = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < offset) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      } else if (c == '\r' || c == '\n') {
        line++;
        column = 1;
        i++;
      } else {
        column++;
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return new JsonPosition(line, column);
  }

  // ---- generators ------------------------------------------------------------------------------

  /** A number as printed. */
  private record Num(String text) {}

  private enum Null {
    INSTANCE
  }

  /** Scalars, or containers of trees one level shallower, nested 0 to 4 levels deep. */
  static Gen<Object> trees() {
    return Gen.recursive(
        scalars(),
        inner ->
            Gen.<Object>oneOf(
                inner,
                inner.list().ofMaxSize(4).map(list -> (Object) list),
                strings().mapTo(inner, 0, 4).map(map -> (Object) new LinkedHashMap<>(map))),
        4);
  }

  private static Gen<Object> scalars() {
    return Gen.<Object>oneOf(
        strings().map(s -> (Object) s),
        Gen.longs().map(n -> (Object) new Num(Long.toString(n))),
        Gen.bigIntegers(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20))
            .map(n -> (Object) new Num(n.toString())),
        doubles().map(d -> (Object) new Num(String.format(Locale.ROOT, "%s", d))),
        Gen.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b),
        Gen.constant(Null.INSTANCE).map(n -> (Object) n));
  }

  /**
   * Doubles in [-1e12, 1e12] with at most two decimals, as jqwik's {@code
   * Arbitraries.doubles().between(-1e12, 1e12)} made them (its default scale is 2): hundredths
   * counted in a long, then scaled.
   */
  private static Gen<Double> doubles() {
    long hundredths = 100_000_000_000_000L; // 1e12 * 100
    return Gen.longs(-hundredths, hundredths).map(n -> BigDecimal.valueOf(n, 2).doubleValue());
  }

  private static Gen<String> strings() {
    return Gen.of(ATOMS).list().ofMaxSize(5).map(parts -> String.join("", parts));
  }

  /** Prints a tree with random layout and records where each value and key starts. */
  private static final class Printer {
    private final Random random;
    private final boolean withComments;
    private final boolean withTrailingCommas;
    private final StringBuilder out = new StringBuilder();
    final Map<String, Integer> valueOffsets = new LinkedHashMap<>();
    final Map<String, Integer> keyOffsets = new LinkedHashMap<>();
    long comments;
    long trailingCommas;

    Printer(Random random, boolean withComments, boolean withTrailingCommas) {
      this.random = random;
      this.withComments = withComments;
      this.withTrailingCommas = withTrailingCommas;
    }

    String print(Object tree) {
      if (random.nextInt(4) == 0) {
        out.append('\uFEFF');
      }
      value(tree, "");
      if (tree instanceof Num) {
        // Jackson wants whitespace between a root-level number and anything after it, even a
        // comment ("55/*x*/" is JSON-001). No Kiro file is a bare number.
        out.append(' ');
      }
      space();
      return out.toString();
    }

    private void space() {
      int pieces = random.nextInt(3);
      for (int i = 0; i < pieces; i++) {
        out.append(WHITESPACE.get(random.nextInt(WHITESPACE.size())));
        if (withComments && random.nextInt(6) == 0) {
          comments++;
          out.append(random.nextBoolean() ? "/* é😀 // \"x\" */" : "// note, \"q\" /*\r\n");
        }
      }
    }

    @SuppressWarnings("unchecked")
    private void value(Object value, String pointer) {
      space();
      valueOffsets.put(pointer, out.length());
      if (value instanceof Map) {
        out.append('{');
        List<Map.Entry<String, Object>> entries =
            new ArrayList<>(((Map<String, Object>) value).entrySet());
        for (int i = 0; i < entries.size(); i++) {
          String child = pointer + "/" + JsonDocument.escape(entries.get(i).getKey());
          space();
          keyOffsets.put(child, out.length());
          string(entries.get(i).getKey());
          space();
          out.append(':');
          value(entries.get(i).getValue(), child);
          separator(i, entries.size());
        }
        space();
        out.append('}');
      } else if (value instanceof List) {
        List<Object> items = (List<Object>) value;
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
          value(items.get(i), pointer + "/" + i);
          separator(i, items.size());
        }
        space();
        out.append(']');
      } else if (value instanceof String) {
        string((String) value);
      } else if (value instanceof Num) {
        out.append(((Num) value).text());
      } else if (value instanceof Boolean) {
        out.append(value);
      } else {
        out.append("null");
      }
    }

    private void separator(int index, int size) {
      space();
      if (index < size - 1) {
        out.append(',');
      } else if (withTrailingCommas && random.nextInt(3) == 0) {
        trailingCommas++;
        out.append(',');
      }
    }

    private void string(String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }
  }
}
