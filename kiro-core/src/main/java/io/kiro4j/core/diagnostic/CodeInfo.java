package io.kiro4j.core.diagnostic;

import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern ID = Pattern.compile("[A-Z]+-[0-9]{3}");

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
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "diagnostic code id must be letters, '-' and three digits (like STEER-003): " + id);
    }
    if (summary.isBlank() || summary.lines().count() != 1) {
      throw new IllegalArgumentException("summary of " + id + " must be one non-blank line");
    }
  }
}
