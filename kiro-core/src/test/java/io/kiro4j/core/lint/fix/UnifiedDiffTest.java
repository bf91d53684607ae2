package io.kiro4j.core.lint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unified diffs: hunks with three lines of context, far changes in separate hunks. */
class UnifiedDiffTest {

  @Test
  void farChangesGetTheirOwnHunks() {
    StringBuilder a = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      a.append("l").append(i).append('\n');
    }
    String b = a.toString().replace("l2\n", "L2\n").replace("l18\n", "L18\n");
    String diff = UnifiedDiff.of("f", "f", a.toString(), b);
    assertThat(diff).contains("@@ -1,5 +1,5 @@\n l1\n-l2\n+L2\n l3\n l4\n l5\n");
    assertThat(diff).contains("@@ -15,6 +15,6 @@\n l15\n l16\n l17\n-l18\n+L18\n l19\n l20\n");
  }

  @Test
  void aMissingFinalNewlineIsMarked() {
    assertThat(UnifiedDiff.of("f", "f", "a\nb", "a\nc"))
        .isEqualTo(
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
                + "\\ No newline at end of file\n");
  }

  @Test
  void identicalTextsHaveNoHunk() {
    assertThat(UnifiedDiff.of("f", "f", "a\n", "a\n")).isEqualTo("--- a/f\n+++ b/f\n");
  }
}
