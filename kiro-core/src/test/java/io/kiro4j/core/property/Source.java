package io.kiro4j.core.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where a generator's choices come from: every random decision a {@link Gen} makes is one call of
 * {@link #draw(long)}, and the source records the answers. Shrinking works on that record alone
 * (delete runs of choices, lower them towards 0) and replays it, so every generator — mapped,
 * filtered, recursive — shrinks without code of its own. Generators are written so that a smaller
 * choice means a simpler value (0: the first alternative, the lowest number, "no more elements").
 *
 * <p>The idea is Hypothesis's (choice sequences instead of per-type shrinkers); the code is ours.
 */
public final class Source {

  /** How a source answers {@link #draw(long)}. */
  enum Mode {
    /** Random, with the ends of each range mixed in (1 in 16 each). */
    RANDOM,
    /** Always 0: the simplest value every generator can make. */
    MINIMAL,
    /** Always the largest choice: longest lists, last alternatives, highest numbers. */
    MAXIMAL,
    /** The recorded choices of an earlier run; 0 once they run out. */
    REPLAY
  }

  /** A draw can't be made: the generator asked for more choices than a run may make. */
  static final class Overrun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overrun() {
      super("a generated value needed more than " + MAX_CHOICES + " choices", null, false, false);
    }
  }

  /**
   * Generous enough for the largest value a property here generates, small enough to bound memory.
   */
  static final int MAX_CHOICES = 200_000;

  private final Mode mode;
  private final SplittableRandom random;
  private final long[] replay;
  private long[] recorded = new long[64];
  private int size;

  private Source(Mode mode, SplittableRandom random, long[] replay) {
    this.mode = mode;
    this.random = random;
    this.replay = replay;
  }

  static Source random(SplittableRandom random) {
    return new Source(Mode.RANDOM, random, null);
  }

  static Source minimal() {
    return new Source(Mode.MINIMAL, null, null);
  }

  static Source maximal() {
    return new Source(Mode.MAXIMAL, null, null);
  }

  static Source replay(long[] choices) {
    return new Source(Mode.REPLAY, null, choices);
  }

  /**
   * One choice in {@code [0, bound)}; {@code bound} must be positive. Smaller answers must mean
   * simpler values: that is the whole contract between generators and the shrinker.
   */
  public long draw(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return choose(bound - 1);
  }

  /** One choice in {@code [0, max]}, {@code max} up to {@link Long#MAX_VALUE}. */
  public long choose(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    long value;
    switch (mode) {
      case MINIMAL:
        value = 0;
        break;
      case MAXIMAL:
        value = max;
        break;
      case REPLAY:
        value = size < replay.length ? Math.min(replay[size], max) : 0;
        break;
      default:
        int edge = random.nextInt(16);
        value =
            edge == 0
                ? 0
                : edge == 1
                    ? max
                    : max == Long.MAX_VALUE
                        ? random.nextLong() & Long.MAX_VALUE
                        : random.nextLong(max + 1);
    }
    record(value);
    return value;
  }

  /** A choice in {@code [0, bound)} as an int. */
  public int draw(int bound) {
    return (int) draw((long) bound);
  }

  /** The choices made so far, in order. */
  long[] choices() {
    return Arrays.copyOf(recorded, size);
  }

  private void record(long value) {
    if (size == MAX_CHOICES) {
      throw new Overrun();
    }
    if (size == recorded.length) {
      recorded = Arrays.copyOf(recorded, Math.min(MAX_CHOICES, size * 2));
    }
    recorded[size++] = value;
  }
}
