package io.kiro4j.core.hook.run;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one command hook did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the hook's name
 * @param source {@code ide} or {@code agent}
 * @param exitCode its exit code; empty when it timed out or could not start
 * @param timedOut true when it ran out of time and was stopped
 * @param truncated true when the reported output was cut at the limit
 * @param duration how long it ran
 * @param output stdout after exit 0, stderr otherwise (or why it could not start)
 * @param cached true when the result came from the cache
 */
public record HookResult(
    String name,
    String source,
    OptionalInt exitCode,
    boolean timedOut,
    boolean truncated,
    Duration duration,
    String output,
    boolean cached) {

  public HookResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(output, "output");
  }
}
