package io.kiro4j.core.process;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An {@link OutputHandler} that keeps the first {@code limit} bytes of a stream and counts the
 * rest, so a chatty child cannot fill memory.
 *
 * <pre>{@code
 * BoundedCapture stdout = BoundedCapture.withLimit(10 * 1024);
 * try (ChildProcess child = ChildProcess.start(spec, stdout, OutputHandler.discard())) {
 *   child.waitFor(Duration.ofSeconds(30));
 * }
 * String text = stdout.text();             // UTF-8, cut on a character boundary
 * boolean cut = stdout.truncated();
 * }</pre>
 *
 * <p>Thread-safe: the pump writes while other threads read. Once {@link ChildProcess#stop} or
 * {@link ChildProcess#close()} has returned, the content no longer changes.
 */
public final class BoundedCapture implements OutputHandler {

  private static final int INITIAL_CAPACITY = 4096;

  private final int limit;
  private byte[] kept;
  private int length;
  private long total;
  private boolean ended;

  private BoundedCapture(int limit) {
    this.limit = limit;
    this.kept = new byte[Math.min(limit, INITIAL_CAPACITY)];
  }

  /**
   * A capture that keeps at most {@code limit} bytes.
   *
   * @param limit how many bytes to keep, at least 0
   */
  public static BoundedCapture withLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    return new BoundedCapture(limit);
  }

  @Override
  public synchronized void onBytes(byte[] buffer, int offset, int count) {
    total += count;
    int keep = Math.min(count, limit - length);
    if (keep <= 0) {
      return;
    }
    if (length + keep > kept.length) {
      kept = Arrays.copyOf(kept, (int) Math.min(limit, Math.max(kept.length * 2L, length + keep)));
    }
    System.arraycopy(buffer, offset, kept, length, keep);
    length += keep;
  }

  @Override
  public synchronized void onEnd() {
    ended = true;
  }

  /** The most bytes this capture keeps. */
  public int limit() {
    return limit;
  }

  /** A copy of the bytes kept. */
  public synchronized byte[] bytes() {
    return Arrays.copyOf(kept, length);
  }

  /**
   * The bytes kept, decoded as UTF-8: malformed bytes become U+FFFD, and when the capture was
   * truncated a character cut in half at the limit is left out.
   */
  public synchronized String text() {
    if (total > length) {
      return decodeCut(kept, length);
    }
    return new String(kept, 0, length, StandardCharsets.UTF_8);
  }

  /** True when the stream had more bytes than the limit. */
  public synchronized boolean truncated() {
    return total > length;
  }

  /** How many bytes the stream had in all, kept or not. */
  public synchronized long totalBytes() {
    return total;
  }

  /** True once the stream has ended. */
  public synchronized boolean ended() {
    return ended;
  }

  @Override
  public synchronized String toString() {
    return "BoundedCapture[kept=" + length + ", total=" + total + ", limit=" + limit + "]";
  }

  /**
   * Decodes {@code bytes[0, length)} as UTF-8, leaving out a last character whose encoding was cut
   * short.
   */
  static String decodeCut(byte[] bytes, int length) {
    int end = length;
    // A UTF-8 sequence is at most 4 bytes: look back at most 3 continuation bytes for its lead.
    for (int back = 1; back <= Math.min(4, length); back++) {
      int b = bytes[length - back] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        int needed = b >= 0xF8 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (needed > back) {
          end = length - back;
        }
        break;
      }
    }
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }
}
