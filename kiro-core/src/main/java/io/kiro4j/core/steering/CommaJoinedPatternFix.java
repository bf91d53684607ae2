package io.kiro4j.core.steering;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.lint.fix.Fix;
import io.kiro4j.core.lint.fix.FixProvider;
import io.kiro4j.core.lint.fix.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Fixes {@code STEER-006}: a comma-joined {@code fileMatchPattern} becomes the YAML list kiro4j
 * reads it as (docs L1138–1144 write several patterns as a list). {@code fileMatchPattern:
 * "*.ts,*.tsx"} becomes {@code fileMatchPattern: ["*.ts", "*.tsx"]}; an item of a flow list becomes
 * several items. Offered only when certain: the value is one plain or quoted scalar on the
 * diagnostic's line, without escapes or quotes inside, without {@code |} alternation, and a mapping
 * value or a flow-list item (an item of a block list is left alone).
 *
 * <p>Stateless and thread-safe; a {@link java.util.ServiceLoader service} of kiro-core.
 *
 * @since 0.2
 */
public final class CommaJoinedPatternFix implements FixProvider {

  /** For {@link java.util.ServiceLoader}. */
  public CommaJoinedPatternFix() {}

  @Override
  public String code() {
    return SteeringCode.COMMA_JOINED_PATTERNS.id();
  }

  @Override
  public Optional<Fix> fix(Diagnostic diagnostic, String text) {
    Optional<int[]> at = ScalarAt.find(text, diagnostic.line(), diagnostic.column());
    if (at.isEmpty()) {
      return Optional.empty();
    }
    int start = at.get()[0];
    int end = at.get()[1];
    String raw = text.substring(start, end);
    String value =
        raw.charAt(0) == '"' || raw.charAt(0) == '\'' ? raw.substring(1, raw.length() - 1) : raw;
    // The value must be the one the diagnostic is about: a file edited since it was linted may
    // hold something else at that place.
    if (value.contains("\"")
        || value.contains("'")
        || value.contains("\\")
        || !diagnostic.message().contains("'" + value + "'")) {
      return Optional.empty();
    }
    FileMatchPatterns.Split split = FileMatchPatterns.split(value);
    if (!split.commaJoined() || split.pipeAlternation() || split.globs().size() < 2) {
      return Optional.empty();
    }
    String items = String.join(", ", split.globs().stream().map(g -> "\"" + g + "\"").toList());
    char before = ScalarAt.previousNonBlank(text, start);
    String replacement;
    if (before == ':') {
      replacement = "[" + items + "]";
    } else if (before == '[' || before == ',') {
      replacement = items;
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new Fix(
            code(),
            "write fileMatchPattern as the list " + split.globs(),
            diagnostic.path(),
            List.of(new TextEdit(start, end, replacement)),
            Optional.empty()));
  }

  /** Finds the one-line scalar starting at a diagnostic's position. */
  static final class ScalarAt {
    private ScalarAt() {}

    /** {start, end} of the scalar at line:column, if it is a whole one-line scalar. */
    static Optional<int[]> find(String text, int line, int column) {
      java.util.OptionalInt at = TextEdit.offsetOf(text, line, column);
      if (at.isEmpty()) {
        return Optional.empty();
      }
      int start = at.getAsInt();
      int nl = text.indexOf('\n', start);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > start && text.charAt(lineEnd - 1) == '\r') {
        lineEnd--;
      }
      if (start >= lineEnd) {
        return Optional.empty();
      }
      char first = text.charAt(start);
      int end;
      if (first == '"' || first == '\'') {
        int close = text.indexOf(first, start + 1);
        // '' inside a single-quoted scalar is an escaped quote: not a value this fix rewrites.
        if (close < 0
            || close >= lineEnd
            || (close + 1 < lineEnd && text.charAt(close + 1) == first)) {
          return Optional.empty();
        }
        end = close + 1;
      } else {
        // A plain scalar ends at " #", at a flow indicator when in a flow list, or at the line end.
        end = start;
        boolean inFlow =
            previousNonBlank(text, start) == '[' || previousNonBlank(text, start) == ',';
        while (end < lineEnd) {
          char c = text.charAt(end);
          if (c == '#' && end > start && text.charAt(end - 1) == ' ') {
            break;
          }
          if (inFlow && (c == ']' || c == ',')) {
            // A comma inside the plain scalar joins patterns in a block context only.
            return Optional.empty();
          }
          end++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
          end--;
        }
      }
      return end > start ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    /** The nearest character before {@code offset} that is not a space or tab, or NUL. */
    static char previousNonBlank(String text, int offset) {
      for (int i = offset - 1; i >= 0; i--) {
        char c = text.charAt(i);
        if (c != ' ' && c != '\t') {
          return c;
        }
      }
      return '\0';
    }
  }
}
