package io.kiro4j.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.ReasonCode;
import org.junit.jupiter.api.Test;

/** Output hygiene (issue 13, item 4): one escaping function for everything shown to people. */
class DisplayTextTest {

  static final String HOSTILE = "a\u001b[31mb\rc\nd\u2028e\u202ef";

  @Test
  void escControlsLineBreaksSeparatorsAndBidiOverridesBecomeVisibleEscapes() {
    assertThat(DisplayText.escape(HOSTILE)).isEqualTo("a\\u001B[31mb\\rc\\nd\\u2028e\\u202Ef");
  }

  @Test
  void everyC0AndC1ControlDelAndBidiControlIsEscaped() {
    for (int c = 0; c <= 0x20AF; c++) {
      boolean expected =
          c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == 0x2028
              || c == 0x2029
              || c == 0x061C
              || c == 0x200E
              || c == 0x200F
              || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069);
      assertThat(DisplayText.needsEscape(c)).as("U+%04X", c).isEqualTo(expected);
      String escaped = DisplayText.escape(String.valueOf((char) c));
      if (expected) {
        assertThat(escaped).as("U+%04X", c).startsWith("\\").hasSizeGreaterThan(1);
        escaped.chars().forEach(x -> assertThat(DisplayText.needsEscape(x)).isFalse());
      } else {
        assertThat(escaped).isEqualTo(String.valueOf((char) c));
      }
    }
  }

  @Test
  void ordinaryTextBackslashesAccentsAndEmojiAreKept() {
    String text = "C:\\Users\\é\uD83D\uDE00 tab-free";
    assertThat(DisplayText.escape(text)).isSameAs(text);
  }

  @Test
  void escapingIsIdempotent() {
    String once = DisplayText.escape(HOSTILE);
    assertThat(DisplayText.escape(once)).isEqualTo(once);
  }

  @Test
  void nullPrintsAsNull() {
    assertThat(DisplayText.escape((Object) null)).isEqualTo("null");
    assertThat(DisplayText.escape(42)).isEqualTo("42");
  }

  @Test
  void aReasonMessageIsOneInertLine() {
    Reason r = Reason.builtin(ReasonCode.DEFAULT, "'" + HOSTILE + "' is not trusted");
    assertThat(r.message()).doesNotContain("\u001b", "\r", "\n", "\u2028", "\u202e");
    assertThat(r.message()).contains("\\u001B[31m", "\\r", "\\n", "\\u2028", "\\u202E");
  }
}
