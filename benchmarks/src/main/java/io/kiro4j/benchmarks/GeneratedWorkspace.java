package io.kiro4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A synthetic workspace of N steering files with a realistic mix of modes: a quarter always, half
 * fileMatch (single globs and lists), the rest manual and auto, spread over nested folders.
 */
final class GeneratedWorkspace {

  private static final String[] PATTERNS = {
    "\"**/*.ts\"",
    "[\"**/*.ts\", \"**/*.tsx\"]",
    "\"src/components/**/*.tsx\"",
    "\"*.md\"",
    "\"app/api/**/*\"",
    "\"**/*.test.*\"",
    "[\"*.js\", \"*.jsx\", \"*.ts\", \"*.tsx\"]",
    "\"docs/{guides,reference}/**/*.md\""
  };

  final Path root;
  final Path home;

  private GeneratedWorkspace(Path root, Path home) {
    this.root = root;
    this.home = home;
  }

  static GeneratedWorkspace create(int files) {
    try {
      Path base = Files.createTempDirectory("kiro4j-bench");
      Path root = Files.createDirectories(base.resolve("ws"));
      Path home = Files.createDirectories(base.resolve("home"));
      Path steering = Files.createDirectories(root.resolve(".kiro/steering"));
      for (int i = 0; i < files; i++) {
        Path dir = Files.createDirectories(steering.resolve("area" + (i % 20)));
        Files.writeString(dir.resolve("rule-" + i + ".md"), content(i));
      }
      return new GeneratedWorkspace(root, home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(int i) {
    String body = "# Rule " + i + "\n\n- Prefer small functions.\n- Name things from the domain.\n";
    switch (i % 8) {
      case 0:
      case 1:
        return "---\ninclusion: always\n---\n" + body;
      case 2:
        return "---\ninclusion: manual\n---\n" + body;
      case 3:
        return "---\ninclusion: auto\nname: rule-"
            + i
            + "\ndescription: Conventions for area "
            + (i % 20)
            + ".\n---\n"
            + body;
      default:
        return "---\ninclusion: fileMatch\nfileMatchPattern: "
            + PATTERNS[i % PATTERNS.length]
            + "\n---\n"
            + body;
    }
  }

  void delete() {
    try (Stream<Path> walk = Files.walk(root.getParent())) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
