package io.kiro4j.core.hook.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a hook command ended.
 *
 * <p>Immutable and thread-safe.
 *
 * @param exitCode the exit code; empty when it timed out, could not start, or survived the stop (a
 *     death by signal N reads {@code 128 + N})
 * @param timedOut true when the timeout ran out and the process tree was stopped
 * @param stdout the first {@code maxOutputSize} bytes of stdout, UTF-8 (malformed bytes become
 *     U+FFFD; a character cut at the limit is left out)
 * @param stderr the same for stderr
 * @param stdoutTruncated stdout had more bytes than the limit
 * @param stderrTruncated stderr had more bytes than the limit
 * @param duration from start to the end of the stop
 * @param failure why the command could not start, if it could not
 * @param cached true when this is a cached earlier result and nothing ran
 */
public record CommandResult(
    OptionalInt exitCode,
    boolean timedOut,
    String stdout,
    String stderr,
    boolean stdoutTruncated,
    boolean stderrTruncated,
    Duration duration,
    Optional<String> failure,
    boolean cached) {

  public CommandResult {
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(failure, "failure");
  }

  /** True for exit code 0 (and no timeout). */
  public boolean succeeded() {
    return !timedOut && exitCode.isPresent() && exitCode.getAsInt() == 0;
  }

  /** This result marked as served from the cache. */
  CommandResult asCached() {
    return new CommandResult(
        exitCode,
        timedOut,
        stdout,
        stderr,
        stdoutTruncated,
        stderrTruncated,
        Duration.ZERO,
        failure,
        true);
  }
}
