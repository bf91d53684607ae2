package io.kiro4j.core.diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics while one loader runs. Not thread-safe: each load uses its own collector and
 * hands an immutable {@link #toList() copy} to its result.
 *
 * <p>A collector may carry a cap so hostile input cannot fill memory with diagnostics; once the cap
 * is reached, one final {@code CORE-001} diagnostic says how many were dropped.
 */
public final class Diagnostics {

  private static final int DEFAULT_CAP = 10_000;

  private final List<Diagnostic> items = new ArrayList<>();
  private final int cap;
  private int dropped;
  private Path lastDroppedPath;

  /** A collector with the default cap of 10,000 diagnostics. */
  public Diagnostics() {
    this(DEFAULT_CAP);
  }

  /** A collector that keeps at most {@code cap} diagnostics. */
  public Diagnostics(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be at least 1, got " + cap);
    }
    this.cap = cap;
  }

  /**
   * Adds one diagnostic. Past the cap it is only counted, except a {@code CORE-001} from another
   * collector: loaders hand their own capped lists to an enclosing collector, and the count that
   * diagnostic carries would otherwise become "1 more dropped".
   */
  public void add(Diagnostic diagnostic) {
    if (items.size() < cap || isDropNote(diagnostic)) {
      items.add(diagnostic);
    } else {
      dropped++;
      lastDroppedPath = diagnostic.path();
    }
  }

  private static boolean isDropNote(Diagnostic diagnostic) {
    return diagnostic.code().equals(CoreCode.TOO_MANY_DIAGNOSTICS.id());
  }

  /** Adds a diagnostic with the code's usual severity. */
  public void add(DiagnosticCode code, Path path, int line, int column, String message) {
    add(Diagnostic.of(code, path, line, column, message));
  }

  /** Adds every diagnostic of {@code others}. */
  public void addAll(Iterable<Diagnostic> others) {
    for (Diagnostic d : others) {
      add(d);
    }
  }

  /** True when at least one error-severity diagnostic was added. */
  public boolean hasErrors() {
    return anyError(items);
  }

  /**
   * True when {@code diagnostics} holds an error-severity diagnostic: the one test every result's
   * {@code hasErrors()} makes. A loop, not a stream: loaders ask on every file, cold JVMs included.
   *
   * @since 0.2
   */
  public static boolean anyError(Iterable<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }

  /** True when nothing was added. */
  public boolean isEmpty() {
    return items.isEmpty() && dropped == 0;
  }

  /** An immutable copy of what was collected, in the order added. */
  public List<Diagnostic> toList() {
    if (dropped == 0) {
      return List.copyOf(items);
    }
    List<Diagnostic> all = new ArrayList<>(items);
    all.add(
        Diagnostic.ofFile(
            CoreCode.TOO_MANY_DIAGNOSTICS,
            lastDroppedPath,
            dropped + " more diagnostics were dropped after the first " + cap));
    return List.copyOf(all);
  }
}
