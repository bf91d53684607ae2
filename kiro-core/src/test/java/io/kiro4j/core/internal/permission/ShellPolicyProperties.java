package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.internal.shell.ShellParse;
import io.kiro4j.core.internal.shell.ShellParser;
import io.kiro4j.core.internal.shell.SimpleCommand;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.permission.TerminalMode;
import io.kiro4j.core.permission.TerminalTrust;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A deny rule always wins; a compound command is never more permitted than its most restricted part
 * (shell settings and terminal STRICT mode); rule order does not matter; the tokenizer finds
 * exactly the parts that were joined.
 */
class ShellPolicyProperties {

  static final List<String> ALLOWED =
      List.of("cd .*", "npm (test|run build)", "git status", "ls.*");
  static final List<String> DENIED = List.of("git push .*--force.*", "rm -rf .*");

  static ShellPolicy policy(List<String> allowed, List<String> denied, boolean readonly) {
    return ShellPolicy.builder(new RuleOrigin("t", ""))
        .allowedCommands(allowed)
        .deniedCommands(denied)
        .autoAllowReadonly(readonly)
        .build();
  }

  static Gen<String> simple() {
    return Gen.of(
        "cd app",
        "npm test",
        "npm run build",
        "npm publish",
        "git status",
        "git push --force",
        "git push origin",
        "ls -la",
        "cat README.md",
        "rm -rf build",
        "echo hi",
        "grep -r x .",
        "\"git\" push --force",
        "PAGER= git status",
        "find . -delete",
        "make");
  }

  static Gen<String> operator() {
    return Gen.of(" && ", " || ", "; ", " | ", " & ", "\n", " |& ");
  }

  static Gen<List<String>> parts() {
    return simple().list().ofMinSize(1).ofMaxSize(4);
  }

  static String join(List<String> parts, List<String> ops) {
    StringBuilder sb = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      sb.append(ops.get(i % ops.size())).append(parts.get(i));
    }
    return sb.toString();
  }

  static Gen<String> wrapped() {
    return Gen.combine(parts(), operator().list().ofMinSize(1).ofMaxSize(3), (p, o) -> join(p, o));
  }

  @Test
  void compoundIsNeverMorePermittedThanItsParts() {
    Property.forAll(parts(), operator(), Gen.booleans())
        .tries(500)
        .check(
            (parts, op, readonly) -> {
              ShellPolicy p = policy(ALLOWED, DENIED, readonly);
              String line = String.join(op, parts);
              int rank = p.evaluate(line, false).rank();
              for (String part : parts) {
                assertThat(rank)
                    .as(line + " vs " + part)
                    .isGreaterThanOrEqualTo(p.evaluate(part, false).rank());
              }
            });
  }

  @Test
  void compoundInSubstitutionOrSubshellIsNeverMorePermitted() {
    Property.forAll(simple(), simple(), Gen.booleans())
        .tries(500)
        .check(
            (outer, inner, readonly) -> {
              ShellPolicy p = policy(List.of("echo .*", "cd .*", "ls.*"), DENIED, readonly);
              int innerRank = p.evaluate(inner, false).rank();
              assertThat(p.evaluate("echo $(" + inner + ")", false).rank())
                  .isGreaterThanOrEqualTo(innerRank);
              assertThat(p.evaluate("(" + inner + ") && " + outer, false).rank())
                  .isGreaterThanOrEqualTo(innerRank);
              assertThat(p.evaluate("echo `" + inner + "`", false).rank())
                  .isGreaterThanOrEqualTo(innerRank);
            });
  }

  @Test
  void denyAlwaysWins() {
    Property.forAll(wrapped(), Gen.booleans(), Gen.booleans())
        .tries(500)
        .check(
            (line, trusted, readonly) -> {
              ShellPolicy p = policy(List.of(".*"), DENIED, readonly);
              boolean deniedPart = false;
              ShellParse parse = ShellParser.parse(line);
              if (parse instanceof ShellParse.Parsed) {
                for (SimpleCommand c : ((ShellParse.Parsed) parse).commands()) {
                  deniedPart |=
                      c.plainText().startsWith("git push ") && c.plainText().contains("--force")
                          || c.plainText().startsWith("rm -rf ");
                }
              }
              if (deniedPart) {
                assertThat(p.evaluate(line, trusted).label()).as(line).isEqualTo("deny");
              }
            });
  }

  @Test
  void decisionDoesNotDependOnRuleOrder() {
    Property.forAll(wrapped(), Gen.longs())
        .tries(300)
        .check(
            (line, seed) -> {
              List<String> allowed = new ArrayList<>(ALLOWED);
              List<String> denied = new ArrayList<>(DENIED);
              String first = policy(allowed, denied, true).evaluate(line, false).label();
              Collections.shuffle(allowed, new Random(seed));
              Collections.shuffle(denied, new Random(seed));
              assertThat(policy(allowed, denied, true).evaluate(line, false).label())
                  .isEqualTo(first);
            });
  }

  @Test
  void tokenizerFindsExactlyTheJoinedParts() {
    Property.forAll(parts(), operator())
        .tries(500)
        .check(
            (parts, op) -> {
              ShellParse parse = ShellParser.parse(String.join(op, parts));
              assertThat(parse).isInstanceOf(ShellParse.Parsed.class);
              assertThat(((ShellParse.Parsed) parse).commands())
                  .extracting(SimpleCommand::text)
                  .isEqualTo(parts);
            });
  }

  @Test
  void strictTerminalCompoundIsNeverMoreTrustedThanItsParts() {
    Property.forAll(parts(), operator())
        .tries(300)
        .check(
            (parts, op) -> {
              TerminalTrust t =
                  TerminalTrust.builder(TerminalMode.STRICT)
                      .trusted("npm *", new RuleOrigin("t", "0"))
                      .trusted("git status", new RuleOrigin("t", "1"))
                      .trusted("cd *", new RuleOrigin("t", "2"))
                      .denied("--force", new RuleOrigin("t", "3"))
                      .build();
              String line = String.join(op, parts);
              int rank = t.evaluate(line).rank();
              for (String part : parts) {
                assertThat(rank).as(line).isGreaterThanOrEqualTo(t.evaluate(part).rank());
              }
            });
  }

  @Test
  void terminalDenylistAlwaysAsks() {
    Property.forAll(wrapped(), Gen.booleans())
        .tries(300)
        .check(
            (line, strict) -> {
              TerminalTrust t =
                  TerminalTrust.builder(strict ? TerminalMode.STRICT : TerminalMode.KIRO)
                      .trusted("*", new RuleOrigin("t", "0"))
                      .denied("rm -rf", new RuleOrigin("t", "1"))
                      .build();
              if (line.contains("rm -rf")) {
                assertThat(t.evaluate(line).label()).isEqualTo("ask");
              }
            });
  }
}
