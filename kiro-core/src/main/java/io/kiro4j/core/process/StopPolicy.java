package io.kiro4j.core.process;

import java.time.Duration;
import java.util.Objects;

/**
 * How long {@link ChildProcess#stop(StopPolicy)} waits at each step before it escalates.
 *
 * <ol>
 *   <li>close stdin, then wait up to {@link #stdinGrace()} for the process to exit (skipped when
 *       stdin was already closed, since closing it again changes nothing);
 *   <li>send SIGTERM to the process tree, then wait up to {@link #termGrace()};
 *   <li>send SIGKILL to whatever is left, taking a new snapshot of the tree up to three times,
 *       waiting up to {@link #killGrace()} in all;
 *   <li>wait up to {@link #outputDrain()} for the output pumps to deliver the last bytes.
 * </ol>
 *
 * <p>So a stop returns after roughly the sum of the four durations at most. The defaults (2 s, 2 s,
 * 2 s, 1 s) follow the MCP stdio shutdown sequence. Zero durations are allowed: {@code
 * StopPolicy.builder().stdinGrace(Duration.ZERO).termGrace(Duration.ZERO).build()} kills at once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stdinGrace wait after closing stdin
 * @param termGrace wait after SIGTERM
 * @param killGrace total wait after SIGKILL, over all rounds
 * @param outputDrain wait for the output pumps once the processes are gone
 */
public record StopPolicy(
    Duration stdinGrace, Duration termGrace, Duration killGrace, Duration outputDrain) {

  private static final StopPolicy DEFAULTS =
      new StopPolicy(
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          Duration.ofSeconds(2),
          Duration.ofSeconds(1));

  public StopPolicy {
    check(stdinGrace, "stdinGrace");
    check(termGrace, "termGrace");
    check(killGrace, "killGrace");
    check(outputDrain, "outputDrain");
  }

  /** 2 s after closing stdin, 2 s after SIGTERM, 2 s after SIGKILL, 1 s to drain output. */
  public static StopPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the {@link #defaults()}. */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The longest a stop with this policy waits in all. */
  public Duration total() {
    return stdinGrace.plus(termGrace).plus(killGrace).plus(outputDrain);
  }

  private static Duration check(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
    return value;
  }

  /** Builds a {@link StopPolicy}. Not thread-safe. */
  public static final class Builder {
    private Duration stdinGrace;
    private Duration termGrace;
    private Duration killGrace;
    private Duration outputDrain;

    private Builder(StopPolicy from) {
      stdinGrace = from.stdinGrace;
      termGrace = from.termGrace;
      killGrace = from.killGrace;
      outputDrain = from.outputDrain;
    }

    /** Wait after closing stdin. */
    public Builder stdinGrace(Duration stdinGrace) {
      this.stdinGrace = check(stdinGrace, "stdinGrace");
      return this;
    }

    /** Wait after SIGTERM. */
    public Builder termGrace(Duration termGrace) {
      this.termGrace = check(termGrace, "termGrace");
      return this;
    }

    /** Total wait after SIGKILL. */
    public Builder killGrace(Duration killGrace) {
      this.killGrace = check(killGrace, "killGrace");
      return this;
    }

    /** Wait for the output pumps once the processes are gone. */
    public Builder outputDrain(Duration outputDrain) {
      this.outputDrain = check(outputDrain, "outputDrain");
      return this;
    }

    /** The policy. */
    public StopPolicy build() {
      return new StopPolicy(stdinGrace, termGrace, killGrace, outputDrain);
    }
  }
}
