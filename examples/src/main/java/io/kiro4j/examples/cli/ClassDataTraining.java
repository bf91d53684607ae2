package io.kiro4j.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * The training run of the {@code ./kiro4j} launcher's class-data sharing archive: runs the short
 * commands people run most ({@code --version}, {@code lint}, {@code check}, {@code skills
 * validate}, {@code skills to-prompt}, {@code agents}, text and JSON) over the bundled sample in
 * one JVM, output discarded, so the archive the JVM writes at exit holds the classes each of them
 * loads. Not a command: the launcher runs it once per jar, with {@code -XX:ArchiveClassesAtExit}.
 */
final class ClassDataTraining {

  private ClassDataTraining() {}

  public static void main(String[] args) {
    Path sample = Path.of(System.getProperty("kiro4j.sample", "examples"));
    String ws = sample.resolve("sample-workspace").toString();
    String home = sample.resolve("sample-home").toString();
    String skill = sample.resolve("sample-workspace/.kiro/skills/code-review").toString();
    List<String[]> runs =
        List.of(
            new String[] {"--version"},
            new String[] {"lint", "-w", ws, "--user-home", home},
            new String[] {"lint", "-w", ws, "--user-home", home, "--json"},
            new String[] {
              "check",
              "-w",
              ws,
              "--user-home",
              home,
              "--tool",
              "shell",
              "--input",
              "{\"command\":\"git status\"}"
            },
            new String[] {"check", "-w", ws, "--user-home", home, "--terminal", "npm test"},
            new String[] {"skills", "validate", skill},
            new String[] {"skills", "validate", skill, "--json"},
            new String[] {"skills", "to-prompt", skill},
            new String[] {"agents", "-w", ws, "--user-home", home});
    if (!Files.isDirectory(sample)) {
      runs = runs.subList(0, 1); // an installation without the sample: picocli's classes at least
    }
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    for (String[] run : runs) {
      // As main runs it (directly where it can), then through picocli too: its classes serve
      // every other command line, help and usage errors.
      DirectRun.run(run, discard, discard);
      CommandLine cl = Kiro4jCli.commandLine(run);
      cl.setOut(discard);
      cl.setErr(discard);
      cl.execute(run);
    }
    System.exit(0);
  }
}
