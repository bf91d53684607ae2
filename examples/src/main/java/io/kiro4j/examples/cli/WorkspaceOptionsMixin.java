package io.kiro4j.examples.cli;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every workspace command shares: {@code -w/--workspace}, {@code --user-home}, {@code
 * --json}.
 */
final class WorkspaceOptionsMixin {

  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "DIR",
      description =
          "A workspace root; repeat for a multi-root workspace (order matters). Default: the current"
              + " directory.")
  List<Path> workspaces = new ArrayList<>();

  @Option(
      names = "--user-home",
      paramLabel = "DIR",
      description =
          "The folder standing for ~ (global files are DIR/.kiro/...). Default: $KIRO4J_USER_HOME,"
              + " else the real home.")
  Path userHome;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  /** The user home from the option or {@code KIRO4J_USER_HOME}, if either is set. */
  Path explicitUserHome() {
    if (userHome != null) {
      return userHome;
    }
    String env = System.getenv("KIRO4J_USER_HOME");
    return env == null || env.isBlank() ? null : Path.of(env);
  }

  /** Opens the workspace made of {@code roots} (or the -w roots, or the current directory). */
  Workspace open(List<Path> roots, Path defaultHome) {
    List<Path> all = new ArrayList<>(workspaces);
    all.addAll(roots);
    if (all.isEmpty()) {
      all.add(Path.of(""));
    }
    WorkspaceOptions.Builder b = WorkspaceOptions.builder();
    for (Path root : all) {
      b.root(root.toAbsolutePath().normalize());
    }
    Path home = explicitUserHome();
    if (home == null) {
      home = defaultHome;
    }
    if (home != null) {
      b.userHome(home.toAbsolutePath().normalize());
    }
    try {
      return Kiro.open(b.build());
    } catch (IllegalArgumentException e) {
      // The library's own check: a root that is missing, not a directory or unreadable (exit 2).
      throw new UsageException(e.getMessage());
    }
  }
}
