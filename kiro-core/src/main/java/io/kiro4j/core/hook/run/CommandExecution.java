package io.kiro4j.core.hook.run;

import io.kiro4j.core.process.BoundedCapture;
import io.kiro4j.core.process.ChildProcess;
import io.kiro4j.core.process.Exit;
import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.core.process.StopPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Runs one command on a supervised {@link ChildProcess}, blocking the calling (pool) thread. */
final class CommandExecution {

  /**
   * After the shell exits, how long its output may take to end: a background process that kept
   * stdout open must not hold the hook (it is stopped with the tree).
   */
  private static final Duration OUTPUT_GRACE = Duration.ofMillis(500);

  private CommandExecution() {}

  static List<String> shell(String command) {
    return System.getProperty("os.name", "").startsWith("Windows")
        ? List.of("cmd", "/C", command)
        : List.of("bash", "-c", command);
  }

  static CommandResult run(
      CommandRequest request, Map<String, String> baseEnvironment, StopPolicy stopPolicy) {
    long started = System.nanoTime();
    BoundedCapture out = BoundedCapture.withLimit(request.maxOutputSize());
    BoundedCapture err = BoundedCapture.withLimit(request.maxOutputSize());
    ProcessSpec spec =
        ProcessSpec.builder(shell(request.command()))
            .name("hook")
            .workingDirectory(request.workingDirectory())
            .environment(baseEnvironment)
            .environment(request.environment())
            .build();
    ChildProcess child;
    try {
      child = ChildProcess.start(spec, out, err);
    } catch (IOException e) {
      return new CommandResult(
          OptionalInt.empty(),
          false,
          "",
          "",
          false,
          false,
          elapsed(started),
          Optional.of("failed to execute command: " + e.getMessage()),
          false);
    }
    boolean timedOut = false;
    Exit exit;
    try {
      child.writeStdinAndClose(request.stdin().getBytes(StandardCharsets.UTF_8));
      timedOut = !awaitShell(child, request.timeout());
      if (!timedOut) {
        child.waitFor(OUTPUT_GRACE);
      }
    } catch (InterruptedIOException e) {
      // The flag stays set; the stop below still kills the tree.
      timedOut = false;
    } finally {
      // Always: the shell may have left children behind.
      exit = child.stop(stopPolicy);
    }
    boolean endedByItself = exit.ending() == Exit.Ending.EXITED;
    OptionalInt code = endedByItself && !timedOut ? exit.exitValue() : OptionalInt.empty();
    return new CommandResult(
        code,
        timedOut,
        out.text(),
        err.text(),
        out.truncated(),
        err.truncated(),
        elapsed(started),
        Optional.empty(),
        false);
  }

  /**
   * Waits for the shell itself to exit; false when {@code timeout} (non-zero) ran out first. The
   * usual case returns as soon as the process has finished (exited, output ended); a shell whose
   * background child still holds its output is noticed by polling, at most 50 ms late.
   */
  private static boolean awaitShell(ChildProcess child, Duration timeout)
      throws InterruptedIOException {
    long deadline = timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    long step = TimeUnit.MILLISECONDS.toNanos(5);
    while (true) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return !child.isAlive();
      }
      if (child.waitFor(Duration.ofNanos(Math.min(step, remaining))).isPresent()
          || !child.isAlive()) {
        return true;
      }
      step = Math.min(step * 2, TimeUnit.MILLISECONDS.toNanos(50));
    }
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
