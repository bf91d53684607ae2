package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.internal.permission.ShellPolicy;
import io.kiro4j.core.internal.shell.ShellParse;
import io.kiro4j.core.internal.shell.ShellParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per construct of the security review (issue 13): each line was allowed before and bash
 * runs something else with it. Now each is never allowed; the comment says what bash does.
 */
class ShellBypassTest {

  static final RuleOrigin AT = new RuleOrigin("t.json", "/toolsSettings/shell");

  /** The docs' own example: autoAllowReadonly alone. */
  static final ShellPolicy READONLY = ShellPolicy.builder(AT).autoAllowReadonly(true).build();

  /** Allow and deny rules, denyByDefault: like the sample workspace's guard agent. */
  static final ShellPolicy GUARD =
      ShellPolicy.builder(AT)
          .autoAllowReadonly(true)
          .denyByDefault(true)
          .allowedCommands(List.of("git status.*", "npm test", "echo .*"))
          .deniedCommands(List.of("rm .*", "git push.*"))
          .build();

  static final TerminalTrust STRICT =
      TerminalTrust.builder(TerminalMode.STRICT)
          .trusted("echo *", new RuleOrigin("t", "0"))
          .trusted("ls *", new RuleOrigin("t", "1"))
          .build();

  static void neverAllowed(String line) {
    assertThat(READONLY.evaluate(line, false))
        .as(line)
        .isNotInstanceOf(PermissionDecision.Allow.class);
    assertThat(GUARD.evaluate(line, false))
        .as(line)
        .isNotInstanceOf(PermissionDecision.Allow.class);
    assertThat(STRICT.evaluate(line)).as(line).isNotInstanceOf(PermissionDecision.Allow.class);
  }

  @Test
  void ansiCQuoteInsideDoubleQuotesIsLiteralSoAQuoteThereDoesNotEndAWord() {
    // bash: inside "…", $' is a literal $ and ': the line below runs rm.
    neverAllowed("echo \"$'\" ; rm -rf x ; echo \"'\"");
    assertThat(words("echo \"$'x'\"")).containsExactly("echo", "$'x'");
  }

  @Test
  void backslashNewlineInAHereDocumentDelimiterIsNotJudged() {
    // bash joins "EO\<newline>F" into EOF before matching the delimiter.
    neverAllowed("cat <<EO\\\nF\nrm -rf x\nEOF");
  }

  @Test
  void backslashNewlineInAnUnquotedHereDocumentBodyIsNotJudged() {
    // bash: "a\<newline>EOF" is one body line "aEOF", so the body goes on and rm is data — or,
    // the other way round, a line that looks like body ends it. Either way: not judged.
    neverAllowed("cat <<EOF\na\\\nEOF\nrm -rf x\nEOF");
  }

  @Test
  void arithmeticCommandIsNotASubshell() {
    // bash: ((…)) is arithmetic; a[$(…)] inside runs a command substitution.
    neverAllowed("((x=a[$(rm -rf x)]))");
    neverAllowed("((1)) && ls");
  }

  @Test
  void dollarBracketArithmeticIsNotJudged() {
    neverAllowed("echo $[a[$(rm -rf x)]]");
  }

  @Test
  void parameterExpansionWithAnOperatorIsNotJudged() {
    // bash: the word inside ${x:-…} may hold quotes, braces and substitutions.
    neverAllowed("echo ${x:-\"}\"; rm -rf x; echo \"{\"}");
    neverAllowed("echo ${x:-$(rm -rf x)}");
  }

  @Test
  void promptTransformationIsNotJudged() {
    // bash: ${x@P} expands the value like a prompt, which runs $(…) found in it.
    neverAllowed("echo ${x@P}");
  }

  @Test
  void redirectionAfterASubshellWritesForEveryCommandInside() {
    // bash: "(ls) > f" writes f.
    neverAllowed("(ls) > f");
    assertThat(READONLY.evaluate("(ls) > /dev/null", false))
        .isInstanceOf(PermissionDecision.Allow.class);
  }

  @Test
  void groupIsNotJudged() {
    // bash: "{ ls; } > f" writes f.
    neverAllowed("{ ls; } > f");
  }

  @Test
  void anAllowRuleDoesNotAllowARedirectionIntoAFile() {
    // "git status > f" is a write; a rule allows it only when it spells '>'.
    assertThat(GUARD.evaluate("git status > f", false).reasons().get(0).code())
        .isEqualTo("WRITES_FILE");
    assertThat(GUARD.evaluate("git status > f", false))
        .isNotInstanceOf(PermissionDecision.Allow.class);
    ShellPolicy spelled =
        ShellPolicy.builder(AT).allowedCommands(List.of("git status > status\\.txt")).build();
    assertThat(spelled.evaluate("git status > status.txt", false))
        .isInstanceOf(PermissionDecision.Allow.class);
  }

  @Test
  void findIsJudgedAfterBraceExpansion() {
    // bash: -{de,}lete becomes "-delete -lete".
    neverAllowed("find . -{de,}lete");
    neverAllowed("find . -de{l,}ete");
  }

  @Test
  void findIsJudgedAfterAnsiCDecoding() {
    // bash: $'\x2d'delete is -delete; hexadecimal escapes are not judged at all.
    neverAllowed("find . $'\\x2d'delete");
    // A decoded escape that spells a write option is seen as one.
    neverAllowed("find . $'-de'lete");
    neverAllowed("find . $'-\\x64elete'");
    assertThat(words("echo $'a\\tb'")).containsExactly("echo", "a\tb");
  }

  @Test
  void findWithAFileNamePatternIsNotReadOnly() {
    // bash: -de* matches a file named "-delete" in the working folder.
    neverAllowed("find . -de*");
  }

  @Test
  void findWithAnExpansionIsNotReadOnly() {
    // bash: $x may be "-delete" or "-exec rm {} +".
    neverAllowed("find . $x");
    neverAllowed("find . \"$(echo -delete)\"");
  }

  @Test
  void findWriteOptionsAreNotReadOnly() {
    for (String option :
        List.of("-delete", "-exec rm {} +", "-fprint f", "-fls f", "-ok rm {} ;")) {
      neverAllowed("find . " + option);
    }
  }

  @Test
  void aCommandNameKnownOnlyAtRunTimeIsNeverAllowed() {
    neverAllowed("$x status");
    neverAllowed("~/bin/ls");
  }

  @Test
  void wordsKnownOnlyAtRunTimeAreNotAllowedPastDenyRules() {
    // bash: x=push; git $x --force runs "git push --force", which a deny rule forbids.
    assertThat(GUARD.evaluate("git status $x", false).reasons().get(0).code())
        .isEqualTo("UNKNOWN_WORD");
    neverAllowed("x=push; git $x");
  }

  @Test
  void denyRulesMeetTheWordsWithoutQuotes() {
    assertThat(GUARD.evaluate("git 'push' 2>&1", false))
        .isInstanceOf(PermissionDecision.Deny.class);
    assertThat(GUARD.evaluate("\"rm\" -rf x", false)).isInstanceOf(PermissionDecision.Deny.class);
  }

  @Test
  void denyRulesStillApplyToLinesThatCannotBeJudged() {
    assertThat(GUARD.evaluate("echo `\"rm\" -rf x`", false))
        .isInstanceOf(PermissionDecision.Deny.class);
  }

  @Test
  void carriageReturnVerticalTabFormFeedAndNelAreNotJudged() {
    for (String c : List.of("\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u202E", "\0")) {
      ShellParse p = ShellParser.parse("ls" + c + "rm -rf x");
      assertThat(p).isInstanceOf(ShellParse.Unparsable.class);
      assertThat(((ShellParse.Unparsable) p).offset()).isEqualTo(2);
      neverAllowed("ls" + c + "rm -rf x");
    }
  }

  @Test
  void historyExpansionIsNotJudged() {
    // An interactive bash (the IDE terminal) replaces !! and !word.
    neverAllowed("echo !!");
    neverAllowed("echo \"!rm\"");
    assertThat(READONLY.evaluate("echo \"done!\"", false))
        .isInstanceOf(PermissionDecision.Allow.class);
  }

  @Test
  void processSubstitutionIsNotJudged() {
    neverAllowed("cat <(rm -rf x)");
    neverAllowed("ls >(rm -rf x)");
  }

  @Test
  void backticksWithQuotesOrBackslashesAreNotJudged() {
    neverAllowed("echo `echo \\`rm -rf x\\``");
    neverAllowed("echo \"`echo \"a\"`\"");
  }

  @Test
  void hereDocumentWithExpansionsInItsBodyIsNotJudged() {
    neverAllowed("cat <<EOF\n$(rm -rf x)\nEOF");
    assertThat(READONLY.evaluate("cat <<'EOF'\n$(rm -rf x)\nEOF", false))
        .isInstanceOf(PermissionDecision.Allow.class);
  }

  @Test
  void networkRedirectionsAreNotReadOnly() {
    neverAllowed("cat < /dev/tcp/example.com/80");
    neverAllowed("echo hi > /dev/udp/10.0.0.1/53");
  }

  @Test
  void theParserIsLinearInTheLengthOfTheLine() {
    // 1 MB of words, operators and quotes: a quadratic parser takes minutes here.
    StringBuilder line = new StringBuilder();
    while (line.length() < 1_000_000) {
      line.append("echo 'a b' \"c $x\" d && ls -la | grep x; ");
    }
    line.append("ls");
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> assertThat(ShellParser.parse(line.toString())).isInstanceOf(ShellParse.Parsed.class));
    String nested = "echo " + "$(echo ".repeat(30) + "x" + ")".repeat(30);
    assertThat(ShellParser.parse(nested)).isInstanceOf(ShellParse.Parsed.class);
  }

  static List<String> words(String line) {
    return ((ShellParse.Parsed) ShellParser.parse(line)).commands().get(0).words();
  }
}
