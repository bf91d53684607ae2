package io.kiro4j.core.process;

import io.kiro4j.core.process.Platform.Signal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process under supervision: its output is always drained, and it can always be stopped,
 * together with every process it started, within a bounded time.
 *
 * <pre>{@code
 * BoundedCapture out = BoundedCapture.withLimit(10 * 1024);
 * BoundedCapture err = BoundedCapture.withLimit(10 * 1024);
 * try (ChildProcess child =
 *     ChildProcess.start(ProcessSpec.of("bash", "-c", command), out, err)) {
 *   child.writeStdinAndClose(json.getBytes(StandardCharsets.UTF_8));
 *   Optional<Exit> exit = child.waitFor(Duration.ofSeconds(30));   // empty: timed out
 * }                                                                // close(): stop the whole tree
 * }</pre>
 *
 * <h2>Output</h2>
 *
 * stdout and stderr are each read by a daemon thread named {@code kiro4j-<name>-<pid>-stdout} (or
 * {@code -stderr}) that hands the bytes to an {@link OutputHandler} until end of stream, so the
 * child never blocks on a full pipe. {@link OutputHandler#discard()} sends the stream to the null
 * device instead.
 *
 * <h2>Finishing</h2>
 *
 * The process has <em>finished</em> when it has exited and both output streams have ended; {@link
 * #waitFor(Duration)} and {@link #onExit()} report that. Everything the process itself wrote before
 * it exited is delivered. A background process that inherited stdout (as in {@code bash -c 'sleep
 * 60 &'}) is another matter: the JDK closes its end of the pipe when the process exits unless a
 * read is in progress at that moment, so the streams end either then or only when that background
 * process closes them. Do not rely on either; {@link #stop} ends such processes.
 *
 * <h2>Stopping</h2>
 *
 * {@link #stop(StopPolicy)} (and {@link #close()}, which uses {@link StopPolicy#defaults()}):
 *
 * <ol>
 *   <li>closes stdin and waits {@link StopPolicy#stdinGrace()} for the process to exit;
 *   <li>sends SIGTERM to the tree and waits {@link StopPolicy#termGrace()};
 *   <li>sends SIGKILL to whatever is left, up to three rounds with a fresh snapshot each, within
 *       {@link StopPolicy#killGrace()};
 *   <li>waits {@link StopPolicy#outputDrain()} for the output pumps to finish.
 * </ol>
 *
 * The tree is the process, every descendant seen in any snapshot, and, on Linux, every member of
 * its process group: there the child is started in a new process group (through {@code setsid}, or
 * through {@code timeout 0} for {@link ProcessSpec.Isolation#PROCESS_GROUP}), and the group is
 * signalled at once with {@code kill -s SIG -- -pgid} before each process is signalled on its own,
 * leaves first. Other systems signal process by process. A stop also stops what the process left
 * behind in its group when it had already exited. The process itself is always reaped (by the JDK).
 * <b>Limit:</b> a process that daemonizes itself (forks, leaves the group with {@code setsid}, and
 * lets its parent exit) is beyond reach and survives.
 *
 * <h2>Lifecycle and threads</h2>
 *
 * A {@code ChildProcess} owns a process and threads: it must be closed. {@code close()} is
 * idempotent, and every method is thread-safe. Nothing here reads or logs environment values.
 */
public final class ChildProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
  private static final int KILL_ROUNDS = 3;

  private final ProcessSpec spec;
  private final Process process;
  private final Platform platform;
  private final OptionalLong groupId;
  private final String description;
  private final StdinStream stdin;
  private final List<OutputPump> pumps = new ArrayList<>(2);
  private final List<Thread> pumpThreads = new ArrayList<>(2);
  private final CompletableFuture<Exit> finished = new CompletableFuture<>();
  private final AtomicInteger pendingParts = new AtomicInteger(1);
  private final Object rootLock = new Object();
  private final Object stopLock = new Object();
  private volatile Exit.Ending escalation = Exit.Ending.EXITED;
  private volatile Exit rootExit;
  private Exit stopped; // guarded by stopLock

  private ChildProcess(
      ProcessSpec spec,
      Process process,
      Platform platform,
      OptionalLong groupId,
      OutputHandler stdout,
      OutputHandler stderr) {
    this.spec = spec;
    this.process = process;
    this.platform = platform;
    this.groupId = groupId;
    this.description = spec.name() + " (pid " + process.pid() + ")";
    this.stdin = new StdinStream(process.getOutputStream(), description);
    addPump(process.getInputStream(), stdout, "stdout");
    addPump(process.getErrorStream(), stderr, "stderr");
  }

  /**
   * Starts {@code spec} and begins pumping its output to the handlers.
   *
   * @param spec what to start
   * @param stdout receives standard output
   * @param stderr receives standard error
   * @return the running process; close it
   * @throws IOException if the process cannot start (no such program, not executable, no such
   *     working directory); the message names {@code argv[0]} and none of the other arguments
   */
  public static ChildProcess start(ProcessSpec spec, OutputHandler stdout, OutputHandler stderr)
      throws IOException {
    return start(spec, stdout, stderr, Platform.detected());
  }

  static ChildProcess start(
      ProcessSpec spec, OutputHandler stdout, OutputHandler stderr, Platform platform)
      throws IOException {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    String program = spec.program();
    ProcessBuilder builder = new ProcessBuilder();
    Map<String, String> environment = builder.environment();
    if (!spec.inheritEnvironment()) {
      environment.clear();
    }
    environment.putAll(spec.environment());
    Path directory = spec.workingDirectory().orElse(null);
    if (directory != null) {
      if (!Files.isDirectory(directory)) {
        throw new IOException(
            "cannot start '" + program + "': working directory " + directory + " does not exist");
      }
      builder.directory(directory.toFile());
    }
    ProcessSpec.Isolation isolation = platform.isolation(spec.isolation());
    List<String> launcher = launcher(isolation, platform);
    boolean grouped = !launcher.isEmpty();
    builder.command(command(spec, environment, directory, launcher));
    if (stdout instanceof Discard) {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    if (stderr instanceof Discard) {
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException("cannot start '" + program + "': " + reason(e), e);
    }
    OptionalLong groupId = grouped ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    ChildProcess child = new ChildProcess(spec, process, platform, groupId, stdout, stderr);
    child.begin();
    LOG.debug(
        "started {} with {} argument(s), environment overrides {}{}",
        child.description,
        spec.argv().size() - 1,
        spec.environment().keySet(),
        grouped
            ? isolation == ProcessSpec.Isolation.SESSION
                ? ", in its own session"
                : ", in its own process group of this session"
            : "");
    return child;
  }

  /**
   * The program that starts the child in its own process group, with its arguments before {@code
   * argv}: {@code setsid} (new session) or {@code timeout -- 0} (new group in this session, no time
   * limit); empty where neither is available.
   */
  private static List<String> launcher(ProcessSpec.Isolation isolation, Platform platform) {
    if (Platform.isWindows()) {
      return List.of();
    }
    // "--" ends the launcher's options, so a program named "-x" is still the program.
    if (isolation == ProcessSpec.Isolation.PROCESS_GROUP) {
      return List.of(platform.timeout().orElseThrow().toString(), "--", "0");
    }
    return platform.setsid().map(setsid -> List.of(setsid.toString(), "--")).orElse(List.of());
  }

  private static List<String> command(
      ProcessSpec spec, Map<String, String> environment, Path directory, List<String> launcher)
      throws IOException {
    List<String> argv = spec.argv();
    if (Platform.isWindows()) {
      // Windows resolves programs with PATHEXT (npx -> npx.cmd): leave it to the JDK.
      return argv;
    }
    String program = spec.program();
    Path cwd = (directory != null ? directory : Path.of("")).toAbsolutePath();
    Path executable = ExecutableLookup.find(program, environment.get("PATH"), cwd);
    List<String> command = new ArrayList<>(argv.size() + 4);
    if (!launcher.isEmpty()) {
      // setsid and timeout run execvp themselves, with the child's PATH; argv[0] stays as given.
      command.addAll(launcher);
      command.addAll(argv);
      return command;
    }
    // The JDK searches this JVM's PATH; when the child's differs, hand it the file the child's
    // PATH names (upstream's Rust Command does the same).
    if (program.indexOf('/') < 0
        && !Objects.equals(environment.get("PATH"), System.getenv("PATH"))) {
      command.add(executable.toString());
      command.addAll(argv.subList(1, argv.size()));
      return command;
    }
    return argv;
  }

  private static String reason(IOException e) {
    // The JDK says 'Cannot run program "x" (in directory "d"): error=2, No such file or
    // directory'; keep the part after the program, which names nothing else.
    String message = String.valueOf(e.getMessage());
    int error = message.indexOf("error=");
    return error >= 0 ? message.substring(error) : message;
  }

  private void addPump(InputStream stream, OutputHandler handler, String streamName) {
    if (handler instanceof Discard) {
      return;
    }
    OutputPump pump =
        new OutputPump(stream, handler, streamName + " of " + description, this::partDone);
    Thread thread = new Thread(pump, threadName(streamName));
    thread.setDaemon(true);
    pumps.add(pump);
    pumpThreads.add(thread);
    pendingParts.incrementAndGet();
  }

  private String threadName(String purpose) {
    return "kiro4j-" + spec.name() + "-" + process.pid() + "-" + purpose;
  }

  private void begin() {
    for (Thread thread : pumpThreads) {
      thread.start();
    }
    process.onExit().whenComplete((ignored, failure) -> recordRootExit());
  }

  /** Records how the root ended, once: the escalation in force when its exit was seen. */
  private Exit recordRootExit() {
    boolean first = false;
    synchronized (rootLock) {
      if (rootExit == null) {
        rootExit = Exit.of(process.exitValue(), escalation);
        first = true;
      }
    }
    if (first) {
      LOG.debug("{} exited with {} ({})", description, rootExit.exitValue(), rootExit.ending());
      partDone();
    }
    return rootExit;
  }

  /** The root's exit and each pump's end are parts; the last one completes {@link #finished}. */
  private void partDone() {
    if (pendingParts.decrementAndGet() == 0) {
      finished.complete(rootExit);
    }
  }

  /** The spec this process was started from. */
  public ProcessSpec spec() {
    return spec;
  }

  /**
   * The operating system's id of the process started: on Linux also its process group's id. With
   * {@link ProcessSpec.Isolation#PROCESS_GROUP} it is the {@code timeout} process that runs {@code
   * argv} as its child.
   */
  public long pid() {
    return process.pid();
  }

  /** True until the process has exited (its descendants and output streams may live on). */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * The child's stdin. Each write is flushed at once; writes from several threads do not
   * interleave; a write to a child that does not read blocks once the pipe is full. Closing it
   * sends end of file. Writing after the process has exited fails with an {@link IOException}.
   */
  public OutputStream stdin() {
    return stdin;
  }

  /**
   * Writes {@code data} to stdin, then closes it, on a daemon thread named {@code
   * kiro4j-<name>-<pid>-stdin}, so a child that never reads cannot block the caller (a hook's
   * timeout still applies).
   *
   * @param data the bytes to write; copied
   * @return completes when stdin is closed; completes exceptionally if writing failed, for example
   *     because the child exited without reading (which a caller may well ignore)
   */
  public CompletableFuture<Void> writeStdinAndClose(byte[] data) {
    byte[] copy = Objects.requireNonNull(data, "data").clone();
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                stdin.write(copy);
                stdin.close();
                done.complete(null);
              } catch (IOException e) {
                stdin.closeForStop();
                LOG.debug("writing stdin of {} failed", description, e);
                done.completeExceptionally(e);
              }
            },
            threadName("stdin"));
    writer.setDaemon(true);
    writer.start();
    return done;
  }

  /**
   * Waits up to {@code timeout} for the process to finish: to exit and have its output streams end
   * (or for a {@link #stop} to give up on them).
   *
   * @return how it ended, or empty if it has not finished within {@code timeout}
   * @throws InterruptedIOException if the thread was interrupted (the flag stays set)
   */
  public Optional<Exit> waitFor(Duration timeout) throws InterruptedIOException {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
    }
    long nanos = timeout.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE : timeout.toNanos();
    try {
      return Optional.of(finished.get(nanos, TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting for " + description);
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      // finished is only ever completed normally.
      throw new IllegalStateException("unexpected failure waiting for " + description, e);
    }
  }

  /**
   * Completes when the process has finished (see {@link #waitFor(Duration)}) or a stop has ended.
   * Dependent actions may run on an internal thread: use the {@code *Async} variants for slow work.
   * Completing the returned future does not affect this process.
   */
  public CompletableFuture<Exit> onExit() {
    return finished.copy();
  }

  /**
   * Stops the process and every process it started, within about {@link StopPolicy#total()}: see
   * the class documentation for the sequence. Returns at once if the process had already been
   * stopped; the first stop's policy and result stand. An interrupt skips the remaining grace
   * periods (processes are still killed) and stays set.
   *
   * @return how the process ended
   */
  public Exit stop(StopPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    synchronized (stopLock) {
      if (stopped == null) {
        stopped = doStop(policy);
      }
      return stopped;
    }
  }

  /** {@link #stop(StopPolicy) Stops} with {@link StopPolicy#defaults()}. Idempotent. */
  @Override
  public void close() {
    stop(StopPolicy.defaults());
  }

  private Exit doStop(StopPolicy policy) {
    long started = System.nanoTime();
    ProcessTree tree = new ProcessTree(process, groupId, platform);
    // A root that exited before the stop cannot start anything new: one snapshot sees its whole
    // tree. Scanning /proc is the costly part of a stop, so a clean exit pays for it once.
    boolean rootExitedBefore = !process.isAlive();
    // Before stdin closes: once the root exits, its children no longer show up as descendants.
    // A root with no child has no descendants to lose; its group is scanned after it exits.
    if (!(process.isAlive() && platform.surelyChildless(process.pid()))) {
      tree.snapshot();
    }
    if (stdin.closeForStop()) {
      tree.awaitRoot(deadline(policy.stdinGrace()));
    }

    if (!rootExitedBefore) {
      tree.snapshot();
    }
    boolean signalled = false;
    if (tree.anyRunning()) {
      signalled = true;
      if (process.isAlive()) {
        escalation = Exit.Ending.TERMINATED;
      }
      LOG.debug("sending SIGTERM to {} and its tree", description);
      tree.signal(Signal.TERM);
      tree.awaitAllGone(deadline(policy.termGrace()));
    }

    long killDeadline = deadline(policy.killGrace());
    for (int round = 1; round <= KILL_ROUNDS; round++) {
      // A fresh snapshot each round: a process handling SIGTERM may have started new ones.
      if (signalled) {
        tree.snapshot();
      }
      if (!tree.anyRunning()) {
        break;
      }
      signalled = true;
      if (process.isAlive()) {
        escalation = Exit.Ending.KILLED;
      }
      LOG.debug("sending SIGKILL to {} and its tree (round {})", description, round);
      tree.signal(Signal.KILL);
      tree.awaitKilled(killDeadline);
    }
    int survivors = tree.running().size() + (process.isAlive() ? 1 : 0);
    if (survivors > 0) {
      LOG.warn(
          "{}: {} process(es) still running after SIGKILL and {}", description, survivors, policy);
    }

    if (!process.isAlive()) {
      recordRootExit();
    }
    drainOutput(deadline(policy.outputDrain()), tree);
    finished.complete(process.isAlive() ? Exit.survived() : recordRootExit());
    if (tree.interrupted()) {
      Thread.currentThread().interrupt();
    }
    Exit exit = finished.join();
    LOG.debug(
        "stopped {}: {} after {} ms",
        description,
        exit,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    return exit;
  }

  private void drainOutput(long deadline, ProcessTree tree) {
    for (Thread thread : pumpThreads) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0 || tree.interrupted()) {
        break;
      }
      try {
        TimeUnit.NANOSECONDS.timedJoin(thread, remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    boolean open = false;
    for (int i = 0; i < pumps.size(); i++) {
      if (pumpThreads.get(i).isAlive()) {
        pumps.get(i).detach();
        open = true;
      }
    }
    if (open) {
      // Someone outside the tree (a daemonized process) still holds the pipe.
      LOG.debug("output of {} still open after stop; dropping the rest", description);
    }
  }

  private static long deadline(Duration duration) {
    long nanos =
        duration.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 4 : duration.toNanos();
    return System.nanoTime() + nanos;
  }

  @Override
  public String toString() {
    return "ChildProcess[" + description + (process.isAlive() ? ", alive" : ", exited") + "]";
  }
}
