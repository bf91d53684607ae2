package io.kiro4j.mcp.internal.jsonrpc;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in the order they were handed over, on threads borrowed from an
 * executor: the reader thread hands notifications here so that a listener that blocks (or calls the
 * server and waits) never holds up the responses behind it, and listeners still see the server's
 * order. No thread is held while the lane is empty.
 *
 * <p>Thread-safe.
 */
final class EventLane implements Executor {

  private static final Logger LOG = LoggerFactory.getLogger(EventLane.class);

  private final Executor threads;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  EventLane(Executor threads) {
    this.threads = threads;
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    schedule();
  }

  private void schedule() {
    if (tasks.isEmpty() || !draining.compareAndSet(false, true)) {
      return;
    }
    try {
      threads.execute(this::drain);
    } catch (RejectedExecutionException e) {
      // Closed: run what is left here, so no response queued behind a notification is lost.
      drain();
    }
  }

  private void drain() {
    try {
      Runnable task;
      while ((task = tasks.poll()) != null) {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.warn("event task failed", e);
        }
      }
    } finally {
      draining.set(false);
    }
    // A task added after the last poll but before the flag was cleared found the lane busy.
    schedule();
  }
}
