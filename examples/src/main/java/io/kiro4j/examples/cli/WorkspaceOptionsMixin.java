package io.kiro4j.examples.cli;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Files;
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
      Path absolute = root.toAbsolutePath().normalize();
      if (!Files.isDirectory(absolute)) {
        throw new UsageException("workspace root is not a directory: " + root);
      }
      b.root(absolute);
    }
    Path home = explicitUserHome();
    if (home == null) {
      home = defaultHome;
    }
    if (home != null) {
      b.userHome(home.toAbsolutePath().normalize());
    }
    return Kiro.open(b.build());
  }
}
