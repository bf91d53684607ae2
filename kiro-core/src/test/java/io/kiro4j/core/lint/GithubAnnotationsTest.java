package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub workflow commands: one per diagnostic, GitHub's escaping. */
class GithubAnnotationsTest {

  @TempDir Path tmp;

  @Test
  void aWarningIsOneWarningCommandWithFileLineColAndTitle() {
    LintReport r =
        new LintFixture(tmp).write(".kiro/steering/ts.md", LintFixture.COMMA_JOINED).lint();
    assertThat(GithubAnnotations.lines(r))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "::warning file=.kiro/steering/ts.md,line=3,col=19,title=STEER-006::fileMatchPattern"));
  }

  @Test
  void eachSeverityHasItsCommand() {
    Path f = Path.of("a.md");
    assertThat(
            GithubAnnotations.line("a.md", new Diagnostic(Severity.ERROR, "X-001", "m", f, 1, 1)))
        .startsWith("::error ");
    assertThat(GithubAnnotations.line("a.md", new Diagnostic(Severity.INFO, "X-001", "m", f, 1, 1)))
        .startsWith("::notice ");
  }

  @Test
  void percentCarriageReturnAndLineFeedAreEscapedInTheMessage() {
    assertThat(GithubAnnotations.escapeData("100%\r\nok: a,b")).isEqualTo("100%25%0D%0Aok: a,b");
  }

  @Test
  void colonAndCommaAreAlsoEscapedInProperties() {
    assertThat(GithubAnnotations.escapeProperty("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
    assertThat(
            GithubAnnotations.line(
                "we,ird:.md", new Diagnostic(Severity.WARNING, "X-001", "m", Path.of("x"), 2, 3)))
        .isEqualTo("::warning file=we%2Cird%3A.md,line=2,col=3,title=X-001::m");
  }
}
