package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The direct run of the common command lines: picocli's output, or picocli itself. */
class DirectRunTest {

  private static final Path SAMPLE = Path.of("sample-workspace").toAbsolutePath();
  private static final String SKILL = SAMPLE.resolve(".kiro/skills/code-review").toString();

  static Kiro4jCliTest.Run direct(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    OptionalInt exit = DirectRun.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(exit).as("run directly: %s", List.of(args)).isPresent();
    return new Kiro4jCliTest.Run(exit.getAsInt(), out.toString(), err.toString());
  }

  static boolean declines(String... args) {
    return DirectRun.bind(
            args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .isEmpty();
  }

  @Test
  void theCommonCommandLinesRunDirectlyAndPrintWhatPicocliPrints() {
    List<String[]> lines = new ArrayList<>();
    lines.add(Kiro4jCliTest.withSample("lint"));
    lines.add(Kiro4jCliTest.withSample("lint", "--json", "-v"));
    lines.add(Kiro4jCliTest.withSample("lint", "--fix", "--dry-run"));
    lines.add(Kiro4jCliTest.withSample("lint", "--dry-run")); // a usage error of the command's own
    lines.add(
        Kiro4jCliTest.withSample(
            "check", "--tool", "shell", "--input", "{\"command\":\"git status\"}"));
    lines.add(
        Kiro4jCliTest.withSample(
            "check", "--tool=shell", "--input={\"command\":\"rm -rf /\"}", "--json"));
    lines.add(Kiro4jCliTest.withSample("check", "--terminal", "npm test", "--trusted", "npm *"));
    lines.add(Kiro4jCliTest.withSample("check", "--tool", "shell", "--input", "not json"));
    lines.add(Kiro4jCliTest.withSample("skills", "list"));
    lines.add(new String[] {"skills", "validate", SKILL});
    lines.add(new String[] {"skills", "validate", SKILL, "--json", "--profile", "kiro"});
    lines.add(new String[] {"skills", "validate", SKILL, "no-such-skill"});
    lines.add(new String[] {"skills", "read-properties", SKILL});
    lines.add(new String[] {"skills", "to-prompt", SKILL, SKILL});
    for (String[] line : lines) {
      Kiro4jCliTest.Run direct = direct(line);
      Kiro4jCliTest.Run picocli = Kiro4jCliTest.run(line);
      assertThat(direct).as("%s", List.of(line)).isEqualTo(picocli);
    }
    assertThat(direct("skills", "validate", "no-such-skill").err())
        .startsWith("Usage: kiro4j skills validate [OPTIONS] SKILL_PATH");
  }

  @Test
  void helpVersionArgumentFilesAndWhatPicocliWouldRefuseAreLeftToPicocli() {
    assertThat(declines()).isTrue();
    assertThat(declines("--version")).isTrue();
    assertThat(declines("lint", "--help")).isTrue();
    assertThat(declines("lint", "-h")).isTrue();
    assertThat(declines("check", "-V")).isTrue();
    assertThat(declines("help", "lint")).isTrue();
    assertThat(declines("lnt")).isTrue(); // picocli suggests the nearest name
    assertThat(declines("skills")).isTrue(); // usage of a command of commands
    assertThat(declines("skills", "nope")).isTrue();
    assertThat(declines("lint", "@args.txt")).isTrue();
    assertThat(declines("lint", "--no-such-option")).isTrue();
    assertThat(declines("lint", "--json=true")).isTrue();
    assertThat(declines("lint", "-vw", ".")).isTrue(); // a cluster
    assertThat(declines("lint", "--", "dir")).isTrue();
    assertThat(declines("lint", "--format", "sarif")).isTrue(); // a converter of its own
    assertThat(declines("lint", "--max-warnings", "3")).isTrue(); // not a String or Path
    assertThat(declines("check", "--tool")).isTrue(); // a missing value
    assertThat(declines("check", "--tool", "--json")).isTrue(); // an option as the value
    assertThat(declines("check", "--tool", "a", "--tool", "b")).isTrue(); // given twice
    assertThat(declines("check", "stray")).isTrue(); // an unmatched argument
    assertThat(declines("skills", "validate")).isTrue(); // SKILL_PATH... is required
    assertThat(declines("skills", "read-properties", "a", "b")).isTrue(); // exactly one
    assertThat(declines("agents", "-w", ".")).isTrue(); // reads picocli's model (@Spec)
    assertThat(declines("turn", "--agent", "a")).isTrue(); // a required option
  }

  @Test
  void repeatedListOptionsAndPositionalsAccumulateInOrder() {
    DirectRun.Bound bound =
        DirectRun.bind(
                new String[] {"lint", "-w", "a", "b", "--workspace=c", "d", "--user-home", "h"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))
            .orElseThrow();
    LintCommand lint = (LintCommand) bound.command();
    assertThat(lint.options.workspaces).containsExactly(Path.of("a"), Path.of("c"));
    assertThat(lint.roots).containsExactly(Path.of("b"), Path.of("d"));
    assertThat(lint.options.userHome).isEqualTo(Path.of("h"));
    assertThat(bound.qualifiedName()).isEqualTo("kiro4j lint");
  }
}
