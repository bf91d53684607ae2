package io.kiro4j.core.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows Markdown's fenced code blocks line by line, as CommonMark delimits them: a fence is a run
 * of at least three backticks or tildes indented by at most three spaces (a backtick fence's info
 * string holds no backtick); the block ends at a fence of the same character, at least as long,
 * with nothing after it but blanks, or at the end of the text. Inside a block, text that looks like
 * a heading or a comment is an example, never structure.
 *
 * <p>Not thread-safe: one instance reads one text, top to bottom.
 */
final class CodeFences {

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

  /** The opening fence of the block being read, or null outside one. */
  private String open;

  /** Reads the next line; true when it belongs to a fenced code block, its fences included. */
  boolean fenced(String line) {
    Matcher m = FENCE.matcher(line);
    if (open == null) {
      if (m.matches() && !(m.group(1).charAt(0) == '`' && m.group(2).indexOf('`') >= 0)) {
        open = m.group(1);
        return true;
      }
      return false;
    }
    if (m.matches()
        && m.group(1).charAt(0) == open.charAt(0)
        && m.group(1).length() >= open.length()
        && m.group(2).isBlank()) {
      open = null;
    }
    return true;
  }
}
