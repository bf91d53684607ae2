package io.kiro4j.examples.cli;

import static io.kiro4j.examples.cli.Kiro4jCliTest.run;
import static io.kiro4j.examples.cli.Kiro4jCliTest.withSample;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.lint.LintReport;
import io.kiro4j.core.lint.Linter;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.examples.cli.Kiro4jCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** kiro4j lint --watch: a report at start, and one after each change, equal to a fresh lint. */
@Timeout(60)
class LintWatchTest {

  private static final Linter LINTER = Linter.discover(LintWatchTest.class.getClassLoader());

  @TempDir Path tmp;
  private Path root;
  private Path home;
  private final BlockingQueue<LintReport> reports = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> notes = new LinkedBlockingQueue<>();
  private LintWatch watch;
  private Thread runner;

  @BeforeEach
  void workspace() throws Exception {
    root = tmp.toRealPath().resolve("ws");
    home = tmp.toRealPath().resolve("home");
    Files.createDirectories(root.resolve(".kiro/steering"));
    Files.createDirectories(home.resolve(".kiro"));
    Files.writeString(root.resolve(".kiro/steering/a.md"), "---\ninclusion: always\n---\nHi.\n");
  }

  private WorkspaceOptions options() {
    return WorkspaceOptions.builder().root(root).userHome(home).build();
  }

  private void start() throws Exception {
    watch =
        new LintWatch(
            LINTER, () -> Kiro.open(options()), reports::add, notes::add, Duration.ofMillis(50));
    runner =
        new Thread(
            () -> {
              try {
                watch.run();
              } catch (Exception e) {
                notes.add("failed: " + e);
              }
            });
    runner.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (watch != null) {
      watch.close();
      runner.join(10_000);
      assertThat(runner.isAlive()).as("run returns once closed").isFalse();
    }
  }

  /**
   * The next report whose diagnostics satisfy the condition (reports of partial bursts skipped).
   */
  private LintReport reportWhere(java.util.function.Predicate<List<Diagnostic>> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      LintReport r = reports.poll(1, TimeUnit.SECONDS);
      if (r != null && condition.test(r.diagnostics())) {
        return r;
      }
    }
    throw new AssertionError("no such report; notes: " + notes);
  }

  private static boolean hasCode(List<Diagnostic> ds, String code) {
    return ds.stream().anyMatch(d -> d.code().equals(code));
  }

  @Test
  void theFirstReportIsTheWholeLint() throws Exception {
    start();
    LintReport first = reports.poll(30, TimeUnit.SECONDS);
    assertThat(first).isNotNull();
    assertThat(first.diagnostics()).isEqualTo(LINTER.lint(Kiro.open(options())).diagnostics());
  }

  @Test
  void anEditedFileIsLintedAgainAsAFreshLintWould() throws Exception {
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    Files.writeString(root.resolve(".kiro/steering/a.md"), "---\ninclusion: fileMatch\n---\nHi.\n");
    LintReport after = reportWhere(ds -> hasCode(ds, "STEER-003"));
    assertThat(after.diagnostics()).isEqualTo(LINTER.lint(Kiro.open(options())).diagnostics());
    // And back: the problem goes with the fix.
    Files.writeString(root.resolve(".kiro/steering/a.md"), "---\ninclusion: always\n---\nHi.\n");
    reportWhere(ds -> !hasCode(ds, "STEER-003"));
  }

  @Test
  void aFolderCreatedAfterTheStartIsWatchedToo() throws Exception {
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    Path hooks = root.resolve(".kiro/hooks");
    Files.createDirectories(hooks);
    Files.writeString(hooks.resolve("x.kiro.hook"), "{bad");
    reportWhere(ds -> hasCode(ds, "JSON-001"));
    // A later edit in the new folder is seen through its own watch.
    Files.writeString(hooks.resolve("x.kiro.hook"), "{}");
    LintReport fixed = reportWhere(ds -> !hasCode(ds, "JSON-001"));
    assertThat(fixed.diagnostics()).isEqualTo(LINTER.lint(Kiro.open(options())).diagnostics());
  }

  @Test
  void aDeletedFileLeavesTheReport() throws Exception {
    Files.writeString(root.resolve(".kiro/steering/b.md"), "---\ninclusion: fileMatch\n---\nB\n");
    start();
    LintReport first = reports.poll(30, TimeUnit.SECONDS);
    assertThat(hasCode(first.diagnostics(), "STEER-003")).isTrue();
    Files.delete(root.resolve(".kiro/steering/b.md"));
    reportWhere(ds -> !hasCode(ds, "STEER-003"));
  }

  @Test
  void gitAndNodeModulesAreNotWatched() throws Exception {
    Files.createDirectories(root.resolve("node_modules/a/b"));
    Files.createDirectories(root.resolve(".git/objects"));
    Files.createDirectories(root.resolve("src"));
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    // ws, ws/.kiro, ws/.kiro/steering, ws/src and the user's ~/.kiro.
    assertThat(watch.watchedFolders()).isEqualTo(5);
  }

  @Test
  void aLinkedGlobalSteeringFolderIsWatchedThroughItsLink() throws Exception {
    // Team steering linked into ~/.kiro/steering (docs L18384); a workspace's own steering may not
    // lead outside its root (STEER-024).
    Path team = tmp.toRealPath().resolve("team-steering");
    Files.createDirectories(team);
    Files.writeString(team.resolve("t.md"), "---\ninclusion: always\n---\nTeam.\n");
    Files.createDirectories(home.resolve(".kiro/steering"));
    Files.createSymbolicLink(home.resolve(".kiro/steering/team"), team);
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    Files.writeString(team.resolve("t.md"), "---\ninclusion: fileMatch\n---\nTeam.\n");
    LintReport after = reportWhere(ds -> hasCode(ds, "STEER-003"));
    assertThat(after.diagnostics()).isEqualTo(LINTER.lint(Kiro.open(options())).diagnostics());
  }

  @Test
  void aLinkOutsideKiroFoldersIsNotFollowed() throws Exception {
    Path elsewhere = tmp.toRealPath().resolve("elsewhere");
    Files.createDirectories(elsewhere.resolve("a/b/c"));
    Files.createSymbolicLink(root.resolve("disk"), elsewhere);
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    // ws, ws/.kiro, ws/.kiro/steering and the user's ~/.kiro: not the linked folders.
    assertThat(watch.watchedFolders()).isEqualTo(4);
  }

  @Test
  void changesWithoutPauseStillGetAReport() throws Exception {
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    Files.createDirectories(root.resolve("out"));
    // A build writing a file every 10 ms for 3 s: with a settle time of 50 ms the folder is never
    // quiet, yet the steering error written at the start must be reported while it goes on.
    Files.writeString(root.resolve(".kiro/steering/a.md"), "---\ninclusion: fileMatch\n---\nHi.\n");
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    boolean seen = false;
    for (int i = 0; System.nanoTime() < end; i++) {
      Files.writeString(root.resolve("out/f" + (i % 5) + ".txt"), "x" + i);
      Thread.sleep(10);
      LintReport r = reports.poll();
      seen |= r != null && hasCode(r.diagnostics(), "STEER-003");
    }
    assertThat(seen).as("a report while the writes went on").isTrue();
  }

  @Test
  void foldersReachedThroughManyLinksAreWalkedOnce() throws Exception {
    // d0 holds two links to d1, d1 two to d2, ...: 2^24 paths over 25 folders.
    Path steering = root.resolve(".kiro/steering");
    for (int i = 0; i <= 24; i++) {
      Files.createDirectories(steering.resolve("d" + i));
    }
    for (int i = 0; i < 24; i++) {
      Path next = Path.of("..", "d" + (i + 1));
      Files.createSymbolicLink(steering.resolve("d" + i + "/a"), next);
      Files.createSymbolicLink(steering.resolve("d" + i + "/b"), next);
    }
    LintWatch walkOnly =
        new LintWatch(LINTER, () -> Kiro.open(options()), r -> {}, notes::add, Duration.ZERO);
    try (walkOnly) {
      long start = System.nanoTime();
      walkOnly.watchAll(Kiro.open(options())); // not run(): lint itself walks every path
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
      // ws, .kiro, steering, d0..d24 and the user's ~/.kiro.
      assertThat(walkOnly.watchedFolders()).isEqualTo(29);
    }
  }

  @Test
  void aUserKiroFolderCreatedLaterIsWatched() throws Exception {
    Path bare = tmp.toRealPath().resolve("bare-home");
    Files.createDirectories(bare);
    home = bare;
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    Files.writeString(bare.resolve("unrelated.txt"), "not lint's");
    Files.createDirectories(bare.resolve(".kiro/steering"));
    Files.writeString(
        bare.resolve(".kiro/steering/g.md"), "---\ninclusion: fileMatch\n---\nGlobal.\n");
    LintReport after = reportWhere(ds -> hasCode(ds, "STEER-003"));
    assertThat(after.diagnostics()).isEqualTo(LINTER.lint(Kiro.open(options())).diagnostics());
  }

  @Test
  void aDeletedRootEndsTheWatch() throws Exception {
    start();
    assertThat(reports.poll(30, TimeUnit.SECONDS)).isNotNull();
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    runner.join(30_000);
    assertThat(runner.isAlive()).isFalse();
    assertThat(notes).anyMatch(n -> n.contains("is gone: the watch ends"));
  }

  @Test
  void watchGoesWithTextOrJsonOnlyAndNotWithFix() {
    Run fix = run(withSample("lint", "--watch", "--fix"));
    assertThat(fix.exit()).isEqualTo(2);
    assertThat(fix.err()).contains("--watch does not go with --fix");
    Run sarif = run(withSample("lint", "--watch", "--format", "sarif"));
    assertThat(sarif.exit()).isEqualTo(2);
    assertThat(sarif.err()).contains("text or JSON");
  }
}
