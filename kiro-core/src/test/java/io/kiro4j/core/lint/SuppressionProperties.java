package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppressions: a suppressed code never appears in its file, and every other diagnostic is the same
 * as without the comments.
 */
class SuppressionProperties {

  /** Front matter lines and the code each one causes. */
  private static final List<String[]> PROBLEMS =
      List.of(
          new String[] {"fileMatchPattern: \"*.ts,*.tsx\"", "STEER-006"},
          new String[] {"title: x", "STEER-012"},
          new String[] {"alwaysApply: true", "STEER-011"});

  private static final List<String> CODES =
      List.of("STEER-006", "STEER-012", "STEER-011", "STEER-016");

  /** One steering file: which problems it has and which codes its comments disable. */
  record SteeringFile(Set<Integer> problems, Set<String> disabled, boolean nextLine) {}

  private static final Gen<SteeringFile> FILES =
      s ->
          new SteeringFile(
              Set.copyOf(Gen.ints(0, PROBLEMS.size() - 1).list().ofMaxSize(3).generate(s)),
              Set.copyOf(Gen.of(CODES).list().ofMaxSize(3).generate(s)),
              Gen.booleans().generate(s));

  @TempDir Path tmp;

  private int run;

  @Test
  void aSuppressedCodeNeverAppearsAndOthersAreUnchanged() {
    Property.forAll(FILES.list().ofMinSize(1).ofMaxSize(3))
        .tries(40)
        .check(
            files -> {
              Path dir = tmp.resolve("run" + run++);
              List<Diagnostic> plain = lint(dir.resolve("plain"), files, false);
              List<Diagnostic> suppressed = lint(dir.resolve("suppressed"), files, true);
              List<String> expected = new ArrayList<>();
              for (Diagnostic d : plain) {
                SteeringFile f = files.get(index(d));
                boolean dropped =
                    f.disabled().contains(d.code())
                        && (!f.nextLine() || d.code().equals("STEER-016"));
                if (!dropped) {
                  expected.add(key(d));
                }
              }
              List<String> actual =
                  suppressed.stream()
                      .filter(d -> !d.code().startsWith("LINT-"))
                      .map(SuppressionProperties::key)
                      .toList();
              assertThat(actual).containsExactlyElementsOf(expected);
              for (Diagnostic d : suppressed) {
                if (!d.code().startsWith("LINT-")) {
                  SteeringFile f = files.get(index(d));
                  if (!f.nextLine()) {
                    assertThat(f.disabled()).doesNotContain(d.code());
                  }
                }
              }
            });
  }

  private static String key(Diagnostic d) {
    return d.path().getFileName() + ":" + d.line() + ":" + d.column() + " " + d.code();
  }

  private static int index(Diagnostic d) {
    String name = d.path().getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf('.')));
  }

  /**
   * Writes the files (with or without their comments) and lints them. The body keeps the same lines
   * either way: a comment line or a blank line, then a missing reference (STEER-016) on the next
   * line, so next-line comments target it.
   */
  private static List<Diagnostic> lint(Path dir, List<SteeringFile> files, boolean comments) {
    LintFixture ws = new LintFixture(dir);
    for (int i = 0; i < files.size(); i++) {
      SteeringFile f = files.get(i);
      StringBuilder text = new StringBuilder("---\ninclusion: always\n");
      f.problems().stream().sorted().forEach(p -> text.append(PROBLEMS.get(p)[0]).append('\n'));
      text.append("---\nText.\n");
      String kind = f.nextLine() ? "kiro4j-disable-next-line " : "kiro4j-disable ";
      String comment =
          f.disabled().isEmpty()
              ? ""
              : "<!-- " + kind + String.join(",", f.disabled().stream().sorted().toList()) + " -->";
      text.append(comments ? comment : "").append('\n');
      text.append("#[[file:missing.md]]\n");
      ws.write(".kiro/steering/f" + i + ".md", text.toString());
    }
    try {
      return ws.lint().diagnostics();
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
