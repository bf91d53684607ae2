package io.kiro4j.specs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document split into lines without losing a character: every line keeps its offsets and its own
 * terminator ({@code \n}, {@code \r\n} or a lone {@code \r}), so concatenating the lines with their
 * terminators gives back the text exactly. A byte order mark stays in the text but is not part of
 * the first line's content.
 *
 * <p>Also tracks Markdown fenced code blocks ({@code ```} or {@code ~~~}): examples inside a fence
 * are not structure.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceLines {

  private final String text;
  private final List<SourceLine> lines;
  private final boolean[] fenced;

  private SourceLines(String text, List<SourceLine> lines, boolean[] fenced) {
    this.text = text;
    this.lines = lines;
    this.fenced = fenced;
  }

  /** Splits {@code text}. */
  public static SourceLines of(String text) {
    Objects.requireNonNull(text, "text");
    List<SourceLine> lines = new ArrayList<>();
    int n = text.length();
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int number = 1;
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = i;
        int termEnd = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        lines.add(new SourceLine(number++, start, end, termEnd, text.substring(start, end)));
        start = termEnd;
        i = termEnd;
      } else {
        i++;
      }
    }
    if (start < n || lines.isEmpty()) {
      lines.add(new SourceLine(number, start, n, n, text.substring(start, n)));
    }
    boolean[] fenced = new boolean[lines.size()];
    String fence = null;
    for (int k = 0; k < lines.size(); k++) {
      String raw = lines.get(k).text();
      int first = 0;
      while (first < raw.length() && (raw.charAt(first) == ' ' || raw.charAt(first) == '\t')) {
        first++;
      }
      if (first == raw.length() || (raw.charAt(first) != '`' && raw.charAt(first) != '~')) {
        fenced[k] = fence != null;
        continue;
      }
      String stripped = raw.strip();
      if (fence == null) {
        if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
          fence = stripped.substring(0, 3);
          fenced[k] = true;
        }
      } else {
        fenced[k] = true;
        if (stripped.startsWith(fence) && stripped.substring(3).isBlank()) {
          fence = null;
        }
      }
    }
    return new SourceLines(text, List.copyOf(lines), fenced);
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** Every line, in order. */
  public List<SourceLine> lines() {
    return lines;
  }

  /** The line with 1-based {@code number}. */
  public SourceLine line(int number) {
    return lines.get(number - 1);
  }

  /** True when the line (1-based) is inside a fenced code block or is one of its fences. */
  public boolean isFenced(int number) {
    return fenced[number - 1];
  }
}
