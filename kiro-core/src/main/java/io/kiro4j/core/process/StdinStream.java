package io.kiro4j.core.process;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The child's stdin as handed to callers: every write is flushed at once (JSON-RPC lines must not
 * wait in a buffer), writes from several threads do not interleave, and {@link #closeForStop()}
 * never blocks even while another thread is stuck writing to a child that does not read.
 */
final class StdinStream extends OutputStream {

  private final OutputStream pipe;
  private final String description;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile boolean closed;
  private boolean pipeClosed; // guarded by lock

  StdinStream(OutputStream pipe, String description) {
    this.pipe = pipe;
    this.description = description;
  }

  @Override
  public void write(int b) throws IOException {
    lock.lock();
    try {
      ensureOpen();
      pipe.write(b);
      pipe.flush();
    } finally {
      closePipeIfRequested();
      lock.unlock();
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    lock.lock();
    try {
      ensureOpen();
      pipe.write(bytes, offset, length);
      pipe.flush();
    } finally {
      closePipeIfRequested();
      lock.unlock();
    }
  }

  @Override
  public void flush() throws IOException {
    // Every write is already flushed; nothing is buffered here.
    if (closed) {
      ensureOpen();
    }
  }

  /** Closes stdin: the child reads end of file. Idempotent. */
  @Override
  public void close() throws IOException {
    closed = true;
    lock.lock();
    try {
      if (!pipeClosed) {
        pipeClosed = true;
        pipe.close();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Closes stdin without waiting: if a writer holds the lock (blocked on a full pipe), the pipe is
   * closed by that writer when its write returns.
   *
   * @return true if stdin was still open
   */
  boolean closeForStop() {
    boolean wasOpen = !closed;
    closed = true;
    if (lock.tryLock()) {
      try {
        closePipeIfRequested();
      } finally {
        lock.unlock();
      }
    }
    return wasOpen;
  }

  boolean isClosed() {
    return closed;
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("stdin of " + description + " is closed");
    }
  }

  private void closePipeIfRequested() {
    if (closed && !pipeClosed) {
      pipeClosed = true;
      try {
        pipe.close();
      } catch (IOException e) {
        // Broken pipe: the child is gone or stopped reading; either way stdin is closed now.
      }
    }
  }
}
