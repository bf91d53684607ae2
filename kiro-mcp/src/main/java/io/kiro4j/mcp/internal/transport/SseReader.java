package io.kiro4j.mcp.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a {@code text/event-stream} (the WHATWG event-stream format) and hands over each dispatched
 * event. Lines end with LF, CR LF or CR; comments ({@code :}) are skipped; an event larger than the
 * limit is dropped whole.
 *
 * <p>Thread-safe: it holds only its limit; each call keeps its parsing state to itself (one call
 * per stream).
 */
public final class SseReader {

  private final int maxEventBytes;

  /**
   * @param maxEventBytes the largest event accepted, in bytes
   */
  public SseReader(int maxEventBytes) {
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * Reads until end of stream, calling {@code onEvent} for each event on this thread.
   *
   * @param in the stream; not closed here
   * @param onEvent receives each event
   * @throws IOException if reading fails
   */
  public void read(InputStream in, Consumer<SseEvent> onEvent) throws IOException {
    readWhile(
        in,
        event -> {
          onEvent.accept(event);
          return true;
        });
  }

  /**
   * Reads until end of stream or until {@code onEvent} returns false, calling it for each event on
   * this thread.
   *
   * @param in the stream; not closed here
   * @param onEvent receives each event; returns whether to read on
   * @return true if reading stopped because {@code onEvent} returned false, false at end of stream
   * @throws IOException if reading fails
   */
  public boolean readWhile(InputStream in, Predicate<SseEvent> onEvent) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    StringBuilder data = new StringBuilder();
    boolean hasData = false;
    String id = null;
    String event = null;
    long retry = -1;
    boolean tooBig = false;
    int size = 0;
    byte[] buffer = new byte[16 * 1024];
    boolean lastWasCr = false;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n' && lastWasCr) {
          lastWasCr = false;
          continue;
        }
        lastWasCr = b == '\r';
        if (b != '\n' && b != '\r') {
          if (size++ < maxEventBytes) {
            line.write(b);
          } else {
            tooBig = true;
          }
          continue;
        }
        // End of a line.
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.isEmpty()) {
          if (!tooBig
              && (hasData || id != null || retry >= 0)
              && !onEvent.test(
                  new SseEvent(
                      Optional.ofNullable(id),
                      event == null ? "message" : event,
                      data.toString(),
                      retry >= 0 ? OptionalLong.of(retry) : OptionalLong.empty()))) {
            return true;
          }
          data.setLength(0);
          hasData = false;
          event = null;
          retry = -1;
          tooBig = false;
          size = 0;
          // The last event id persists across events, as in the spec; we report it per event.
          id = null;
          continue;
        }
        if (text.charAt(0) == ':') {
          continue;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
          value = value.substring(1);
        }
        switch (field) {
          case "data":
            if (hasData) {
              data.append('\n');
            }
            data.append(value);
            hasData = true;
            break;
          case "event":
            event = value;
            break;
          case "id":
            if (value.indexOf('\0') < 0) {
              id = value;
            }
            break;
          case "retry":
            if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
              try {
                retry = Long.parseLong(value);
              } catch (NumberFormatException e) {
                // too large: ignored, as the spec says for invalid values
              }
            }
            break;
          default:
            // unknown fields are ignored
        }
      }
    }
    return false;
  }
}
