package io.kiro4j.core.diagnostic;

import java.util.Objects;

/**
 * The data of one {@link DiagnosticCode}: its id, its usual severity and its one-line summary. The
 * code enums hold one each, so the data of a code lives in one place.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the code as printed: upper-case letters, a hyphen and three digits, for example {@code
 *     STEER-003}
 * @param severity the severity a diagnostic with this code normally has
 * @param summary one line saying what the code means, for the documentation table
 * @since 0.1.0
 */
public record CodeInfo(String id, Severity severity, String summary) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code id} is not letters, a hyphen and three digits, or
   *     {@code summary} is blank or spans more than one line
   */
  public CodeInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    if (!isId(id)) {
      throw new IllegalArgumentException(
          "diagnostic code id must be letters, '-' and three digits (like STEER-003): " + id);
    }
    if (summary.isBlank() || !isOneLine(summary)) {
      throw new IllegalArgumentException("summary of " + id + " must be one non-blank line");
    }
  }

  // Written out rather than a pattern and a stream: every code enum builds its CodeInfos in its
  // initialiser, on the path of a CLI run's first milliseconds (CodeInfoProperties holds them to
  // the pattern and to String.lines()).

  /** {@code [A-Z]+-[0-9]{3}}. */
  static boolean isId(String id) {
    int dash = id.length() - 4;
    if (dash < 1 || id.charAt(dash) != '-') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = i < dash ? c >= 'A' && c <= 'Z' : i == dash || c >= '0' && c <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** {@code text.lines().count() == 1}. */
  static boolean isOneLine(String text) {
    int end = text.length();
    if (text.endsWith("\r\n")) {
      end -= 2;
    } else if (text.endsWith("\n") || text.endsWith("\r")) {
      end -= 1;
    }
    if (end == 0 && text.length() == 0) {
      return false; // no line at all
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }
}
