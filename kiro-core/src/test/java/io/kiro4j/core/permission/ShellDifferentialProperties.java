package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.internal.permission.ShellPolicy;
import io.kiro4j.core.internal.shell.Redirection;
import io.kiro4j.core.internal.shell.ShellParse;
import io.kiro4j.core.internal.shell.ShellParser;
import io.kiro4j.core.internal.shell.SimpleCommand;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Never more permissive than bash: every generated line that a shell policy or strict terminal
 * trust allows is run under real {@code bash -c} in a {@link BashSandbox}, and then every command
 * that ran must be one kiro4j reported (same name, same arguments when kiro4j knew them) and must
 * itself be allowed; every file that appeared must be the target of a redirection kiro4j reported.
 * The lines come from a grammar rich in what tokenizers get wrong (docs/permissions.md).
 */
class ShellDifferentialProperties {

  static BashSandbox bash;

  @BeforeAll
  static void sandbox() throws Exception {
    bash = new BashSandbox();
  }

  @AfterAll
  static void cleanUp() {
    bash.close();
  }

  static final RuleOrigin AT = new RuleOrigin("t.json", "/toolsSettings/shell");

  /** The docs' own example setting, plus typical allow rules: no deny rules. */
  static final ShellPolicy READONLY =
      ShellPolicy.builder(AT)
          .autoAllowReadonly(true)
          .allowedCommands(List.of("git status", "npm (test|run build)", "echo .*", "cd [a-z]*"))
          .build();

  /** Allow and deny rules together (the sample workspace's guard agent is of this kind). */
  static final ShellPolicy GUARD =
      ShellPolicy.builder(AT)
          .autoAllowReadonly(true)
          .allowedCommands(List.of("git .*", "npm .*", "echo .*", "cd .*", "make"))
          .deniedCommands(List.of("git push .*", "rm .*", "npm publish.*"))
          .build();

  static final TerminalTrust STRICT =
      TerminalTrust.builder(TerminalMode.STRICT)
          .trusted("git status", new RuleOrigin("t", "0"))
          .trusted("npm *", new RuleOrigin("t", "1"))
          .trusted("echo *", new RuleOrigin("t", "2"))
          .trusted("ls *", new RuleOrigin("t", "3"))
          .trusted("cat *", new RuleOrigin("t", "4"))
          .denied("--force", new RuleOrigin("t", "5"))
          .build();

  // ------------------------------------------------------------------ the grammar

  /** Names the policies allow come more often, so that many lines reach bash. */
  static final Gen<String> NAMES =
      Gen.of(
          "ls", "echo", "cat", "git", "npm", "ls", "echo", "cat", "git", "npm", "cd", "find",
          "grep", "rm", "make", "pwd", "eval");

  static final Gen<String> PLAIN_ARGS =
      Gen.of(
          "status", "test", "-la", "x", "a.txt", "-delete", "-exec", "rm", "push", "--force", "{}",
          ".", "-name", "publish", "run", "build", "-P", "-fprint", "~/y", "a=b");

  /** Pieces of one word, in every quoting and expansion form. */
  static Gen<String> piece(Gen<String> plain) {
    Gen<String> quoted =
        Gen.oneOf(
            plain,
            plain.map(a -> "'" + a + "'"),
            plain.map(a -> "\"" + a + "\""),
            plain.map(a -> "\\" + a));
    Gen<String> tricky =
        Gen.of(
            "$x",
            "${x}",
            "\"$x\"",
            "${x:-y}",
            "${x@P}",
            "${x/#/-}",
            "$((1))",
            "$[1]",
            "$(echo a)",
            "`echo a`",
            "\"$(rm q)\"",
            "$'\\x2d'delete",
            "$'-de'lete",
            "$'\\055x'",
            "\"$'x'\"",
            "$\"x\"",
            "*",
            "*.txt",
            "-de*",
            "{-de,}lete",
            "-{a,b}",
            "!x",
            "!!",
            "\"a!\"",
            "~",
            "\\*",
            "'*'",
            "a\\\nb",
            "\"a\\\nb\"",
            "\r",
            "\u000B",
            "\f",
            "\u0085",
            "\u2028",
            "\u00A0",
            "\u202E",
            "\u0000",
            "$",
            "\"$\"",
            "'$x'",
            "\\$x",
            "\"\\$x\"",
            "\\\"",
            "\"\\\"\"",
            "'\"'",
            "#",
            "a#b",
            "=",
            "$'a\\'b'",
            "$'a\\\\'",
            "\"`echo \"a\"`\"");
    // Mostly quoting forms of plain words, so that many lines are allowed and reach bash.
    return s -> s.draw(4) == 0 ? tricky.generate(s) : quoted.generate(s);
  }

  static final Gen<String> WORDS =
      piece(PLAIN_ARGS).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));

  static final Gen<String> REDIRECTIONS =
      Gen.of(
          "",
          "",
          "",
          " >f",
          " >>f",
          " 2>&1",
          " >/dev/null",
          " 2>/dev/null",
          " <a.txt",
          " &>f",
          " >&f",
          " >&2",
          " >|f",
          " <>f",
          " >$x",
          " > \"f\"",
          " 1>f",
          " <<<x",
          " 3>f",
          " >f g",
          " < /dev/null");

  static final Gen<String> COMMANDS =
      s -> {
        StringBuilder sb = new StringBuilder();
        if (s.draw(8) == 0) {
          sb.append(Gen.of("PAGER=x ", "x=$(rm q) ", "a=1 ", "IFS=- ").generate(s));
        }
        sb.append(s.draw(6) == 0 ? piece(NAMES).generate(s) : NAMES.generate(s));
        for (String w : WORDS.list().ofMaxSize(3).generate(s)) {
          sb.append(' ').append(w);
        }
        return sb.append(REDIRECTIONS.generate(s)).toString();
      };

  static final Gen<String> OPERATORS =
      Gen.of(" && ", " || ", "; ", " | ", " & ", "\n", " |& ", ";", "&&", " \\\n&& ", "\r");

  /** Command lists, sometimes wrapped in a subshell, group or arithmetic, with here-documents. */
  static final Gen<String> LINES =
      s -> {
        List<String> commands = COMMANDS.list().ofMinSize(1).ofMaxSize(4).generate(s);
        StringBuilder sb = new StringBuilder(commands.get(0));
        for (int i = 1; i < commands.size(); i++) {
          sb.append(OPERATORS.generate(s)).append(commands.get(i));
        }
        String line = sb.toString();
        switch (s.draw(12)) {
          case 0:
            line = "(" + line + ")" + REDIRECTIONS.generate(s);
            break;
          case 1:
            line = "{ " + line + "; }" + REDIRECTIONS.generate(s);
            break;
          case 2:
            line = "((" + line + "))";
            break;
          case 3:
            line =
                line
                    + Gen.of(
                            "\ncat <<EOF\nhi\nEOF",
                            "\ncat <<'EOF'\n$(rm q)\nEOF",
                            "\ncat <<EOF\n$(rm q)\nEOF",
                            "\ncat <<EO\\\nF\nrm q\nEOF",
                            "\ncat <<EOF\nhi\\\nEOF\nrm q\nEOF",
                            "\ncat <<-EOF\n\thi\n\tEOF",
                            " <<EOF\nx\nEOF\nls",
                            "\ncat <<E\"OF\"\nx\nEOF")
                        .generate(s);
            break;
          case 4:
            line = line + " # " + COMMANDS.generate(s);
            break;
          case 5:
            line = "echo $(" + line + ")";
            break;
          default:
            break;
        }
        return line;
      };

  // ------------------------------------------------------------------ the property

  static final AtomicInteger executed = new AtomicInteger();

  @Test
  void everyAllowedLineRunsOnlyWhatKiro4jReportedAndWritesNothingElse() {
    int tries = 10_000;
    executed.set(0);
    Property.forAll(LINES).tries(tries).check(ShellDifferentialProperties::agreeWithBash);
    // The oracle only proves something about lines that were allowed and run.
    assertThat(executed.get()).as("lines allowed and run under bash").isGreaterThan(tries / 20);
  }

  static void agreeWithBash(String line) {
    List<Function<String, PermissionDecision>> judges =
        List.of(l -> READONLY.evaluate(l, false), l -> GUARD.evaluate(l, false), STRICT::evaluate);
    List<Function<String, PermissionDecision>> allowing = new ArrayList<>();
    for (Function<String, PermissionDecision> judge : judges) {
      if (judge.apply(line) instanceof PermissionDecision.Allow) {
        allowing.add(judge);
      }
    }
    if (allowing.isEmpty()) {
      return;
    }
    ShellParse parse = ShellParser.parse(line);
    assertThat(parse).as("an allowed line was parsed").isInstanceOf(ShellParse.Parsed.class);
    List<SimpleCommand> reported = ((ShellParse.Parsed) parse).commands();
    BashSandbox.Run run = bash.run(line);
    executed.incrementAndGet();
    assertThat(run.timedOut()).as("bash finished").isFalse();
    for (BashSandbox.Ran ran : run.commands()) {
      SimpleCommand explained =
          reported.stream().filter(c -> explains(c, ran)).findFirst().orElse(null);
      assertThat(explained)
          .as("bash ran %s, which kiro4j did not report in %s", ran.words(), reported)
          .isNotNull();
      // Rules see a command with its redirections: judge what ran with the same ones.
      StringBuilder asRun = new StringBuilder(quote(ran.words()));
      StringBuilder hereDocs = new StringBuilder();
      for (Redirection r : explained.redirects()) {
        if (!explained.text().replace(" ", "").replace("\t", "").contains(r.raw())) {
          continue; // a subshell's: rules see the text of the command inside
        }
        asRun.append(' ').append(r.raw());
        if (r.operator().startsWith("<<") && !r.operator().equals("<<<")) {
          hereDocs.append('\n').append(r.target().value()); // an empty body
        }
      }
      asRun.append(hereDocs);
      for (Function<String, PermissionDecision> judge : allowing) {
        assertThat(judge.apply(asRun.toString()))
            .as("bash ran %s for the allowed line; on its own it is not allowed", asRun)
            .isInstanceOf(PermissionDecision.Allow.class);
      }
    }
    List<String> targets = new ArrayList<>();
    for (SimpleCommand c : reported) {
      for (Redirection r : c.redirects()) {
        if (r.writes()) {
          targets.add(r.target().value());
        }
      }
    }
    assertThat(targets).as("files bash wrote").containsAll(run.newFiles());
  }

  /** Whether kiro4j's command {@code c} is the one that ran. */
  static boolean explains(SimpleCommand c, BashSandbox.Ran ran) {
    if (c.arguments().isEmpty() || !c.arguments().get(0).literal()) {
      return false;
    }
    if (c.literal()) {
      return c.words().equals(ran.words());
    }
    return c.name().equals(ran.name()); // arguments known only at run time
  }

  /** The words as a line bash reads back as exactly these words. */
  static String quote(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String w : words) {
      quoted.add(
          w.matches("[A-Za-z0-9_./=:,+%@-]+") && !w.startsWith("=")
              ? w
              : "'" + w.replace("'", "'\\''") + "'");
    }
    return String.join(" ", quoted);
  }
}
