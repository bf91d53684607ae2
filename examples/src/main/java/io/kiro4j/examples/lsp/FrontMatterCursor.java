package io.kiro4j.examples.lsp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link KeyContext} of a position in a Markdown file's YAML front matter (the block
 * between a first line {@code ---} and the next {@code ---}). Top-level keys only, one per line, as
 * Kiro's front matters are written; nested and list lines give {@link KeyContext.Place#NONE}.
 */
final class FrontMatterCursor {

  // Fixed patterns of ours, linear: java.util.regex is safe here.
  private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:");

  private FrontMatterCursor() {}

  /** The line index of the closing {@code ---}, or -1 when the text has no front matter. */
  static int closingLine(TextPositions text) {
    String first = text.line(0);
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    if (!first.strip().equals("---")) {
      return -1;
    }
    for (int l = 1; l < text.lineCount(); l++) {
      if (text.line(l).strip().equals("---")) {
        return l;
      }
    }
    return text.lineCount(); // still being typed: up to the end
  }

  static KeyContext at(TextPositions text, int line, int character) {
    int close = closingLine(text);
    int offset = text.offset(line, character);
    if (close < 0 || line <= 0 || line >= close) {
      return KeyContext.none(offset);
    }
    String l = text.line(line);
    if (!l.isEmpty() && (Character.isWhitespace(l.charAt(0)) || l.charAt(0) == '-')) {
      return KeyContext.none(offset);
    }
    int lineStart = text.offset(line, 0);
    int col = Math.min(character, l.length());
    int colon = l.indexOf(':');
    Set<String> present = keys(text, close);
    List<String> root = List.of();
    if (colon < 0 || col <= colon) {
      int keyEnd = colon < 0 ? l.length() : colon;
      String key = l.substring(0, keyEnd).strip();
      return new KeyContext(
          KeyContext.Place.KEY, root, key, lineStart, lineStart + keyEnd, false, present);
    }
    String key = l.substring(0, colon).strip();
    int valueStart = colon + 1;
    while (valueStart < l.length() && l.charAt(valueStart) == ' ') {
      valueStart++;
    }
    return new KeyContext(
        KeyContext.Place.VALUE,
        root,
        key,
        lineStart + Math.min(valueStart, col),
        lineStart + l.length(),
        false,
        present);
  }

  private static Set<String> keys(TextPositions text, int close) {
    Set<String> out = new HashSet<>();
    for (int l = 1; l < close; l++) {
      Matcher m = KEY_LINE.matcher(text.line(l));
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
