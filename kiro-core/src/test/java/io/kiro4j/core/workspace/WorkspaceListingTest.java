package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.lint.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Workspace.listFiles against hostile folder layouts: bounded work, said with a diagnostic. */
class WorkspaceListingTest {

  @TempDir Path tmp;

  /**
   * d0 links twice to d1, d1 twice to d2, ...: 24 folders are 2^24 paths when links are followed.
   * Before the bound, listing them took minutes (over 60 s at 22 levels).
   */
  private Path fanOut(Path steering, int levels) throws Exception {
    for (int i = 0; i <= levels; i++) {
      Files.createDirectories(steering.resolve("d" + i));
      Files.writeString(steering.resolve("d" + i + "/s" + i + ".md"), "Steering " + i + ".\n");
    }
    for (int i = 0; i < levels; i++) {
      Path next = Path.of("..", "d" + (i + 1));
      Files.createSymbolicLink(steering.resolve("d" + i + "/a"), next);
      Files.createSymbolicLink(steering.resolve("d" + i + "/b"), next);
    }
    return steering;
  }

  private Workspace open(Path root) {
    return Kiro.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
  }

  @Test
  @Timeout(60)
  void linksLeadingToTheSameFoldersAgainStopTheListingWithADiagnostic() throws Exception {
    Path root = tmp.toRealPath().resolve("ws");
    Path steering = fanOut(root.resolve(".kiro/steering"), 24);
    Workspace ws = open(root);
    Diagnostics diags = new Diagnostics();

    List<Path> files = ws.listFiles(steering, rel -> rel.endsWith(".md"), diags);

    assertThat(files).isNotEmpty().hasSizeLessThanOrEqualTo(Workspace.MAX_LISTED);
    assertThat(diags.toList())
        .extracting(Diagnostic::code, Diagnostic::message)
        .anyMatch(
            t ->
                t.toList().get(0).equals("CORE-002")
                    && t.toList().get(1).toString().contains("listing stopped"));
  }

  @Test
  @Timeout(60)
  void aLintOverSuchFoldersFinishesAndSaysWhy() throws Exception {
    Path root = tmp.toRealPath().resolve("ws");
    fanOut(root.resolve(".kiro/steering"), 24);
    Workspace ws = open(root);

    List<Diagnostic> diags = Linter.core().lint(ws).diagnostics();

    assertThat(diags).anyMatch(d -> d.message().contains("listing stopped"));
  }

  @Test
  void anOrdinaryLinkedFolderIsListedWhole() throws Exception {
    Path root = tmp.toRealPath().resolve("ws");
    Path steering = fanOut(root.resolve(".kiro/steering"), 3);
    Workspace ws = open(root);
    Diagnostics diags = new Diagnostics();

    List<Path> files = ws.listFiles(steering, rel -> rel.endsWith(".md"), diags);

    // s0 once; s1 through d0/a and d0/b and directly; s2 and s3 at 2^k + ... paths: every path.
    assertThat(files).hasSize(1 + 3 + 7 + 15);
    assertThat(diags.toList()).isEmpty();
  }
}
