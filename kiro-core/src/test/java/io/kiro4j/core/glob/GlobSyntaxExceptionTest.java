package io.kiro4j.core.glob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GlobSyntaxExceptionTest {

  private static GlobSyntaxException failure(String pattern, GlobDialect dialect) {
    return catchThrowableOfType(GlobSyntaxException.class, () -> Glob.compile(pattern, dialect));
  }

  private static GlobSyntaxException failure(String pattern) {
    return failure(pattern, GlobDialect.WORKSPACE_FILE);
  }

  @Test
  void unclosedBracketIsReportedAtTheBracket() {
    GlobSyntaxException e = failure("src/[ab");
    assertThat(e.index()).isEqualTo(4);
    assertThat(e.reason()).isEqualTo("unclosed '[' (no matching ']')");
    assertThat(e.pattern()).isEqualTo("src/[ab");
    assertThat(e).hasMessage("unclosed '[' (no matching ']') at index 4 in glob pattern 'src/[ab'");
  }

  @Test
  void emptyClassIsUnclosedBecauseAFirstBracketIsAMember() {
    assertThat(failure("a[]").index()).isEqualTo(1);
  }

  @Test
  void unclosedBraceIsReportedAtTheBrace() {
    GlobSyntaxException e = failure("src/*.{ts,tsx");
    assertThat(e.index()).isEqualTo(6);
    assertThat(e.reason()).isEqualTo("unclosed '{' (no matching '}')");
    assertThat(failure("{a,{b,c}").index()).isEqualTo(0);
  }

  @Test
  void strayClosingBraceIsReported() {
    GlobSyntaxException e = failure("a,b}");
    assertThat(e.index()).isEqualTo(3);
    assertThat(e.reason()).isEqualTo("'}' without a matching '{'");
  }

  @Test
  void trailingBackslashIsReported() {
    GlobSyntaxException e = failure("docs\\");
    assertThat(e.index()).isEqualTo(4);
    assertThat(e.reason()).isEqualTo("trailing '\\' escapes nothing");
  }

  @Test
  void reversedRangeIsReportedAtItsStart() {
    GlobSyntaxException e = failure("x[az-a]");
    assertThat(e.index()).isEqualTo(3);
    assertThat(e.reason()).isEqualTo("reversed range 'z-a' in '['");
  }

  @Test
  void emptyPatternIsReported() {
    assertThat(failure("").reason()).isEqualTo("empty pattern");
    assertThat(failure("./").index()).isEqualTo(2);
    assertThat(failure("/", GlobDialect.GITIGNORE).reason()).isEqualTo("empty pattern");
    assertThat(failure("", GlobDialect.TOOL_NAME).reason()).isEqualTo("empty pattern");
  }

  @Test
  void braceExplosionIsCapped() {
    GlobSyntaxException e = failure("x{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}");
    assertThat(e.reason()).isEqualTo("braces expand to more than 1024 alternatives");
    assertThat(e.index()).isEqualTo(51);
  }

  @Test
  void deeplyNestedBracesAreRejectedInsteadOfOverflowingTheStack() {
    GlobSyntaxException e = failure("{".repeat(10_000));
    assertThat(e.reason()).startsWith("braces nested deeper than");
  }

  @Test
  void toDiagnosticPointsAtTheOffendingCharacterWithGlob001() {
    GlobSyntaxException e = failure("src/[ab");
    // fileMatchPattern: "src/[ab" with the pattern starting at column 19 of line 3
    Diagnostic d = e.toDiagnostic(Path.of(".kiro/steering/api.md"), 3, 19);
    assertThat(d.code()).isEqualTo("GLOB-001");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(23);
    assertThat(d.message())
        .isEqualTo("invalid glob pattern 'src/[ab': unclosed '[' (no matching ']')");
  }

  @Test
  void toDiagnosticColumnCountsCodePoints() {
    GlobSyntaxException e = failure("😀/[ab");
    assertThat(e.index()).isEqualTo(3);
    assertThat(e.toDiagnostic(Path.of("x.md"), 1, 1).column()).isEqualTo(3);
  }

  @Test
  void codesHaveStableIds() {
    assertThat(GlobCode.INVALID_PATTERN.id()).isEqualTo("GLOB-001");
    assertThat(GlobCode.REGEX_LOOKALIKE.id()).isEqualTo("GLOB-002");
  }
}
