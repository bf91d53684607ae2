package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import org.junit.jupiter.api.Test;

/** GitHub's workflow-command escaping: reversible and leaving no separator unescaped. */
class GithubAnnotationsProperties {

  private static final Gen<String> TEXT =
      Gen.strings().withChars("ab%:,\r\n\t 0A%D2C").ofMaxLength(40);

  /** GitHub's runner decoding, the other way round (%25 last, as the runner does). */
  private static String unescape(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }

  @Test
  void escapedDataHasNoLineBreakAndDecodesToTheOriginal() {
    Property.forAll(TEXT)
        .tries(2000)
        .check(
            text -> {
              String escaped = GithubAnnotations.escapeData(text);
              assertThat(escaped).doesNotContain("\r").doesNotContain("\n");
              assertThat(unescape(escaped)).isEqualTo(text);
            });
  }

  @Test
  void escapedPropertyHasNoSeparatorAndDecodesToTheOriginal() {
    Property.forAll(TEXT)
        .tries(2000)
        .check(
            text -> {
              String escaped = GithubAnnotations.escapeProperty(text);
              assertThat(escaped).doesNotContain("\r", "\n", ":", ",");
              assertThat(unescape(escaped)).isEqualTo(text);
            });
  }

  @Test
  void everyPercentInTheOutputStartsAnEscape() {
    Property.forAll(Gen.strings().ofMaxLength(40))
        .check(
            text ->
                assertThat(GithubAnnotations.escapeProperty(text))
                    .doesNotContainPattern("%(?!25|0D|0A|3A|2C)"));
  }
}
