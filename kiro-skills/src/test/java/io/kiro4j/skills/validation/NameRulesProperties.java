package io.kiro4j.skills.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlScalar;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * For generated names and descriptions (Unicode included), the verdict equals a direct restatement
 * of the reference's rules written with Java's own Unicode data.
 */
class NameRulesProperties {

  static final Path FILE = Path.of("x/SKILL.md");

  static Gen<String> names() {
    Gen<Integer> interesting =
        Gen.of(
            (int) 'a', (int) 'z', (int) '0', (int) '-', (int) '-', (int) 'A', (int) '_', (int) ' ',
            0x00A0, 0x0301, 0x0BF0, 0x00DF, 0x0130, 0x01C5, 0xFB01, 0x00B2, 0xFF4D, 0x2013, 0x0928,
            0x094D, 0x20000, 0x1F600, 0x3000, 0x2160, 0x03A3, 0x0436);
    Gen<Integer> anyAssigned =
        Gen.ints(0x20, 0x2FFFF)
            .filter(
                cp -> {
                  int t = Character.getType(cp);
                  return t != Character.UNASSIGNED
                      && t != Character.SURROGATE
                      && t != Character.PRIVATE_USE
                      && t != Character.CONTROL
                      && knownToCPython311(cp);
                });
    return frequencyOf(6, interesting, 2, anyAssigned)
        .list()
        .ofMinSize(0)
        .ofMaxSize(70)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  /** {@code a} with weight {@code wa}, else {@code b} with weight {@code wb}; shrinks towards a. */
  static <T> Gen<T> frequencyOf(int wa, Gen<T> a, int wb, Gen<T> b) {
    return s -> s.draw(wa + wb) < wa ? a.generate(s) : b.generate(s);
  }

  /**
   * The restatement uses Java's Unicode data, the validator CPython 3.11's (Unicode 14). Java 17
   * (Unicode 13) agrees with it on every character it knows (PythonTextTest); Java 19+ knows
   * characters CPython 3.11 does not, which are out of scope: leave those out of the generator.
   */
  static boolean knownToCPython311(int cp) {
    if (Runtime.version().feature() <= 18) {
      return true;
    }
    String s = new String(Character.toChars(cp));
    boolean javaLower = !s.toLowerCase(Locale.ROOT).equals(s);
    return alnum(cp) == io.kiro4j.skills.internal.python.PythonText.isAlnum(cp)
        && javaLower == io.kiro4j.skills.internal.python.PythonText.changesUnderLower(cp);
  }

  @Test
  void nameVerdictEqualsTheRestatedRules() {
    Property.forAll(names(), names())
        .tries(2000)
        .check(
            (name, dir) -> {
              YamlMapping fm =
                  new YamlMapping(
                      List.of(
                          new YamlMapping.Entry(scalar("name", 1), scalar(name, 1)),
                          new YamlMapping.Entry(scalar("description", 2), scalar("d", 2))),
                      false,
                      1,
                      1);
              SkillReport r =
                  SkillValidator.validateFrontMatter(
                      fm, Optional.of(dir), FILE, ValidationOptions.reference());
              assertThat(r.errors()).isEqualTo(restated(name, dir));
            });
  }

  @Test
  void descriptionVerdictEqualsTheRestatedRules() {
    Property.forAll(names())
        .tries(500)
        .check(
            description -> {
              String d =
                  description.repeat(
                      description.isEmpty() ? 1 : 1100 / description.length() / 2 + 1);
              YamlMapping fm =
                  new YamlMapping(
                      List.of(
                          new YamlMapping.Entry(scalar("name", 1), scalar("x", 1)),
                          new YamlMapping.Entry(scalar("description", 2), scalar(d, 2))),
                      false,
                      1,
                      1);
              List<String> expected = new ArrayList<>();
              if (d.strip().isEmpty() && pyStrip(d).isEmpty()) {
                expected.add("Field 'description' must be a non-empty string");
              } else if (pyStrip(d).isEmpty()) {
                expected.add("Field 'description' must be a non-empty string");
              } else if (d.codePointCount(0, d.length()) > 1024) {
                expected.add(
                    "Description exceeds 1024 character limit ("
                        + d.codePointCount(0, d.length())
                        + " chars)");
              }
              assertThat(
                      SkillValidator.validateFrontMatter(
                              fm, Optional.of("x"), FILE, ValidationOptions.reference())
                          .errors())
                  .isEqualTo(expected);
            });
  }

  static YamlScalar scalar(String v, int line) {
    return new YamlScalar(v, YamlScalar.Style.DOUBLE_QUOTED, YamlScalar.Type.STRING, line, 1);
  }

  /** Python's isspace, restated: Zs, or bidi WS/B/S (the few control separators). */
  static boolean pySpace(int cp) {
    byte dir = Character.getDirectionality(cp);
    return Character.getType(cp) == Character.SPACE_SEPARATOR
        || dir == Character.DIRECTIONALITY_WHITESPACE
        || dir == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
        || dir == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
  }

  static String pyStrip(String s) {
    int[] cps = s.codePoints().toArray();
    int a = 0;
    int b = cps.length;
    while (a < b && pySpace(cps[a])) {
      a++;
    }
    while (b > a && pySpace(cps[b - 1])) {
      b--;
    }
    return new String(cps, a, b - a);
  }

  static boolean alnum(int cp) {
    int t = Character.getType(cp);
    return Character.isLetter(cp)
        || t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  static List<String> restated(String raw, String dir) {
    List<String> e = new ArrayList<>();
    if (pyStrip(raw).isEmpty()) {
      e.add("Field 'name' must be a non-empty string");
      return e;
    }
    String n = Normalizer.normalize(pyStrip(raw), Normalizer.Form.NFKC);
    int len = n.codePointCount(0, n.length());
    if (len > 64) {
      e.add("Skill name '" + n + "' exceeds 64 character limit (" + len + " chars)");
    }
    if (!n.equals(n.toLowerCase(Locale.ROOT))) {
      e.add("Skill name '" + n + "' must be lowercase");
    }
    if (n.startsWith("-") || n.endsWith("-")) {
      e.add("Skill name cannot start or end with a hyphen");
    }
    if (n.contains("--")) {
      e.add("Skill name cannot contain consecutive hyphens");
    }
    if (!n.codePoints().allMatch(c -> c == '-' || alnum(c))) {
      e.add(
          "Skill name '"
              + n
              + "' contains invalid characters. Only letters, digits, and hyphens are allowed.");
    }
    if (!Normalizer.normalize(dir, Normalizer.Form.NFKC).equals(n)) {
      e.add("Directory name '" + dir + "' must match skill name '" + n + "'");
    }
    return e;
  }
}
