package io.kiro4j.core.lint.fix;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certain, lossless repair of one diagnostic: text edits to its file, or a move of the file to
 * where Kiro reads it. Every byte outside the edits is kept. An editor offers it as a quick fix;
 * {@code kiro4j lint --fix} {@linkplain FixWriter writes} it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the diagnostic code it fixes, for example {@code STEER-006}
 * @param title what it does, one line, for a list or an editor's menu
 * @param path the file
 * @param edits non-overlapping edits of the file's text, in order (empty for a pure move)
 * @param moveTo where the file goes, when the fix moves it
 * @since 0.2
 */
public record Fix(
    String code, String title, Path path, List<TextEdit> edits, Optional<Path> moveTo) {

  public Fix {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(path, "path");
    edits = edits.stream().sorted(Comparator.comparingInt(TextEdit::start)).toList();
    for (int i = 1; i < edits.size(); i++) {
      if (edits.get(i).start() < edits.get(i - 1).end()) {
        throw new IllegalArgumentException("overlapping edits in a fix for " + code);
      }
    }
    Objects.requireNonNull(moveTo, "moveTo");
    if (edits.isEmpty() && moveTo.isEmpty()) {
      throw new IllegalArgumentException("a fix for " + code + " changes nothing");
    }
  }

  /** {@code text} with the edits applied. */
  public String apply(String text) {
    return apply(text, edits);
  }

  /** {@code text} with {@code edits} (sorted, non-overlapping) applied. */
  static String apply(String text, List<TextEdit> edits) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (TextEdit e : edits) {
      if (e.end() > text.length()) {
        throw new IllegalArgumentException("edit past the end of the text");
      }
      out.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
