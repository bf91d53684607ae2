package io.kiro4j.skills.internal.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The CPython tables against Java's own Unicode 13 data. */
class PythonTextTest {

  static boolean restatedIsAlnum(int cp) {
    int t = Character.getType(cp);
    return Character.isLetter(cp)
        || t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  @Test
  void isalnumIsLettersAndNumbersButNotCombiningMarks() {
    assertThat(PythonText.isAlnum('a')).isTrue();
    assertThat(PythonText.isAlnum(0x0BF0)).isTrue(); // ௰, No: Character.isLetterOrDigit says no
    assertThat(Character.isLetterOrDigit(0x0BF0)).isFalse();
    assertThat(PythonText.isAlnum(0x0301)).isFalse(); // combining acute
    assertThat(PythonText.isAlnum('_')).isFalse();
    assertThat(PythonText.isAlnum(0x20000)).isTrue();
  }

  @Test
  void asciiAnswersWithoutTheTablesEqualTheTables() {
    for (int cp = 0; cp < 0x80; cp++) {
      assertThat(PythonText.isAlnum(cp))
          .as("isalnum %x", cp)
          .isEqualTo(PythonText.inTable("alnum", cp));
      assertThat(PythonText.isSpace(cp))
          .as("isspace %x", cp)
          .isEqualTo(PythonText.inTable("space", cp));
      assertThat(PythonText.changesUnderLower(cp))
          .as("lower %x", cp)
          .isEqualTo(PythonText.inTable("lower", cp));
    }
  }

  @Test
  void stripRemovesPythonWhitespace() {
    assertThat(PythonText.strip("\u00a0\u001c x \u2003\u0085")).isEqualTo("x");
    assertThat(PythonText.strip("\u200bx")).isEqualTo("\u200bx"); // ZWSP is not space
  }

  @Test
  void lowercaseCheckMatchesPython() {
    assertThat(PythonText.hasUppercase("İ")).isTrue();
    assertThat(PythonText.hasUppercase("ǅ")).isTrue();
    assertThat(PythonText.hasUppercase("straße")).isFalse();
    assertThat(PythonText.hasUppercase("ǆ")).isFalse();
  }

  /**
   * Outside Unicode 14 additions (CPython 3.11) that Java 17 (Unicode 13) does not know, the table
   * equals the restatement "letter, or Nd/Nl/No number"; the code points where they differ are
   * exactly the out-of-scope Unicode 14 characters.
   */
  @Test
  void isalnumTableEqualsTheRestatementForEveryCharacterJavaKnows() {
    assumeJavaUnicode13();
    List<String> differ = new ArrayList<>();
    int unicode14 = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.UNASSIGNED) {
        unicode14 += PythonText.isAlnum(cp) ? 1 : 0;
        continue;
      }
      if (PythonText.isAlnum(cp) != restatedIsAlnum(cp)) {
        differ.add(Integer.toHexString(cp));
      }
    }
    assertThat(differ).isEmpty();
    assertThat(unicode14).as("alnum characters added in Unicode 14").isEqualTo(UNICODE_14_ALNUM);
  }

  /**
   * The table is checked against Java 17's Unicode 13 data; Java 19+ carries Unicode 14 and later,
   * where characters CPython 3.11 does not know are assigned too. Elsewhere the table is simply
   * used.
   */
  private static void assumeJavaUnicode13() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Runtime.version().feature() <= 18,
        "the CPython table is compared with Java 17's Unicode 13 data; this JDK has newer data");
  }

  /** Letters and numbers CPython 3.11 knows and Java 17 does not (out of scope, README). */
  static final int UNICODE_14_ALNUM = 525;

  @Test
  void lowerTableEqualsJavaLowerCaseForEveryCharacterJavaKnows() {
    assumeJavaUnicode13();
    List<String> differ = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.UNASSIGNED
          || Character.getType(cp) == Character.SURROGATE) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      boolean java = !s.toLowerCase(Locale.ROOT).equals(s);
      if (PythonText.changesUnderLower(cp) != java) {
        differ.add(Integer.toHexString(cp));
      }
    }
    assertThat(differ).isEmpty();
  }
}
