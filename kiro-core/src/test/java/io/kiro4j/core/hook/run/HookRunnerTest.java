package io.kiro4j.core.hook.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookMatch;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.hook.ToolUse;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class HookRunnerTest {

  @TempDir Path tmp;
  Path root;
  HookRunner runner;

  @BeforeEach
  void setUp() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    runner = HookRunner.builder().build();
  }

  @AfterEach
  void tearDown() {
    runner.close();
  }

  /** A controllable clock for cache expiry. */
  static final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private void commandHook(String file, String type, String extra, String command, double timeout)
      throws IOException {
    Path p = root.resolve(".kiro/hooks").resolve(file);
    Files.createDirectories(p.getParent());
    String json =
        "{\"name\":\""
            + file.replace(".kiro.hook", "")
            + "\",\"when\":{\"type\":\""
            + type
            + "\""
            + extra
            + "},\"then\":{\"type\":\"runCommand\",\"command\":"
            + quote(command)
            + ",\"timeout\":"
            + timeout
            + "}}";
    Files.writeString(p, json);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private HookOutcome fire(HookEvent event) {
    HookSet set =
        HookSet.load(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(root)
                    .userHome(tmp)
                    .environment(Environment.empty())
                    .build()));
    assertThat(set.diagnostics()).filteredOn(d -> d.severity().name().equals("ERROR")).isEmpty();
    List<HookMatch> matches = set.match(event);
    return runner.run(event, matches);
  }

  /** Dead, or a zombie waiting for init (dead too; ProcessHandle calls it alive). */
  private static boolean isGone(long pid) {
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
      } catch (IOException e) {
        return true;
      }
    }
    return true;
  }

  private static final HookEvent PRE_WRITE =
      new HookEvent.PreToolUse(new ToolUse("fsWrite", Set.of("write"), Optional.empty()));

  @Test
  void exitZeroAddsStdoutToTheContext() throws IOException {
    commandHook("a.kiro.hook", "agentStop", "", "echo hello", 10);
    HookOutcome o = fire(new HookEvent.AgentStop());
    assertThat(o.blocked()).isFalse();
    assertThat(o.context()).containsExactly("hello\n");
    assertThat(o.results().get(0).exitCode()).hasValue(0);
    assertThat(o.warnings()).isEmpty();
  }

  @Test
  void promptSubmitCommandSeesThePromptInUserPrompt() throws IOException {
    commandHook("a.kiro.hook", "promptSubmit", "", "printf %s \"$USER_PROMPT\"", 10);
    HookOutcome o = fire(new HookEvent.PromptSubmit("deploy\u0007 now\tplease"));
    assertThat(o.context()).containsExactly("deploy now\tplease");
  }

  @Test
  void nonZeroExitOnPreToolUseBlocksTheToolAndSendsStderr() throws IOException {
    commandHook(
        "guard.kiro.hook", "preToolUse", ",\"toolTypes\":[\"write\"]", "echo no >&2; exit 3", 10);
    HookOutcome o = fire(PRE_WRITE);
    assertThat(o.blocked()).isTrue();
    assertThat(o.blockedBy()).contains("guard");
    assertThat(((HookDecision.Blocked) o.decision()).message()).isEqualTo("no\n");
    assertThat(o.results().get(0).exitCode()).hasValue(3);
    assertThat(o.results().get(0).output()).isEqualTo("no\n");
    assertThat(o.context()).singleElement().asString().contains("exit code 3");
  }

  @Test
  void nonZeroExitOnPromptSubmitBlocksThePrompt() throws IOException {
    commandHook("p.kiro.hook", "promptSubmit", "", "exit 1", 10);
    assertThat(fire(new HookEvent.PromptSubmit("x")).blockedBy()).contains("p");
  }

  @Test
  void nonZeroExitOnPostToolUseOrAgentStopOnlyWarns() throws IOException {
    commandHook("a.kiro.hook", "postToolUse", ",\"toolTypes\":[\"*\"]", "exit 2", 10);
    commandHook("b.kiro.hook", "agentStop", "", "exit 2", 10);
    HookOutcome post = fire(new HookEvent.PostToolUse(ToolUse.named("x"), Optional.empty()));
    assertThat(post.blocked()).isFalse();
    assertThat(post.warnings()).hasSize(1);
    HookOutcome stop = fire(new HookEvent.AgentStop());
    assertThat(stop.blocked()).isFalse();
    assertThat(stop.warnings()).hasSize(1);
  }

  @Test
  void timeoutCountsAsFailureBlocksPreToolUseAndKillsTheSleepGrandchild() throws IOException {
    Path pidFile = tmp.resolve("pid");
    commandHook(
        "slow.kiro.hook",
        "preToolUse",
        ",\"toolTypes\":[\"*\"]",
        "sleep 300 & echo $! > " + pidFile + "; wait",
        0.5);
    long started = System.nanoTime();
    HookOutcome o = fire(PRE_WRITE);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(o.blocked()).isTrue();
    HookResult r = o.results().get(0);
    assertThat(r.timedOut()).isTrue();
    assertThat(r.exitCode()).isEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    assertThat(isGone(Long.parseLong(Files.readString(pidFile).strip()))).isTrue();
  }

  @Test
  void backgroundChildOfAHookThatExitedIsStoppedToo() throws IOException {
    Path pidFile = tmp.resolve("pid");
    commandHook(
        "bg.kiro.hook", "agentStop", "", "sleep 300 & echo $! > " + pidFile + "; echo done", 60);
    HookOutcome o = fire(new HookEvent.AgentStop());
    assertThat(o.results().get(0).exitCode()).hasValue(0);
    assertThat(o.results().get(0).duration()).isLessThan(Duration.ofSeconds(5));
    assertThat(isGone(Long.parseLong(Files.readString(pidFile).strip()))).isTrue();
  }

  @Test
  void tenMegabytesOfOutputAreCappedAndMarkedTruncated() {
    CommandResult r =
        runner
            .execute(
                CommandRequest.of(
                    "head -c 10000000 /dev/zero | tr '\\0' a", root, Duration.ofSeconds(30)))
            .join();
    assertThat(r.exitCode()).hasValue(0);
    assertThat(r.stdoutTruncated()).isTrue();
    assertThat(r.stdout()).hasSize(HookRunner.DEFAULT_MAX_OUTPUT_SIZE);
  }

  @Test
  void truncationNeverSplitsAUtf8Character() {
    CommandResult r =
        runner
            .execute(
                CommandRequest.of("printf 'aéééé'", root, Duration.ofSeconds(10))
                    .withMaxOutputSize(4))
            .join();
    assertThat(r.stdout()).isEqualTo("aé");
    assertThat(r.stdoutTruncated()).isTrue();
  }

  @Test
  void aHookThatNeverReadsStdinCannotDeadlock() {
    String big = "x".repeat(4 * 1024 * 1024);
    CommandResult r =
        runner
            .execute(CommandRequest.of("echo ok", root, Duration.ofSeconds(20)).withStdin(big))
            .join();
    assertThat(r.exitCode()).hasValue(0);
    assertThat(r.stdout()).isEqualTo("ok\n");
  }

  @Test
  void stdinIsWrittenThenClosed() {
    CommandResult r =
        runner
            .execute(CommandRequest.of("cat", root, Duration.ofSeconds(10)).withStdin("{\"a\":1}"))
            .join();
    assertThat(r.stdout()).isEqualTo("{\"a\":1}");
  }

  @Test
  void nonUtf8OutputIsDecodedWithReplacementCharacters() {
    CommandResult r =
        runner.execute(CommandRequest.of("printf '\\377ok'", root, Duration.ofSeconds(10))).join();
    assertThat(r.stdout()).isEqualTo("\uFFFDok");
  }

  @Test
  void hooksOfOneEventRunConcurrentlyAndReportInDeclarationOrder() throws IOException {
    commandHook("a.kiro.hook", "agentStop", "", "sleep 1; echo a", 10);
    commandHook("b.kiro.hook", "agentStop", "", "echo b", 10);
    commandHook("c.kiro.hook", "agentStop", "", "sleep 1; echo c", 10);
    long started = System.nanoTime();
    HookOutcome o = fire(new HookEvent.AgentStop());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(o.context()).containsExactly("a\n", "b\n", "c\n");
    assertThat(o.results()).extracting(HookResult::name).containsExactly("a", "b", "c");
    assertThat(took).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void askAgentHooksAreNotExecutedTheirPromptsAreReturned() throws IOException {
    Path p = root.resolve(".kiro/hooks/ask.kiro.hook");
    Files.createDirectories(p.getParent());
    Files.writeString(
        p,
        "{\"name\":\"ask\",\"when\":{\"type\":\"promptSubmit\"},"
            + "\"then\":{\"type\":\"askAgent\",\"prompt\":\"also lint\"}}");
    HookOutcome o = fire(new HookEvent.PromptSubmit("x"));
    assertThat(o.prompts()).containsExactly("also lint");
    assertThat(o.results()).isEmpty();
  }

  @Test
  void commandThatCannotStartIsAFailureNotAnException() {
    CommandResult r =
        runner
            .execute(CommandRequest.of("true", tmp.resolve("missing"), Duration.ofSeconds(10)))
            .join();
    assertThat(r.failure()).isPresent();
    assertThat(r.succeeded()).isFalse();
  }

  @Test
  void commandRunsInTheHooksRootWithTheRunnersEnvironment() throws IOException {
    runner.close();
    runner = HookRunner.builder().environment("TEAM", "ui").build();
    commandHook("a.kiro.hook", "agentStop", "", "echo \"$PWD $TEAM\"", 10);
    HookOutcome o = fire(new HookEvent.AgentStop());
    assertThat(o.context().get(0).strip()).isEqualTo(root.toRealPath() + " ui");
  }

  @Test
  void successfulResultsAreCachedByKeyUntilTheTtlExpiresOnTheClock() throws IOException {
    MutableClock clock = new MutableClock();
    runner.close();
    runner = HookRunner.builder().clock(clock).build();
    Path counter = tmp.resolve("count");
    CommandRequest base =
        CommandRequest.of("echo x >> " + counter + "; echo ran", root, Duration.ofSeconds(10));
    CommandRequest keyA = base.withCache("hook1|input-a", Optional.of(Duration.ofSeconds(10)));
    CommandRequest keyB = base.withCache("hook1|input-b", Optional.of(Duration.ofSeconds(10)));
    assertThat(runner.execute(keyA).join().cached()).isFalse();
    CommandResult again = runner.execute(keyA).join();
    assertThat(again.cached()).isTrue();
    assertThat(again.stdout()).isEqualTo("ran\n");
    assertThat(runner.execute(keyB).join().cached()).isFalse();
    clock.advance(Duration.ofSeconds(10));
    assertThat(runner.execute(keyA).join().cached()).isFalse();
    assertThat(Files.readAllLines(counter)).hasSize(3);
  }

  @Test
  void failedResultsAndZeroTtlAreNeverCached() {
    CommandRequest failing =
        CommandRequest.of("exit 1", root, Duration.ofSeconds(10))
            .withCache("k", Optional.of(Duration.ofSeconds(60)));
    runner.execute(failing).join();
    assertThat(runner.execute(failing).join().cached()).isFalse();
    CommandRequest zero =
        CommandRequest.of("true", root, Duration.ofSeconds(10))
            .withCache("z", Optional.of(Duration.ZERO));
    runner.execute(zero).join();
    assertThat(runner.execute(zero).join().cached()).isFalse();
  }

  @Test
  void emptyTtlCachesForTheRunnersLife() {
    MutableClock clock = new MutableClock();
    runner.close();
    runner = HookRunner.builder().clock(clock).build();
    CommandRequest spawn =
        CommandRequest.of("true", root, Duration.ofSeconds(10)).withCache("s", Optional.empty());
    runner.execute(spawn).join();
    clock.advance(Duration.ofDays(365));
    assertThat(runner.execute(spawn).join().cached()).isTrue();
  }

  @Test
  void asyncApiReturnsBeforeTheHooksFinish() throws IOException {
    commandHook("a.kiro.hook", "agentStop", "", "sleep 1", 10);
    HookSet set =
        HookSet.load(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(root)
                    .userHome(tmp)
                    .environment(Environment.empty())
                    .build()));
    HookEvent e = new HookEvent.AgentStop();
    var future = runner.runAsync(e, set.match(e));
    assertThat(future).isNotDone();
    assertThat(future.join().results()).hasSize(1);
  }

  @Test
  void environmentIsPassedPerRequest() {
    CommandResult r =
        runner
            .execute(
                CommandRequest.of("printf %s \"$X\"", root, Duration.ofSeconds(10))
                    .withEnvironment(Map.of("X", "y")))
            .join();
    assertThat(r.stdout()).isEqualTo("y");
  }
}
