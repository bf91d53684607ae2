package io.kiro4j.benchmarks.cold;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.lint.Linter;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a cold {@code kiro4j lint} cannot go below, for {@code benchmarks/cold/floor.sh}. Two
 * modes, each run in a fresh JVM with the launcher's archive and flags:
 *
 * <ul>
 *   <li>{@code load CLASSES}: loads (does not initialise, runs no code of) every class named in the
 *       file, one per line — the classes one {@code kiro4j lint} of the sample loads. What the JVM
 *       pays before lint's first line runs.
 *   <li>{@code lint WORKSPACE USER_HOME N}: lints the workspace N times in this JVM and prints each
 *       lint's milliseconds: the first is what a cold process pays for running lint's code the
 *       first time (class initialisation, linking, the interpreter), the later ones what the work
 *       itself costs once compiled.
 * </ul>
 */
public final class LintFloor {

  private LintFloor() {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("load")) {
      long start = System.nanoTime();
      int loaded = 0;
      ClassLoader loader = LintFloor.class.getClassLoader();
      for (String name : Files.readAllLines(Path.of(args[1]))) {
        try {
          Class.forName(name, false, loader);
          loaded++;
        } catch (ClassNotFoundException | LinkageError e) {
          // generated at run time (lambda forms), or of another loader: not counted
        }
      }
      System.out.println(loaded + " classes loaded in " + millis(start) + " ms");
      return;
    }
    WorkspaceOptions options =
        WorkspaceOptions.builder().root(Path.of(args[1])).userHome(Path.of(args[2])).build();
    long start = System.nanoTime();
    Linter linter = Linter.discover(LintFloor.class.getClassLoader());
    System.out.println("discover " + millis(start) + " ms");
    for (int i = 0; i < Integer.parseInt(args[3]); i++) {
      long t = System.nanoTime();
      Workspace ws = Kiro.open(options);
      int n = linter.lint(ws).diagnostics().size();
      System.out.println("lint " + (i + 1) + ": " + millis(t) + " ms (" + n + " diagnostics)");
    }
  }

  private static String millis(long since) {
    long micros = (System.nanoTime() - since) / 1_000;
    return micros / 1000 + "." + (micros % 1000) / 100;
  }
}
