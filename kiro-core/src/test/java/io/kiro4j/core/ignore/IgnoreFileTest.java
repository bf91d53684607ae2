package io.kiro4j.core.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line syntax of gitignore-style files (docs L20273–20408, gitignore(5)). */
class IgnoreFileTest {

  private static final Path SOURCE = Path.of(".kiroignore");

  private static IgnoreFile parse(String text) {
    return IgnoreFile.parse(text, SOURCE);
  }

  @Test // docs F24: "# Secrets and credentials"
  void linesStartingWithHashAreComments() {
    IgnoreFile file = parse("# Secrets and credentials\n.env\n");
    assertThat(file.rules()).extracting(IgnoreRule::text).containsExactly(".env");
    assertThat(file.rules().get(0).line()).isEqualTo(2);
  }

  @Test
  void blankLinesAreSkipped() {
    IgnoreFile file = parse("\n   \n*.log\n\n");
    assertThat(file.rules()).extracting(IgnoreRule::text).containsExactly("*.log");
    assertThat(file.diagnostics()).isEmpty();
  }

  @Test
  void escapedHashStartsAPatternWithHash() {
    IgnoreFile file = parse("\\#notes.txt\n");
    assertThat(file.rules()).hasSize(1);
    assertThat(file.rules().get(0).matches("#notes.txt", false)).isTrue();
  }

  @Test
  void hashLaterInTheLineIsPartOfThePattern() {
    assertThat(parse("a#b\n").rules().get(0).matches("a#b", false)).isTrue();
  }

  @Test // docs L20347: !keep.txt - Don't ignore (negation)
  void leadingBangNegatesThePattern() {
    IgnoreRule rule = parse("!keep.txt").rules().get(0);
    assertThat(rule.negated()).isTrue();
    assertThat(rule.glob().pattern()).isEqualTo("keep.txt");
    assertThat(rule.matches("keep.txt", false)).isTrue();
  }

  @Test
  void escapedBangStartsAPatternWithBang() {
    IgnoreRule rule = parse("\\!important.txt").rules().get(0);
    assertThat(rule.negated()).isFalse();
    assertThat(rule.matches("!important.txt", false)).isTrue();
  }

  @Test
  void trailingSpacesAreIgnoredUnlessEscaped() {
    IgnoreFile file = parse("a.txt   \nb.txt\\ \nc.txt\\  \nd.txt\t\n");
    assertThat(file.rules())
        .extracting(IgnoreRule::text)
        .containsExactly("a.txt", "b.txt\\ ", "c.txt\\ ", "d.txt\t");
    assertThat(file.rules().get(1).matches("b.txt ", false)).isTrue();
    assertThat(file.rules().get(0).matches("a.txt", false)).isTrue();
  }

  @Test
  void leadingSpacesArePartOfThePattern() {
    assertThat(parse("  a").rules().get(0).matches("  a", false)).isTrue();
  }

  @Test // docs L20345: folder/ - Ignore directory
  void trailingSlashMakesTheRuleMatchDirectoriesOnly() {
    IgnoreRule rule = parse("folder/").rules().get(0);
    assertThat(rule.directoryOnly()).isTrue();
    assertThat(rule.matches("folder", true)).isTrue();
    assertThat(rule.matches("folder", false)).isFalse();
    assertThat(rule.matches("src/folder", true)).isTrue();
  }

  @Test
  void windowsLineEndingsAndByteOrderMarkAreDropped() {
    IgnoreFile file = parse("\uFEFF*.log\r\nbuild/\r\n");
    assertThat(file.rules()).extracting(IgnoreRule::text).containsExactly("*.log", "build/");
    assertThat(file.rules().get(0).matches("x.log", false)).isTrue();
  }

  @Test
  void invalidPatternIsSkippedWithIgn001AtTheOffendingColumn() {
    IgnoreFile file = parse("ok.txt\n!src/[ab\ntrailing\\\n");
    assertThat(file.rules()).extracting(IgnoreRule::text).containsExactly("ok.txt");
    assertThat(file.diagnostics()).hasSize(2);
    Diagnostic bracket = file.diagnostics().get(0);
    assertThat(bracket.code()).isEqualTo("IGN-001");
    assertThat(bracket.severity()).isEqualTo(Severity.WARNING);
    assertThat(bracket.path()).isEqualTo(SOURCE);
    assertThat(bracket.line()).isEqualTo(2);
    assertThat(bracket.column()).isEqualTo(6); // the '[' of "!src/[ab"
    assertThat(bracket.message())
        .isEqualTo(
            "invalid pattern '!src/[ab': unclosed '[' (no matching ']'); the line is skipped");
    Diagnostic backslash = file.diagnostics().get(1);
    assertThat(backslash.line()).isEqualTo(3);
    assertThat(backslash.column()).isEqualTo(9);
  }

  @Test
  void invalidPatternColumnCountsCodePoints() {
    Diagnostic d = parse("😀/[ab\n").diagnostics().get(0);
    assertThat(d.column()).isEqualTo(3);
  }

  @Test
  void loneBangIsAnEmptyPattern() {
    IgnoreFile file = parse("!\n");
    assertThat(file.rules()).isEmpty();
    assertThat(file.diagnostics()).extracting(Diagnostic::code).containsExactly("IGN-001");
  }

  @Test // docs L20349: secrets/ + !secrets/public.txt won't work
  void negationUnderAnExcludedDirectoryIsFlaggedWithIgn002() {
    IgnoreFile file = parse("secrets/\n!secrets/public.txt\n");
    assertThat(file.rules()).hasSize(2);
    assertThat(file.diagnostics()).hasSize(1);
    Diagnostic d = file.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("IGN-002");
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.message())
        .isEqualTo(
            "'!secrets/public.txt' cannot re-include anything: its parent directory 'secrets' is"
                + " excluded by line 1 ('secrets/'); exclude the directory's contents"
                + " ('secrets/*') instead");
  }

  @Test
  void negationUnderExcludedDirectoryContentsIsFine() {
    assertThat(parse("secrets/*\n!secrets/public.txt\n").diagnostics()).isEmpty();
    assertThat(parse("/*\n!/foo\n/foo/*\n!/foo/bar\n").diagnostics()).isEmpty();
  }

  @Test
  void anIgnoreFileThatCannotBeReadFailsClosedWithIgn003(@TempDir Path dir) {
    Path missing = dir.resolve("kiroignore");
    IgnoreFile file = IgnoreFile.read(missing);
    assertThat(file.unreadable()).isTrue();
    assertThat(file.rules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.unreadable()).isTrue();
              assertThat(r.line()).isZero();
              assertThat(r.source()).isEqualTo(missing);
              assertThat(r.matches("any/path", false)).isTrue();
            });
    assertThat(file.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("IGN-003");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.path()).isEqualTo(missing);
              assertThat(d.message())
                  .startsWith("ignore file cannot be read (cannot read file: NoSuchFileException");
            });
  }

  @Test
  void anIgnoreFileThatIsNotUtf8FailsClosedAndSaysWhy(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(".kiroignore");
    Files.write(file, new byte[] {'a', (byte) 0xFF, '\n'});
    IgnoreFile parsed = IgnoreFile.read(file);
    assertThat(parsed.unreadable()).isTrue();
    assertThat(parsed.diagnostics().get(0).message())
        .isEqualTo(
            "ignore file cannot be read (file is not valid UTF-8); failing closed: everything it"
                + " could exclude is excluded until it is fixed");
  }

  @Test
  void readParsesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(".kiroignore");
    Files.writeString(file, "*.pem\n");
    IgnoreFile parsed = IgnoreFile.read(file);
    assertThat(parsed.source()).isEqualTo(file);
    assertThat(parsed.rules().get(0).source()).isEqualTo(file);
    assertThat(parsed.rules().get(0)).hasToString(file + ":1: *.pem");
    assertThat(parsed.unreadable()).isFalse();
  }
}
