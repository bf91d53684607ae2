package io.kiro4j.core.lint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documentation of one rule as {@code docs/diagnostics.md} writes it (the file ships inside
 * kiro-core, so {@code kiro4j explain}, SARIF rule help and editors read the very text of the
 * docs).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the rule code, for example {@code STEER-006}
 * @param severity the documented severity as written (for example {@code warning})
 * @param meaning the table row's text
 * @param section the heading of the section listing the code
 * @param sectionIntro the section's prose before its table (may be empty)
 * @param docsLines the Kiro documentation lines the row and the explanation cite ({@code
 *     L1126–1158}), in order, without repeats
 * @param explanation the {@code ### CODE} block of the Explanations section (why it matters, a bad
 *     and a good example), when the code has one
 * @since 0.2
 */
public record RuleDoc(
    String code,
    String severity,
    String meaning,
    String section,
    String sectionIntro,
    List<String> docsLines,
    Optional<String> explanation) {

  /** Where {@code docs/diagnostics.md} is published. */
  public static final String DOCS_URL =
      "https://github.com/kiro4j/kiro4j/blob/main/docs/diagnostics.md";

  public RuleDoc {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(sectionIntro, "sectionIntro");
    docsLines = List.copyOf(docsLines);
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * The published page at this rule: its explanation heading when it has one, else its section's
   * heading (anchors as GitHub makes them).
   */
  public String helpUri() {
    return DOCS_URL + "#" + (explanation.isPresent() ? anchor(code) : anchor(section));
  }

  /**
   * GitHub's anchor for a heading: lower case, characters other than letters, digits, spaces,
   * {@code -} and {@code _} removed, each space a {@code -}.
   */
  static String anchor(String heading) {
    StringBuilder out = new StringBuilder();
    heading
        .strip()
        .toLowerCase(java.util.Locale.ROOT)
        .codePoints()
        .forEach(
            cp -> {
              if (cp == ' ') {
                out.append('-');
              } else if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
