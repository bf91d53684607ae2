package io.kiro4j.core.turn;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the turn was cancelled, for an executor that can stop early: poll {@link #isCancelled()}
 * or register what stops the work with {@link #onCancel(Runnable)} (kiro-mcp cancels the MCP
 * request).
 *
 * <p>Thread-safe: {@link Turn#cancel()} may be called from any thread.
 *
 * @since 0.2
 */
public final class Cancellation {

  private final List<Runnable> callbacks = new ArrayList<>();
  private boolean cancelled;

  Cancellation() {}

  /** True once the turn is cancelled. */
  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /**
   * Runs {@code callback} when the turn is cancelled (at once, on this thread, if it already is).
   * Callbacks run on the cancelling thread and must not block.
   */
  public void onCancel(Runnable callback) {
    boolean now;
    synchronized (this) {
      now = cancelled;
      if (!now) {
        callbacks.add(callback);
      }
    }
    if (now) {
      callback.run();
    }
  }

  void cancel() {
    List<Runnable> run;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      run = List.copyOf(callbacks);
      callbacks.clear();
    }
    run.forEach(Runnable::run);
  }
}
