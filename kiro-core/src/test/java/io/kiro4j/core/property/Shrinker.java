package io.kiro4j.core.property;

import java.util.Arrays;

/**
 * Makes a failing try simpler while it keeps failing the same way (same exception class). It works
 * on the recorded choices only: deletes runs of 8, 4, 2 and 1 choices (whole elements, characters,
 * branches), sets runs to 0, then lowers each choice by bisection. A candidate counts only when its
 * choices are shorter, or as long and smaller at the first difference, so shrinking always ends; a
 * budget of evaluations and time bounds it anyway.
 */
final class Shrinker<T> {

  private static final int MAX_EVALUATIONS = 5_000;
  private static final long MAX_NANOS = 20_000_000_000L;

  private final Gen<T> gen;
  private final Property.Body<T> body;
  private final Class<?> errorClass;
  private final long deadline = System.nanoTime() + MAX_NANOS;
  private Outcome<T> best;
  private int evaluations;
  private int steps;

  Shrinker(Gen<T> gen, Property.Body<T> body, Outcome<T> failure) {
    this.gen = gen;
    this.body = body;
    this.errorClass = failure.error().getClass();
    this.best = failure;
  }

  /** The simplest failing try found. */
  Outcome<T> shrink() {
    boolean improved = true;
    while (improved && withinBudget()) {
      improved = deleteRuns() | zeroRuns() | lowerEach();
    }
    return best;
  }

  /** How many times a simpler failing value was found. */
  int steps() {
    return steps;
  }

  private boolean deleteRuns() {
    boolean improved = false;
    for (int k = 8; k >= 1; k /= 2) {
      for (int i = best.choices().length - k; i >= 0 && withinBudget(); i--) {
        long[] c = best.choices();
        if (i + k > c.length) {
          continue;
        }
        long[] candidate = new long[c.length - k];
        System.arraycopy(c, 0, candidate, 0, i);
        System.arraycopy(c, i + k, candidate, i, c.length - i - k);
        improved |= accept(candidate);
      }
    }
    return improved;
  }

  private boolean zeroRuns() {
    boolean improved = false;
    for (int k = 8; k >= 1; k /= 2) {
      for (int i = best.choices().length - k; i >= 0 && withinBudget(); i--) {
        long[] c = best.choices();
        if (i + k > c.length || allZero(c, i, i + k)) {
          continue;
        }
        long[] candidate = c.clone();
        Arrays.fill(candidate, i, i + k, 0);
        improved |= accept(candidate);
      }
    }
    return improved;
  }

  private boolean lowerEach() {
    boolean improved = false;
    for (int i = 0; i < best.choices().length && withinBudget(); i++) {
      long value = best.choices()[i];
      if (value == 0 || accept(with(i, 0))) {
        improved |= value != 0;
        continue;
      }
      // Invariant: lo passes (or does not shrink), hi fails.
      long lo = 0;
      long hi = value;
      while (hi - lo > 1 && withinBudget() && i < best.choices().length) {
        long mid = lo + (hi - lo) / 2;
        if (accept(with(i, mid))) {
          hi = mid;
          improved = true;
        } else {
          lo = mid;
        }
      }
    }
    return improved;
  }

  private long[] with(int index, long value) {
    long[] candidate = best.choices().clone();
    if (index < candidate.length) {
      candidate[index] = value;
    }
    return candidate;
  }

  private boolean accept(long[] candidate) {
    evaluations++;
    Outcome<T> outcome = Outcome.of(gen, Source.replay(candidate), body);
    if (outcome.failed()
        && outcome.error().getClass() == errorClass
        && simpler(outcome.choices(), best.choices())) {
      best = outcome;
      steps++;
      return true;
    }
    return false;
  }

  private boolean withinBudget() {
    return evaluations < MAX_EVALUATIONS && System.nanoTime() < deadline;
  }

  static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return a[i] < b[i];
      }
    }
    return false;
  }

  private static boolean allZero(long[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (c[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
