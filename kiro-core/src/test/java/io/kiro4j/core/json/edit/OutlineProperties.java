package io.kiro4j.core.json.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Outline} decides validity in its own pass, so it must accept exactly what Jackson (as
 * {@link ReadBack#parses} configures it) accepts: differentially on near-JSON made of tokens that
 * sit on every edge of the grammar, on valid documents with one character changed, and on the
 * limits. And every bracket it pairs encloses a value that parses on its own.
 */
class OutlineProperties {

  private static final List<String> TOKENS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          " ",
          "\n",
          "\r\n",
          "\t",
          "\"a\"",
          "\"\"",
          "\"\\n\"",
          "\"\\u00e9\"",
          "\"\\u00zz\"",
          "\"\\x\"",
          "\"\u0001\"",
          "\"\\/\"",
          "'a'",
          "0",
          "-0",
          "01",
          "-",
          "1.",
          "1.5",
          ".5",
          "1e5",
          "1E+2",
          "1e",
          "-1.0e-3",
          "+1",
          "NaN",
          "true",
          "truex",
          "false",
          "null",
          "nul",
          "/* c */",
          "/*",
          "// c\n",
          "//",
          "/",
          "#",
          "\u00a0",
          "\u0000",
          "é",
          "{\"k\":1}",
          "[1,]",
          "{\"k\":1,}",
          "[,]",
          "true1",
          "\"k\" : [ ]");

  @Test
  void acceptsExactlyWhatJacksonAcceptsOnTokenSoup() {
    Property.forAll(Gen.randoms(), Gen.ints(1, 12))
        .tries(20_000)
        .check(
            (random, size) -> {
              StringBuilder text = new StringBuilder();
              for (int k = 0; k < size; k++) {
                text.append(TOKENS.get(random.nextInt(TOKENS.size())));
              }
              assertSameVerdict(text.toString());
            });
  }

  @Test
  void acceptsExactlyWhatJacksonAcceptsOnDocumentsWithOneCharacterChanged() {
    Property.forAll(Gen.randoms())
        .tries(5_000)
        .check(
            random -> {
              String valid = document(random, 0);
              assertSameVerdict(valid);
              StringBuilder changed = new StringBuilder(valid);
              int at = random.nextInt(changed.length() + 1);
              String piece = TOKENS.get(random.nextInt(TOKENS.size()));
              switch (random.nextInt(3)) {
                case 0 -> changed.insert(at, piece.charAt(0));
                case 1 -> {
                  if (at < changed.length()) {
                    changed.deleteCharAt(at);
                  }
                }
                default -> {
                  if (at < changed.length()) {
                    changed.setCharAt(at, piece.charAt(random.nextInt(piece.length())));
                  }
                }
              }
              assertSameVerdict(changed.toString());
            });
  }

  @Test
  void everyPairedBracketEnclosesAValueThatParsesOnItsOwn() {
    Property.forAll(Gen.randoms())
        .tries(2_000)
        .check(
            random -> {
              String text = document(random, 0);
              Outline outline = Outline.of(text);
              assertThat(outline).as(text).isNotNull();
              for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c == '{' || c == '[') && outsideStrings(text, i)) {
                  int close = outline.close(i);
                  assertThat(text.charAt(close)).isEqualTo(c == '{' ? '}' : ']');
                  assertThat(ReadBack.parses(text.substring(i, close + 1))).isTrue();
                }
              }
            });
  }

  @Test
  void limitsAreJacksons() {
    String digits1000 = "1".repeat(Outline.MAX_NUMBER_LENGTH);
    for (String number :
        List.of(
            digits1000,
            digits1000 + "1",
            "-" + digits1000,
            "1." + "2".repeat(Outline.MAX_NUMBER_LENGTH - 1),
            "1." + "2".repeat(Outline.MAX_NUMBER_LENGTH),
            "1" + "2".repeat(Outline.MAX_NUMBER_LENGTH - 3) + "e10",
            "1" + "2".repeat(Outline.MAX_NUMBER_LENGTH - 2) + "e10")) {
      assertSameVerdict("[" + number + "]");
      assertSameVerdict(number);
    }
    for (int length : new int[] {Outline.MAX_NAME_LENGTH, Outline.MAX_NAME_LENGTH + 1}) {
      assertSameVerdict("{\"" + "k".repeat(length) + "\": 1}");
      assertSameVerdict("{\"" + "\\u0041".repeat(length) + "\": 1}");
    }
    for (int depth : new int[] {Outline.MAX_DEPTH, Outline.MAX_DEPTH + 1}) {
      assertSameVerdict("[".repeat(depth) + "]".repeat(depth));
      assertSameVerdict("{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1));
    }
    for (int length : new int[] {Outline.MAX_LENGTH, Outline.MAX_LENGTH + 1}) {
      assertSameVerdict("[" + " ".repeat(length - 2) + "]");
    }
    assertSameVerdict("1/* after a root number */");
    assertSameVerdict("1 /* after a root number */");
    assertSameVerdict("\"s\"/* after a root string */");
    assertSameVerdict("{}/* after the root object */");
  }

  private static void assertSameVerdict(String text) {
    assertThat(Outline.of(text) != null)
        .as(() -> "Outline accepts " + visible(text))
        .isEqualTo(ReadBack.parses(text));
  }

  /** A random valid document in a random layout, with comments and trailing commas. */
  private static String document(Random random, int depth) {
    StringBuilder out = new StringBuilder();
    value(random, depth, out);
    return out.toString();
  }

  private static void value(Random random, int depth, StringBuilder out) {
    int kind = random.nextInt(depth > 3 ? 5 : 8);
    switch (kind) {
      case 0 ->
          out.append('"')
              .append(List.of("x", "a b", "\\\"", "é", "\\u0041", "").get(random.nextInt(6)))
              .append('"');
      case 1 -> out.append(List.of("0", "-1", "1.5e3", "12", "-0.25").get(random.nextInt(5)));
      case 2 -> out.append(List.of("true", "false", "null").get(random.nextInt(3)));
      case 3, 4 -> out.append(random.nextBoolean() ? "\"v\"" : "7");
      case 5, 6 -> {
        out.append('{');
        int n = random.nextInt(4);
        for (int k = 0; k < n; k++) {
          blank(random, out);
          out.append("\"k").append(k).append("\"");
          blank(random, out);
          out.append(':');
          blank(random, out);
          value(random, depth + 1, out);
          blank(random, out);
          if (k < n - 1 || random.nextInt(4) == 0) {
            out.append(',');
          }
        }
        blank(random, out);
        out.append('}');
      }
      default -> {
        out.append('[');
        int n = random.nextInt(4);
        for (int k = 0; k < n; k++) {
          blank(random, out);
          value(random, depth + 1, out);
          blank(random, out);
          if (k < n - 1 || random.nextInt(4) == 0) {
            out.append(',');
          }
        }
        blank(random, out);
        out.append(']');
      }
    }
  }

  private static void blank(Random random, StringBuilder out) {
    out.append(
        List.of("", "", " ", "\n  ", "\r\n", "\t", "/* c */", "// c\n").get(random.nextInt(8)));
  }

  /** Whether offset {@code at} lies outside string literals and comments of a valid document. */
  private static boolean outsideStrings(String text, int at) {
    boolean inString = false;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        if (at < end + 2) {
          return false;
        }
        i = end + 1;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        if (at <= end) {
          return false;
        }
        i = end;
      }
    }
    return !inString;
  }

  /** The text (its first 300 characters) with control characters written as escapes. */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars()
        .limit(300)
        .forEach(
            c -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.append(text.length() > 300 ? "\"…" : "\"").toString();
  }
}
