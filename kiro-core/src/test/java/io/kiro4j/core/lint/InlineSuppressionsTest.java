package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The kiro4j-disable comments of one Markdown text. */
class InlineSuppressionsTest {

  private static final Path FILE = Path.of("a.md");
  private static final Set<String> KNOWN = Set.of("STEER-006", "STEER-012");

  private static Diagnostic at(String code, int line) {
    return new Diagnostic(Severity.WARNING, code, "m", FILE, line, 1);
  }

  @Test
  void severalCodesJoinedWithCommasAreEachSuppressedAndTheRestIsTheReason() {
    InlineSuppressions s =
        InlineSuppressions.parse(
            "x <!-- kiro4j-disable STEER-006, STEER-012 legacy file --> y\n", FILE, KNOWN);
    assertThat(s.suppresses(at("STEER-006", 9))).isTrue();
    assertThat(s.suppresses(at("STEER-012", 1))).isTrue();
    assertThat(s.diagnostics()).isEmpty();
    assertThat(s.suppressions()).extracting(x -> x.column).containsOnly(3);
  }

  @Test
  void aWordThatOnlyStartsLikeTheDirectiveIsNotOne() {
    assertThat(
            InlineSuppressions.parse("<!-- kiro4j-disabled STEER-006 -->\n", FILE, KNOWN)
                .suppressions())
        .isEmpty();
  }

  @Test
  @Timeout(5)
  void aHostileLineOfUnclosedCommentsIsReadInLinearTime() {
    String hostile = "<!-- kiro4j-disable ".repeat(200_000);
    InlineSuppressions s = InlineSuppressions.parse(hostile + "\n", FILE, KNOWN);
    assertThat(s.suppressions()).isEmpty();
    assertThat(s.diagnostics()).isEmpty();
  }
}
