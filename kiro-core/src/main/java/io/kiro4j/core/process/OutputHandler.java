package io.kiro4j.core.process;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives what a child process writes to stdout or stderr.
 *
 * <p>Each stream is read by its own named daemon thread (the <em>pump</em>) that calls the handler
 * as bytes arrive and {@link #onEnd()} once at end of stream; a handler is never called by two
 * threads at once for one stream. Give each stream its own handler unless the handler is
 * thread-safe.
 *
 * <p>A handler must be quick and must not throw. The pump never stops reading, so the child can
 * never block on a full pipe: if a handler throws, the pump logs it once, stops calling that
 * handler and discards the rest of the stream.
 *
 * <p>Three handlers cover the usual needs:
 *
 * <ul>
 *   <li>{@link BoundedCapture#withLimit(int)} keeps the first N bytes and says whether more came
 *       (hook output);
 *   <li>{@link #lines(Consumer, int, Consumer)} hands over one decoded line at a time (JSON-RPC on
 *       stdout, log lines on stderr);
 *   <li>{@link #discard()} drops everything.
 * </ul>
 */
@FunctionalInterface
public interface OutputHandler {

  /**
   * Called with the next bytes of the stream. The array is reused after the call returns: copy what
   * you keep.
   *
   * @param buffer holds the bytes
   * @param offset where they start
   * @param length how many there are, at least 1
   */
  void onBytes(byte[] buffer, int offset, int length);

  /** Called once when the stream has ended (the child and every holder of the pipe closed it). */
  default void onEnd() {}

  /**
   * Drops the stream. The child's output goes straight to the null device, so no pump thread is
   * needed.
   */
  static OutputHandler discard() {
    return Discard.INSTANCE;
  }

  /**
   * Splits the stream into lines at {@code \n}, drops one {@code \r} before it, decodes each line
   * as UTF-8 (malformed bytes become U+FFFD) and hands it to {@code onLine}. A last line without a
   * newline is delivered at end of stream.
   *
   * <p>A line longer than {@code maxLineBytes} is not buffered: {@code onTooLong} receives its
   * beginning (at most 256 bytes, decoded) once, and the rest of it up to the next newline is
   * dropped. Memory stays below {@code maxLineBytes} whatever the child writes.
   *
   * @param onLine receives each line, without its line break
   * @param maxLineBytes the longest line kept, in bytes, at least 1
   * @param onTooLong receives the beginning of each line that was too long
   */
  static OutputHandler lines(
      Consumer<String> onLine, int maxLineBytes, Consumer<String> onTooLong) {
    Objects.requireNonNull(onLine, "onLine");
    Objects.requireNonNull(onTooLong, "onTooLong");
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be at least 1, got " + maxLineBytes);
    }
    return new LineSplitter(onLine, maxLineBytes, onTooLong);
  }
}
