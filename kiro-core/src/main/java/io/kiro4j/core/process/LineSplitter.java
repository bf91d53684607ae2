package io.kiro4j.core.process;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/** The handler behind {@link OutputHandler#lines}. Used by one pump thread only. */
final class LineSplitter implements OutputHandler {

  static final int TOO_LONG_HEAD_BYTES = 256;
  private static final int INITIAL_CAPACITY = 8192;
  // After a long line, give the memory back rather than holding the peak for the process' life.
  private static final int SHRINK_ABOVE = 1 << 20;

  private final Consumer<String> onLine;
  private final int maxLineBytes;
  private final Consumer<String> onTooLong;
  private byte[] line;
  private int length;
  private boolean skipping;

  LineSplitter(Consumer<String> onLine, int maxLineBytes, Consumer<String> onTooLong) {
    this.onLine = onLine;
    this.maxLineBytes = maxLineBytes;
    this.onTooLong = onTooLong;
    this.line = new byte[Math.min(INITIAL_CAPACITY, maxLineBytes + 1)];
  }

  @Override
  public void onBytes(byte[] buffer, int offset, int count) {
    int end = offset + count;
    int start = offset;
    while (start < end) {
      int newline = indexOf(buffer, start, end, (byte) '\n');
      int stop = newline < 0 ? end : newline;
      if (!skipping) {
        append(buffer, start, stop - start);
      }
      if (newline < 0) {
        return;
      }
      if (skipping) {
        skipping = false;
      } else {
        deliver();
      }
      start = newline + 1;
    }
  }

  @Override
  public void onEnd() {
    if (!skipping && length > 0) {
      deliver();
    }
    skipping = false;
  }

  private void append(byte[] buffer, int offset, int count) {
    if (length + (long) count > maxLineBytes + 1L) {
      // One byte over the limit is allowed for a '\r' that the line break will strip.
      int keep = Math.min(count, TOO_LONG_HEAD_BYTES - Math.min(length, TOO_LONG_HEAD_BYTES));
      byte[] head = Arrays.copyOf(line, Math.min(length, TOO_LONG_HEAD_BYTES) + keep);
      System.arraycopy(buffer, offset, head, head.length - keep, keep);
      length = 0;
      skipping = true;
      shrink();
      onTooLong.accept(BoundedCapture.decodeCut(head, head.length));
      return;
    }
    if (length + count > line.length) {
      int capacity =
          (int) Math.min((long) maxLineBytes + 1, Math.max(line.length * 2L, length + count));
      line = Arrays.copyOf(line, capacity);
    }
    System.arraycopy(buffer, offset, line, length, count);
    length += count;
  }

  private void deliver() {
    int end = length;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    if (end > maxLineBytes) {
      // Only possible when the '\r' allowance was used by a byte that was not '\r'.
      byte[] head = Arrays.copyOf(line, Math.min(end, TOO_LONG_HEAD_BYTES));
      length = 0;
      shrink();
      onTooLong.accept(BoundedCapture.decodeCut(head, head.length));
      return;
    }
    String text = new String(line, 0, end, StandardCharsets.UTF_8);
    length = 0;
    shrink();
    onLine.accept(text);
  }

  private void shrink() {
    if (line.length > SHRINK_ABOVE) {
      line = new byte[INITIAL_CAPACITY];
    }
  }

  private static int indexOf(byte[] buffer, int from, int to, byte value) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
