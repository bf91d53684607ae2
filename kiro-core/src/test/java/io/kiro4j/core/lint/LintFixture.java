package io.kiro4j.core.lint;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small workspace on disk for lint tests: a root and an empty user home. */
final class LintFixture {

  /** fileMatchPattern joined with commas: STEER-006 at 3:19. */
  static final String COMMA_JOINED =
      "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nUse strict types.\n";

  final Path root;
  final Path home;

  LintFixture(Path tmp) {
    this.root = tmp.resolve("ws");
    this.home = tmp.resolve("home");
    try {
      Files.createDirectories(root.resolve(".kiro/steering"));
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LintFixture write(String relative, String text) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Workspace open() {
    return Kiro.open(
        WorkspaceOptions.builder()
            .root(root)
            .userHome(home)
            .environment(Environment.empty())
            .build());
  }

  LintReport lint() {
    return Linter.core().lint(open());
  }
}
