package io.kiro4j.core.agent;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A workspace and a home in a temporary folder, with helpers to write Kiro files. */
final class AgentFixtures {
  final Path root;
  final Path home;

  AgentFixtures(Path tmp) {
    try {
      root = Files.createDirectories(tmp.resolve("project"));
      home = Files.createDirectories(tmp.resolve("home"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path agent(String file, String json) {
    return write(root.resolve(".kiro/agents").resolve(file), json);
  }

  Path globalAgent(String file, String json) {
    return write(home.resolve(".kiro/agents").resolve(file), json);
  }

  Workspace open() {
    return open(Map.of());
  }

  Workspace open(Map<String, String> env, Path... roots) {
    return Kiro.open(
        WorkspaceOptions.builder()
            .roots(roots.length == 0 ? List.of(root) : List.of(roots))
            .userHome(home)
            .environment(Environment.of(env))
            .build());
  }

  static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }
}
