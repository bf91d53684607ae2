package io.kiro4j.core.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellParserTest {

  static List<String> texts(String line) {
    ShellParse p = ShellParser.parse(line);
    assertThat(p).as(line).isInstanceOf(ShellParse.Parsed.class);
    return ((ShellParse.Parsed) p).commands().stream().map(SimpleCommand::text).toList();
  }

  static ShellParse.Parsed parsed(String line) {
    ShellParse p = ShellParser.parse(line);
    assertThat(p).as(line).isInstanceOf(ShellParse.Parsed.class);
    return (ShellParse.Parsed) p;
  }

  @Test
  void andListSplitsIntoTwoCommands() {
    assertThat(texts("cd x && git push --force")).containsExactly("cd x", "git push --force");
  }

  @Test
  void everyOperatorSeparates() {
    assertThat(texts("a; b && c || d | e |& f & g\nh"))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
  }

  @Test
  void singleCommandIsNotCompound() {
    ShellParse.Parsed p = parsed("git status --short");
    assertThat(p.compound()).isFalse();
    assertThat(p.commands().get(0).words()).containsExactly("git", "status", "--short");
  }

  @Test
  void quotesAreRemovedFromWordsAndKeptInText() {
    SimpleCommand c = parsed("git commit -m \"a && b\" 'c; d'").commands().get(0);
    assertThat(c.words()).containsExactly("git", "commit", "-m", "a && b", "c; d");
    assertThat(c.text()).isEqualTo("git commit -m \"a && b\" 'c; d'");
    assertThat(c.plainText()).isEqualTo("git commit -m a && b c; d");
  }

  @Test
  void backslashEscapesAnOperator() {
    assertThat(texts("echo a\\;b")).containsExactly("echo a\\;b");
    assertThat(parsed("echo a\\;b").commands().get(0).words()).containsExactly("echo", "a;b");
  }

  @Test
  void subshellCommandsAreListed() {
    assertThat(texts("(cd x; rm -rf y) && ls")).containsExactly("cd x", "rm -rf y", "ls");
  }

  @Test
  void commandSubstitutionIsListedAfterItsHolder() {
    assertThat(texts("echo $(rm -rf /) done")).containsExactly("echo $(rm -rf /) done", "rm -rf /");
    assertThat(texts("echo \"$(whoami)\"")).containsExactly("echo \"$(whoami)\"", "whoami");
  }

  @Test
  void backticksAreParsedToo() {
    assertThat(texts("echo `git push --force`"))
        .containsExactly("echo `git push --force`", "git push --force");
  }

  @Test
  void redirectionsAreSeparatedFromWords() {
    SimpleCommand c = parsed("make 2>&1 >out.log < in.txt").commands().get(0);
    assertThat(c.words()).containsExactly("make");
    assertThat(c.redirections()).containsExactly("2>&1", ">out.log", "<in.txt");
    assertThat(c.writesOutput()).isTrue();
    assertThat(parsed("ls 2>/dev/null 2>&1").commands().get(0).writesOutput()).isFalse();
  }

  @Test
  void hereDocumentBodyIsSkipped() {
    assertThat(texts("cat <<EOF > f\nrm -rf /\nEOF\nls")).containsExactly("cat <<EOF > f", "ls");
    assertThat(texts("cat <<-'X'\n\t$(boom)\n\tX")).containsExactly("cat <<-'X'");
  }

  @Test
  void anUnclosedHereDocumentWithALineBreakInItsDelimiterIsReportedOnOneLine() {
    ShellParse p = ShellParser.parse("cat <<`\n`");
    assertThat(p).isInstanceOf(ShellParse.Unparsable.class);
    assertThat(((ShellParse.Unparsable) p).reason()).contains("\\n").doesNotContain("\n");
  }

  @Test
  void assignmentsArePrefixes() {
    SimpleCommand c = parsed("PAGER= gh pr list").commands().get(0);
    assertThat(c.assignments()).containsExactly("PAGER=");
    assertThat(c.words()).containsExactly("gh", "pr", "list");
  }

  @Test
  void commentsAreDropped() {
    assertThat(texts("ls # && rm -rf /")).containsExactly("ls");
    assertThat(texts("# only a comment")).isEmpty();
  }

  @Test
  void lineContinuationJoinsLines() {
    assertThat(parsed("git \\\n status").commands()).hasSize(1);
  }

  @Test
  void negationIsDropped() {
    assertThat(parsed("! grep x f").commands().get(0).words()).containsExactly("grep", "x", "f");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "echo 'unclosed",
        "echo \"unclosed",
        "echo `unclosed",
        "(ls",
        "ls)",
        "&& ls",
        "ls &&",
        "ls | ",
        "ls ;; x",
        "if true; then rm -rf /; fi",
        "for f in *; do rm $f; done",
        "while true; do x; done",
        "case x in a) ls;; esac",
        "{ ls; }",
        "f() { rm -rf /; }",
        "function f { ls; }",
        "echo $((1+2))",
        "echo ${x:-$(rm -rf /)}",
        "cat <<EOF\nno end",
        "cat <<EOF\n$(rm -rf /)\nEOF",
        "echo $(ls",
        "ls >",
        "diff <(sort a) >(tee b)",
      })
  void whatCannotBeProvenIsUnparsable(String line) {
    assertThat(ShellParser.parse(line)).isInstanceOf(ShellParse.Unparsable.class);
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "(".repeat(100) + "ls" + ")".repeat(100);
    assertThat(ShellParser.parse(deep)).isInstanceOf(ShellParse.Unparsable.class);
  }
}
