package io.kiro4j.specs.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown ATX heading ({@code ## Title}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param level 1 to 6, the number of {@code #}
 * @param title the heading text without the marks and closing {@code #}s
 * @param line the line it is on
 */
public record Heading(int level, String title, SourceLine line) {

  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t#]*$");

  /** The heading on {@code line}, if it is one. */
  public static Optional<Heading> parse(SourceLine line) {
    String t = line.text();
    int i = 0;
    while (i < 3 && i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    if (i >= t.length() || t.charAt(i) != '#') {
      return Optional.empty();
    }
    Matcher m = ATX.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String title = m.group(2) == null ? "" : m.group(2).strip();
    return Optional.of(new Heading(m.group(1).length(), title, line));
  }
}
