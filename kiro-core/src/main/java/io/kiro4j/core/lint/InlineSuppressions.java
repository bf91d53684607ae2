package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <!-- kiro4j-disable CODE reason -->} (whole file) and {@code <!--
 * kiro4j-disable-next-line CODE -->} comments of one Markdown file. Several codes may be joined
 * with commas ({@code STEER-012,STEER-013}); the text after the codes is the reason, for readers.
 * Comments inside fenced code blocks are examples, not suppressions, and are skipped.
 *
 * <p>Immutable: which comments a lint run used is that run's own record, so one parse serves the
 * runs of a {@link LintSession} while the file does not change.
 */
final class InlineSuppressions {

  /** One suppressing comment for one code. */
  static final class Suppression {
    final String code;
    final int line;
    final int column;

    /** The line it applies to; 0 for the whole file. */
    final int target;

    Suppression(String code, int line, int column, int target) {
      this.code = code;
      this.line = line;
      this.column = column;
      this.target = target;
    }

    boolean covers(Diagnostic d) {
      return d.code().equals(code) && (target == 0 || d.line() == target);
    }
  }

  private static final Pattern COMMENT =
      Pattern.compile("<!--\\s*kiro4j-disable(-next-line)?(?=[\\s-])(.*)-->", Pattern.DOTALL);
  private static final Pattern CODES =
      Pattern.compile("\\s*([A-Z]+-[0-9]{3}(?:\\s*,\\s*[A-Z]+-[0-9]{3})*)(?:\\s|$)");

  private final List<Suppression> suppressions;
  private final List<Diagnostic> diagnostics;

  private InlineSuppressions(List<Suppression> suppressions, List<Diagnostic> diagnostics) {
    this.suppressions = suppressions;
    this.diagnostics = diagnostics;
  }

  static InlineSuppressions none() {
    return new InlineSuppressions(List.of(), List.of());
  }

  /** Finds the comments of {@code text}; unknown codes and comments without one are reported. */
  static InlineSuppressions parse(String text, Path file, Set<String> knownCodes) {
    if (!text.contains("kiro4j-disable")) {
      return none();
    }
    List<Suppression> found = new ArrayList<>();
    Diagnostics diagnostics = new Diagnostics();
    CodeFences fences = new CodeFences();
    int lineNo = 0;
    for (String line : text.split("\\R", -1)) {
      lineNo++;
      if (fences.fenced(line) || !line.contains("kiro4j-disable")) {
        continue;
      }
      // Comment by comment, each "-->" searched once: linear in the line however hostile it is.
      int from = 0;
      while (true) {
        int open = line.indexOf("<!--", from);
        int close = open < 0 ? -1 : line.indexOf("-->", open + 4);
        if (close < 0) {
          break;
        }
        from = close + 3;
        Matcher m = COMMENT.matcher(line.substring(open, close + 3));
        if (!m.matches()) {
          continue;
        }
        int column = line.codePointCount(0, open) + 1;
        int target = m.group(1) == null ? 0 : lineNo + 1;
        Matcher codes = CODES.matcher(m.group(2));
        if (!codes.lookingAt()) {
          diagnostics.add(
              LintCode.MALFORMED_SUPPRESSION,
              file,
              lineNo,
              column,
              "kiro4j-disable" + (target == 0 ? "" : "-next-line") + " names no rule code");
          continue;
        }
        for (String code : codes.group(1).split("\\s*,\\s*")) {
          if (knownCodes.contains(code)) {
            found.add(new Suppression(code, lineNo, column, target));
          } else {
            diagnostics.add(
                LintCode.UNKNOWN_CODE,
                file,
                lineNo,
                column,
                "'" + code + "' in a kiro4j-disable comment is not a kiro4j rule code");
          }
        }
      }
    }
    return new InlineSuppressions(List.copyOf(found), diagnostics.toList());
  }

  /** True when a comment suppresses {@code d}. */
  boolean suppresses(Diagnostic d) {
    return !covering(d).isEmpty();
  }

  /** The comments that suppress {@code d}. */
  List<Suppression> covering(Diagnostic d) {
    List<Suppression> out = new ArrayList<>(1);
    for (Suppression s : suppressions) {
      if (s.covers(d)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The comments, for reporting the unused ones. */
  List<Suppression> suppressions() {
    return suppressions;
  }

  /** Problems of the comments themselves. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
