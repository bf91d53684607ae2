package io.kiro4j.core.process;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a {@link ChildProcess} ended.
 *
 * <p>{@link #ending()} says how far {@link ChildProcess#stop(StopPolicy) stop} had escalated when
 * the process was seen to exit: {@link Ending#EXITED} if it ended by itself (or after its stdin was
 * closed), {@link Ending#TERMINATED} after SIGTERM, {@link Ending#KILLED} after SIGKILL, and {@link
 * Ending#SURVIVED} if it was still alive when every grace period had run out (a process stuck in
 * the kernel); only then is {@link #exitValue()} empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param exitValue the exit value as Java reports it; on Unix a death by signal N reads {@code 128
 *     + N}; empty only for {@link Ending#SURVIVED}
 * @param ending how it ended
 */
public record Exit(OptionalInt exitValue, Ending ending) {

  /** How far the stop sequence had gone when the process ended. */
  public enum Ending {
    /** Ended by itself, or after its stdin was closed. */
    EXITED,
    /** Ended after SIGTERM. */
    TERMINATED,
    /** Ended after SIGKILL. */
    KILLED,
    /** Still alive after the last grace period; the JDK reaps it whenever it does end. */
    SURVIVED
  }

  public Exit {
    Objects.requireNonNull(exitValue, "exitValue");
    Objects.requireNonNull(ending, "ending");
    if (exitValue.isPresent() == (ending == Ending.SURVIVED)) {
      throw new IllegalArgumentException(
          "exitValue must be empty exactly when the process survived, got "
              + exitValue
              + " with "
              + ending);
    }
  }

  static Exit of(int exitValue, Ending ending) {
    return new Exit(OptionalInt.of(exitValue), ending);
  }

  static Exit survived() {
    return new Exit(OptionalInt.empty(), Ending.SURVIVED);
  }

  /** True if the process ended by itself with exit value 0. */
  public boolean isSuccess() {
    return ending == Ending.EXITED && exitValue.getAsInt() == 0;
  }

  /**
   * The signal that ended the process, when the exit value has the {@code 128 + N} form Java uses
   * for a death by signal on Unix. A process that called {@code exit(128 + N)} itself looks the
   * same, so treat this as a hint.
   */
  public OptionalInt signal() {
    if (exitValue.isPresent()) {
      int value = exitValue.getAsInt();
      if (value > 128 && value <= 128 + 64) {
        return OptionalInt.of(value - 128);
      }
    }
    return OptionalInt.empty();
  }
}
