package io.kiro4j.examples.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;

/**
 * Line starts of one text, to turn LSP positions (0-based line, UTF-16 unit in the line) into
 * string offsets and back. Java strings are UTF-16, so an LSP character is a {@code char} index.
 *
 * <p>Immutable and thread-safe.
 */
final class TextPositions {

  private final String text;
  private final int[] lineStarts;

  TextPositions(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  String text() {
    return text;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** The offset of {@code position}, clamped into the text (a client may send stale positions). */
  int offset(Position position) {
    return offset(position.getLine(), position.getCharacter());
  }

  int offset(int line, int character) {
    if (line < 0) {
      return 0;
    }
    if (line >= lineStarts.length) {
      return text.length();
    }
    return Math.min(lineStarts[line] + Math.max(character, 0), lineEnd(line));
  }

  /** The offset of the end of {@code line}, before its line break. */
  int lineEnd(int line) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return Math.max(end, lineStarts[line]);
  }

  /** The text of {@code line}, without its line break; empty past the end. */
  String line(int line) {
    if (line < 0 || line >= lineStarts.length) {
      return "";
    }
    return text.substring(lineStarts[line], lineEnd(line));
  }

  Position position(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int line = Arrays.binarySearch(lineStarts, o);
    if (line < 0) {
      line = -line - 2;
    }
    return new Position(line, o - lineStarts[line]);
  }

  /** {@code text} with the range {@code start..end} (offsets) replaced by {@code replacement}. */
  static String replace(String text, int start, int end, String replacement) {
    return text.substring(0, start) + replacement + text.substring(end);
  }
}
