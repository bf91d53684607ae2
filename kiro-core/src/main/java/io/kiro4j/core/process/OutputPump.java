package io.kiro4j.core.process;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one output stream of a child until end of stream and hands the bytes to a handler. It never
 * stops reading before the end, so the child never blocks on a full pipe.
 */
final class OutputPump implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(OutputPump.class);
  private static final int CHUNK = 8192;

  private final InputStream in;
  private final OutputHandler handler;
  private final String description;
  private final Runnable onDone;
  private volatile boolean detached;
  private boolean failed;

  OutputPump(InputStream in, OutputHandler handler, String description, Runnable onDone) {
    this.in = in;
    this.handler = handler;
    this.description = description;
    this.onDone = onDone;
  }

  /**
   * Stops calling the handler. Used when a stop gives up waiting for the end of stream (a process
   * outside the tree still holds the pipe), so the handler's content stays as it was at stop.
   */
  void detach() {
    detached = true;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[CHUNK];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (n > 0 && !failed && !detached) {
          deliver(buffer, n);
        }
      }
    } catch (IOException e) {
      LOG.debug("reading {} failed", description, e);
    } finally {
      if (!failed && !detached) {
        try {
          handler.onEnd();
        } catch (RuntimeException e) {
          LOG.warn("output handler for {} failed at end of stream", description, e);
        }
      }
      try {
        in.close();
      } catch (IOException e) {
        LOG.debug("closing {} failed", description, e);
      }
      onDone.run();
    }
  }

  private void deliver(byte[] buffer, int length) {
    try {
      handler.onBytes(buffer, 0, length);
    } catch (RuntimeException e) {
      failed = true;
      LOG.warn("output handler for {} failed; discarding the rest of the stream", description, e);
    }
  }
}
