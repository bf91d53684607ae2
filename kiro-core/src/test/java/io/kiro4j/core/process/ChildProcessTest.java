package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kiro4j.core.process.Exit.Ending;
import io.kiro4j.core.process.ProcessSpec.Isolation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real processes, Linux only. Every test is bounded, and every test that starts processes checks
 * afterwards that they are gone (zombies waiting for init count as gone: they are dead).
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChildProcessTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final StopPolicy QUICK =
      StopPolicy.builder()
          .stdinGrace(Duration.ofMillis(200))
          .termGrace(Duration.ofMillis(500))
          .killGrace(Duration.ofSeconds(2))
          .build();

  private final List<ChildProcess> started = new ArrayList<>();
  private final List<ProcessHandle> spawned = new ArrayList<>();

  /**
   * Every way of supervising: in a new session through setsid, in a new process group of this
   * session through timeout, and process by process.
   */
  static Stream<Arguments> platforms() {
    Platform detected = Platform.detected();
    Platform perPid =
        new Platform(Optional.empty(), Optional.empty(), Optional.empty(), detected.procfs());
    return Stream.of(
        Arguments.of(Named.of("setsid", detected, Isolation.SESSION)),
        Arguments.of(Named.of("process-group", detected, Isolation.PROCESS_GROUP)),
        Arguments.of(Named.of("per-pid", perPid, Isolation.SESSION)));
  }

  /** The two ways that give the child a process group of its own. */
  static Stream<Arguments> groupedPlatforms() {
    return platforms().limit(2);
  }

  /** JUnit's Named, spelled out so the display name says which platform ran. */
  record Named(String name, Platform platform, Isolation isolation) {
    static Named of(String name, Platform platform, Isolation isolation) {
      return new Named(name, platform, isolation);
    }

    /** {@code spec} with this way's isolation. */
    ProcessSpec apply(ProcessSpec spec) {
      return spec.toBuilder().isolation(isolation).build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** True if a PROCESS_GROUP child really gets its own group here (no terminal, GNU timeout). */
  private static boolean processGroupsAvailable() {
    return Platform.detected().isolation(Isolation.PROCESS_GROUP) == Isolation.PROCESS_GROUP;
  }

  @AfterEach
  void everythingStartedIsGone() {
    for (ChildProcess child : started) {
      child.close();
      assertThat(child.isAlive()).as("%s", child).isFalse();
    }
    for (ProcessHandle handle : spawned) {
      assertThat(isGone(handle)).as("pid %d is gone", handle.pid()).isTrue();
    }
  }

  private ChildProcess start(Platform platform, ProcessSpec spec, OutputHandler out)
      throws IOException {
    return start(platform, spec, out, OutputHandler.discard());
  }

  private ChildProcess start(
      Platform platform, ProcessSpec spec, OutputHandler out, OutputHandler err)
      throws IOException {
    ChildProcess child = ChildProcess.start(spec, out, err, platform);
    started.add(child);
    // A quick child may already be gone; child.isAlive() is checked for it anyway.
    ProcessHandle.of(child.pid()).ifPresent(spawned::add);
    return child;
  }

  private ChildProcess bash(Platform platform, String script, OutputHandler out)
      throws IOException {
    return start(platform, ProcessSpec.of("bash", "-c", script), out);
  }

  private ChildProcess start(Named platform, ProcessSpec spec, OutputHandler out)
      throws IOException {
    return start(platform.platform(), platform.apply(spec), out);
  }

  private ChildProcess bash(Named platform, String script, OutputHandler out) throws IOException {
    return start(platform, ProcessSpec.of("bash", "-c", script), out);
  }

  private static OutputHandler linesTo(BlockingQueue<String> queue) {
    return OutputHandler.lines(queue::add, 1 << 20, head -> queue.add("TOO LONG: " + head));
  }

  /** Reads {@code count} pids the script printed and records them for the final check. */
  private List<ProcessHandle> awaitPids(BlockingQueue<String> lines, int count)
      throws InterruptedException {
    List<ProcessHandle> handles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String line = lines.poll(10, TimeUnit.SECONDS);
      assertThat(line).as("pid line %d of %d", i + 1, count).isNotNull();
      // Take the handle while the process surely lives: it remembers the start time, so a reused
      // pid is never mistaken for ours.
      ProcessHandle handle = ProcessHandle.of(Long.parseLong(line.trim())).orElseThrow();
      handles.add(handle);
      spawned.add(handle);
    }
    return handles;
  }

  private static boolean isGone(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + handle.pid() + "/stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return true;
    }
  }

  private static void assertAllGone(List<ProcessHandle> handles) {
    for (ProcessHandle handle : handles) {
      assertThat(isGone(handle)).as("pid %d is gone", handle.pid()).isTrue();
    }
  }

  // --- stopping the tree -------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("platforms")
  void childrenAndGrandchildrenAreAllGoneAfterStop(Named platform) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    ChildProcess child =
        bash(
            platform,
            """
            sleep 600 & echo $!
            bash -c 'sleep 600 & echo $!; sleep 600 & echo $!; wait' & echo $!
            wait
            """,
            linesTo(lines));
    List<ProcessHandle> tree = awaitPids(lines, 4);

    Exit exit = child.stop(QUICK);

    // The root may see its children end and exit before its own SIGTERM arrives, so only the
    // escalation is certain here, not the exit value.
    assertThat(exit.ending()).isEqualTo(Ending.TERMINATED);
    assertAllGone(tree);
    assertThat(child.isAlive()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void processIgnoringSigtermAndItsChildIgnoringItAreKilledWithinTheBound(Named platform)
      throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    ChildProcess child =
        bash(
            platform,
            """
            trap "" TERM
            sleep 600 & echo $!
            bash -c 'trap "" TERM; sleep 600 & echo $!; wait' & echo $!
            wait
            """,
            linesTo(lines));
    List<ProcessHandle> tree = awaitPids(lines, 3);

    long started = System.nanoTime();
    Exit exit = child.stop(QUICK);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(exit.ending()).isEqualTo(Ending.KILLED);
    assertThat(exit.signal()).hasValue(9);
    assertThat(took).isLessThan(QUICK.total().plusSeconds(1));
    assertAllGone(tree);
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void grandchildThatLeftTheProcessGroupIsStoppedToo(Named platform) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    ChildProcess child =
        bash(
            platform,
            """
            setsid sleep 600 & echo $!
            wait
            """,
            linesTo(lines));
    List<ProcessHandle> tree = awaitPids(lines, 1);

    child.stop(QUICK);

    assertAllGone(tree);
  }

  @ParameterizedTest
  @MethodSource("groupedPlatforms")
  void backgroundJobLeftInTheGroupIsStoppedByCloseAfterTheRootExited(Named platform)
      throws Exception {
    assumeTrue(Platform.detected().setsid().isPresent(), "needs setsid");
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    ChildProcess child = bash(platform, "sleep 600 >/dev/null 2>&1 & echo $!", linesTo(lines));
    List<ProcessHandle> leftover = awaitPids(lines, 1);

    Optional<Exit> finished = child.waitFor(WAIT);
    assertThat(finished).contains(Exit.of(0, Ending.EXITED));
    assertThat(leftover.get(0).isAlive()).isTrue();

    child.close();

    assertAllGone(leftover);
    assertThat(child.stop(QUICK)).isEqualTo(Exit.of(0, Ending.EXITED));
  }

  @ParameterizedTest
  @MethodSource("groupedPlatforms")
  void backgroundJobHoldingTheOutputIsStoppedByCloseAfterTheRootExited(Named platform)
      throws Exception {
    assumeTrue(Platform.detected().setsid().isPresent(), "needs setsid");
    BoundedCapture out = BoundedCapture.withLimit(100);
    ChildProcess child = bash(platform, "sleep 600 & echo $!", out);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(child.isAlive()).isFalse();
    // The pid line was written before the root exited, but the pump may not have read it yet.
    while (out.text().isBlank() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    ProcessHandle.of(Long.parseLong(out.text().trim())).ifPresent(spawned::add);

    Exit exit = child.stop(QUICK);

    assertThat(exit).isEqualTo(Exit.of(0, Ending.EXITED));
    assertThat(out.ended()).isTrue();
  }

  @Test
  void stdinClosedBeforeStopSkipsTheStdinGrace() throws Exception {
    ChildProcess child =
        start(Platform.detected(), ProcessSpec.of("sleep", "600"), OutputHandler.discard());
    child.stdin().close();

    long started = System.nanoTime();
    Exit exit = child.stop(QUICK.toBuilder().stdinGrace(Duration.ofSeconds(20)).build());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(exit.ending()).isEqualTo(Ending.TERMINATED);
  }

  @Test
  void processEndingAtStdinCloseEndsAsExited() throws Exception {
    ChildProcess child = start(Platform.detected(), ProcessSpec.of("cat"), OutputHandler.discard());

    Exit exit = child.stop(StopPolicy.defaults());

    assertThat(exit).isEqualTo(Exit.of(0, Ending.EXITED));
  }

  @Test
  void interruptDuringStopSkipsTheGracePeriodsButStillKills() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    ChildProcess child =
        bash(
            Platform.detected(),
            """
            trap "" TERM
            sleep 600 & echo $!
            wait
            """,
            linesTo(lines));
    List<ProcessHandle> tree = awaitPids(lines, 1);

    Thread.currentThread().interrupt();
    long started = System.nanoTime();
    Exit exit = child.stop(StopPolicy.defaults());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    boolean stillInterrupted = Thread.interrupted();

    assertThat(stillInterrupted).isTrue();
    assertThat(exit.ending()).isEqualTo(Ending.KILLED);
    assertThat(took).isLessThan(Duration.ofSeconds(3));
    assertAllGone(tree);
  }

  // --- isolation -----------------------------------------------------------------------------

  /** pid, parent, group and session of the process that printed its /proc/self/stat. */
  private static long[] ids(String statLine) {
    String[] fields = Platform.statFields(statLine).orElseThrow();
    long pid = Long.parseLong(statLine.substring(0, statLine.indexOf(' ')));
    return new long[] {
      pid, Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3])
    };
  }

  private static long ownSession() throws IOException {
    return ids(Files.readString(Path.of("/proc/self/stat")))[3];
  }

  @Test
  void processGroupChildLeadsNoSessionButItsParentLeadsItsGroup() throws Exception {
    assumeTrue(processGroupsAvailable(), "needs GNU timeout and no controlling terminal");
    BoundedCapture out = BoundedCapture.withLimit(4096);
    ChildProcess child =
        start(
            Platform.detected(),
            ProcessSpec.builder("cat", "/proc/self/stat")
                .isolation(Isolation.PROCESS_GROUP)
                .build(),
            out);

    assertThat(child.waitFor(WAIT)).contains(Exit.of(0, Ending.EXITED));

    long[] cat = ids(out.text());
    assertThat(cat[0]).as("cat runs under timeout").isNotEqualTo(child.pid());
    assertThat(cat[1]).as("parent").isEqualTo(child.pid());
    assertThat(cat[2]).as("process group").isEqualTo(child.pid());
    assertThat(cat[3]).as("session").isEqualTo(ownSession());
  }

  @Test
  void sessionChildLeadsItsOwnSessionAndGroup() throws Exception {
    assumeTrue(Platform.detected().setsid().isPresent(), "needs setsid");
    BoundedCapture out = BoundedCapture.withLimit(4096);
    ChildProcess child = start(Platform.detected(), ProcessSpec.of("cat", "/proc/self/stat"), out);

    assertThat(child.waitFor(WAIT)).contains(Exit.of(0, Ending.EXITED));

    long[] cat = ids(out.text());
    assertThat(cat[0]).isEqualTo(child.pid());
    assertThat(cat[2]).as("process group").isEqualTo(child.pid());
    assertThat(cat[3]).as("session").isEqualTo(child.pid()).isNotEqualTo(ownSession());
  }

  @Test
  void processGroupFallsBackToASessionWithoutAUsableTimeoutProgram() throws Exception {
    Platform detected = Platform.detected();
    assumeTrue(detected.setsid().isPresent(), "needs setsid");
    // env is no timeout: "env -- 0 cat" fails, so the probe rejects it.
    Path notTimeout = Path.of("/usr/bin/env");
    assumeTrue(Files.isExecutable(notTimeout), "needs /usr/bin/env");
    Platform withoutTimeout =
        new Platform(detected.setsid(), Optional.empty(), detected.kill(), detected.procfs());
    Platform withImpostor =
        new Platform(
            detected.setsid(), Optional.of(notTimeout), detected.kill(), detected.procfs());
    Platform withoutProc =
        new Platform(detected.setsid(), detected.timeout(), detected.kill(), false);

    assertThat(withoutTimeout.isolation(Isolation.PROCESS_GROUP)).isEqualTo(Isolation.SESSION);
    assertThat(withImpostor.isolation(Isolation.PROCESS_GROUP)).isEqualTo(Isolation.SESSION);
    assertThat(withoutProc.isolation(Isolation.PROCESS_GROUP)).isEqualTo(Isolation.SESSION);
    assertThat(detected.isolation(Isolation.SESSION)).isEqualTo(Isolation.SESSION);

    BoundedCapture out = BoundedCapture.withLimit(4096);
    ChildProcess child =
        start(
            withImpostor,
            ProcessSpec.builder("cat", "/proc/self/stat")
                .isolation(Isolation.PROCESS_GROUP)
                .build(),
            out);
    assertThat(child.waitFor(WAIT)).contains(Exit.of(0, Ending.EXITED));
    assertThat(ids(out.text())[3]).as("session").isEqualTo(child.pid());
  }

  @Test
  void processGroupIsUsedOnlyWithoutAControllingTerminal() {
    Platform detected = Platform.detected();
    assumeTrue(detected.procfs(), "needs /proc");
    Isolation expected =
        detected.controllingTerminal() ? Isolation.SESSION : Isolation.PROCESS_GROUP;
    assumeTrue(detected.timeout().isPresent(), "needs timeout");

    assertThat(detected.isolation(Isolation.PROCESS_GROUP)).isEqualTo(expected);
  }

  @Test
  void programNamedLikeAnOptionIsStillTheProgramInAProcessGroup(@TempDir Path dir)
      throws Exception {
    assumeTrue(processGroupsAvailable(), "needs GNU timeout and no controlling terminal");
    Path script = dir.resolve("-dash.sh");
    Files.writeString(script, "#!/bin/sh\necho dash\n");
    assertThat(script.toFile().setExecutable(true)).isTrue();
    BoundedCapture out = BoundedCapture.withLimit(100);
    ChildProcess child =
        start(
            Platform.detected(),
            ProcessSpec.builder("-dash.sh")
                .environment("PATH", dir + ":" + System.getenv("PATH"))
                .isolation(Isolation.PROCESS_GROUP)
                .build(),
            out);

    assertThat(child.waitFor(WAIT)).contains(Exit.of(0, Ending.EXITED));
    assertThat(out.text()).isEqualTo("dash\n");
  }

  // --- output -------------------------------------------------------------------------------

  @Test
  void fiveMegabytesOnStdoutAndStderrAtOnceNeverDeadlock() throws Exception {
    BoundedCapture out = BoundedCapture.withLimit(1 << 20);
    BoundedCapture err = BoundedCapture.withLimit(1 << 20);
    ChildProcess child =
        start(
            Platform.detected(),
            ProcessSpec.of(
                "bash",
                "-c",
                """
                head -c 5000000 /dev/zero | tr '\\0' e >&2 &
                head -c 5000000 /dev/zero | tr '\\0' o
                wait
                """),
            out,
            err);

    Optional<Exit> exit = child.waitFor(Duration.ofSeconds(20));

    assertThat(exit).contains(Exit.of(0, Ending.EXITED));
    assertThat(out.totalBytes()).isEqualTo(5_000_000);
    assertThat(err.totalBytes()).isEqualTo(5_000_000);
    assertThat(out.truncated()).isTrue();
    assertThat(out.text()).hasSize(1 << 20).matches("o+");
    assertThat(err.text()).hasSize(1 << 20).matches("e+");
  }

  @Test
  void boundedCaptureOfARealProcessTruncatesAndSaysSo() throws Exception {
    BoundedCapture out = BoundedCapture.withLimit(10);
    ChildProcess child =
        start(Platform.detected(), ProcessSpec.of("printf", "0123456789abcdef"), out);

    child.waitFor(WAIT);

    assertThat(out.text()).isEqualTo("0123456789");
    assertThat(out.truncated()).isTrue();
    assertThat(out.totalBytes()).isEqualTo(16);
  }

  @Test
  void lineHandlerSplitsCrlfOutput() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    ChildProcess child =
        start(Platform.detected(), ProcessSpec.of("printf", "a\\r\\nb\\nc"), linesTo(lines));

    child.waitFor(WAIT);

    assertThat(new ArrayList<>(lines)).containsExactly("a", "b", "c");
  }

  @Test
  void handlerThatThrowsDoesNotBlockTheChild() throws Exception {
    OutputHandler failing =
        (buffer, offset, length) -> {
          throw new IllegalStateException("handler bug");
        };
    ChildProcess child =
        start(
            Platform.detected(),
            ProcessSpec.of(
                "bash", "-c", "head -c 2000000 /dev/zero; head -c 2000000 /dev/zero >&2"),
            failing,
            failing);

    assertThat(child.waitFor(Duration.ofSeconds(20))).contains(Exit.of(0, Ending.EXITED));
  }

  @Test
  void pumpThreadsAreNamedDaemonsAndEndWithTheProcess() throws Exception {
    ChildProcess child =
        start(
            Platform.detected(),
            ProcessSpec.builder("sleep", "600").name("probe").build(),
            BoundedCapture.withLimit(10),
            BoundedCapture.withLimit(10));
    String prefix = "kiro4j-probe-" + child.pid() + "-";

    List<Thread> pumps =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> thread.getName().startsWith(prefix))
            .toList();
    assertThat(pumps)
        .extracting(Thread::getName)
        .containsExactlyInAnyOrder(prefix + "stdout", prefix + "stderr");
    assertThat(pumps).allMatch(Thread::isDaemon);

    child.close();

    assertThat(pumps).noneMatch(Thread::isAlive);
  }

  // --- stdin --------------------------------------------------------------------------------

  @Test
  void stdinWrittenThenClosedIsReadByCat() throws Exception {
    BoundedCapture out = BoundedCapture.withLimit(100);
    ChildProcess child = start(Platform.detected(), ProcessSpec.of("cat"), out);

    CompletableFuture<Void> written =
        child.writeStdinAndClose(
            "{\"hook_event_name\":\"stop\"}\n".getBytes(StandardCharsets.UTF_8));

    assertThat(child.waitFor(WAIT)).contains(Exit.of(0, Ending.EXITED));
    written.get(10, TimeUnit.SECONDS);
    assertThat(out.text()).isEqualTo("{\"hook_event_name\":\"stop\"}\n");
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void stdinStreamsLinesWhileOutputArrivesLineByLine(Named platform) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    ChildProcess child = start(platform, ProcessSpec.of("cat"), linesTo(lines));
    OutputStream stdin = child.stdin();

    stdin.write("ping 1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("ping 1");
    stdin.write("ping 2\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("ping 2");
    stdin.close();

    assertThat(child.waitFor(WAIT)).contains(Exit.of(0, Ending.EXITED));
    assertThatThrownBy(() -> stdin.write('x'))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void stdinWriteToAChildThatNeverReadsDoesNotBlockTheCaller() throws Exception {
    ChildProcess child =
        start(Platform.detected(), ProcessSpec.of("sleep", "600"), OutputHandler.discard());

    CompletableFuture<Void> written = child.writeStdinAndClose(new byte[1 << 20]);
    Thread.sleep(200);
    assertThat(written).isNotDone();

    Exit exit = child.stop(QUICK);

    assertThat(exit.ending()).isEqualTo(Ending.TERMINATED);
    // The pipe broke when the child died: the writer ends too.
    assertThat(written.handle((ok, failure) -> failure).get(10, TimeUnit.SECONDS))
        .isInstanceOf(IOException.class);
  }

  // --- spec ---------------------------------------------------------------------------------

  @Test
  void workingDirectoryIsApplied(@TempDir Path dir) throws Exception {
    BoundedCapture out = BoundedCapture.withLimit(4096);
    ChildProcess child =
        start(Platform.detected(), ProcessSpec.builder("pwd").workingDirectory(dir).build(), out);

    child.waitFor(WAIT);

    assertThat(out.text().trim()).isEqualTo(dir.toRealPath().toString());
  }

  @Test
  void relativeProgramIsResolvedInTheWorkingDirectory(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("hello.sh");
    Files.writeString(script, "#!/bin/sh\necho hello from $0\n");
    assertThat(script.toFile().setExecutable(true)).isTrue();
    BoundedCapture out = BoundedCapture.withLimit(4096);

    ChildProcess child =
        start(
            Platform.detected(),
            ProcessSpec.builder("./hello.sh").workingDirectory(dir).build(),
            out);
    child.waitFor(WAIT);

    assertThat(out.text()).isEqualTo("hello from ./hello.sh\n");
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void environmentIsAddedToAndOverridesTheInheritedOne(Named platform) throws Exception {
    BoundedCapture out = BoundedCapture.withLimit(4096);
    ChildProcess child =
        start(
            platform,
            ProcessSpec.builder("bash", "-c", "printf '%s|%s|%s' \"$KIRO4J_A\" \"$HOME\" \"$PATH\"")
                .environment("KIRO4J_A", "a value")
                .environment("HOME", "/nowhere")
                .build(),
            out);

    child.waitFor(WAIT);

    assertThat(out.text()).isEqualTo("a value|/nowhere|" + System.getenv("PATH"));
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void environmentIsNotInheritedWhenAskedNotTo(Named platform) throws Exception {
    BoundedCapture out = BoundedCapture.withLimit(4096);
    ChildProcess child =
        start(
            platform,
            ProcessSpec.builder("env").inheritEnvironment(false).environment("ONLY", "1").build(),
            out);

    child.waitFor(WAIT);

    assertThat(out.text()).isEqualTo("ONLY=1\n");
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void missingExecutableGivesAnIoExceptionNamingOnlyTheProgram(Named platform) {
    ProcessSpec spec = ProcessSpec.of("kiro4j-no-such-program", "--token=s3cret");

    assertThatThrownBy(
            () ->
                ChildProcess.start(
                    platform.apply(spec),
                    OutputHandler.discard(),
                    OutputHandler.discard(),
                    platform.platform()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'kiro4j-no-such-program'")
        .message()
        .doesNotContain("s3cret");
    assertThatThrownBy(
            () ->
                ChildProcess.start(
                    ProcessSpec.of("/no/such/dir/prog"),
                    OutputHandler.discard(),
                    OutputHandler.discard(),
                    platform.platform()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'/no/such/dir/prog'");
  }

  @Test
  void missingWorkingDirectoryGivesAnIoException(@TempDir Path dir) {
    ProcessSpec spec = ProcessSpec.builder("pwd").workingDirectory(dir.resolve("nope")).build();

    assertThatThrownBy(
            () -> ChildProcess.start(spec, OutputHandler.discard(), OutputHandler.discard()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'pwd'")
        .hasMessageContaining("working directory");
  }

  @Test
  void fileThatIsNotExecutableGivesAnIoException(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("data.txt"), "not a program");

    assertThatThrownBy(
            () ->
                ChildProcess.start(
                    ProcessSpec.of(file.toString()),
                    OutputHandler.discard(),
                    OutputHandler.discard()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an executable file");
  }

  // --- exit ---------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("platforms")
  void processThatExitsByItselfReturnsItsExitCode(Named platform) throws Exception {
    ChildProcess child = bash(platform, "echo out; exit 7", BoundedCapture.withLimit(100));

    Optional<Exit> exit = child.waitFor(WAIT);

    assertThat(exit).contains(Exit.of(7, Ending.EXITED));
    assertThat(child.onExit().get(1, TimeUnit.SECONDS)).isEqualTo(Exit.of(7, Ending.EXITED));
    assertThat(child.stop(QUICK)).isEqualTo(Exit.of(7, Ending.EXITED));
  }

  @ParameterizedTest
  @MethodSource("platforms")
  void deathBySignalReads128PlusTheSignal(Named platform) throws Exception {
    ChildProcess child = bash(platform, "kill -KILL $$", OutputHandler.discard());

    Exit exit = child.waitFor(WAIT).orElseThrow();

    assertThat(exit.exitValue()).hasValue(137);
    assertThat(exit.signal()).hasValue(9);
    assertThat(exit.ending()).isEqualTo(Ending.EXITED);
  }

  @Test
  void closeIsIdempotent() throws Exception {
    ChildProcess child =
        start(Platform.detected(), ProcessSpec.of("sleep", "600"), OutputHandler.discard());

    child.close();
    Exit first = child.stop(QUICK);
    long started = System.nanoTime();
    child.close();
    Exit second = child.stop(StopPolicy.defaults());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    assertThat(second).isSameAs(first);
    assertThat(first.ending()).isEqualTo(Ending.TERMINATED);
    assertThat(first.signal()).hasValue(15);
    assertThat(child.waitFor(Duration.ZERO)).contains(first);
  }

  @Test
  void waitForGivesUpAtTheTimeout() throws Exception {
    ChildProcess child =
        start(Platform.detected(), ProcessSpec.of("sleep", "600"), OutputHandler.discard());

    assertThat(child.waitFor(Duration.ofMillis(100))).isEmpty();
    assertThat(child.isAlive()).isTrue();
  }
}
