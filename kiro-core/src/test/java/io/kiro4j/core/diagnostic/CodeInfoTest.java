package io.kiro4j.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeInfoTest {

  @Test
  void keepsItsParts() {
    CodeInfo info = new CodeInfo("STEER-003", Severity.WARNING, "Something to know.");

    assertThat(info.id()).isEqualTo("STEER-003");
    assertThat(info.severity()).isEqualTo(Severity.WARNING);
    assertThat(info.summary()).isEqualTo("Something to know.");
    assertThat(info).isEqualTo(new CodeInfo("STEER-003", Severity.WARNING, "Something to know."));
  }

  @Test
  void rejectsAnIdNotLettersHyphenThreeDigits() {
    for (String id :
        new String[] {
          "", "STEER", "STEER-3", "STEER-0003", "steer-003", "STEER_003", " STEER-003"
        }) {
      assertThatThrownBy(() -> new CodeInfo(id, Severity.INFO, "x"))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("three digits");
    }
  }

  @Test
  void rejectsABlankOrMultiLineSummary() {
    assertThatThrownBy(() -> new CodeInfo("X-001", Severity.INFO, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodeInfo("X-001", Severity.INFO, "one\ntwo"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> new CodeInfo(null, Severity.INFO, "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CodeInfo("X-001", null, "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new CodeInfo("X-001", Severity.INFO, null))
        .isInstanceOf(NullPointerException.class);
  }
}
