package io.kiro4j.core.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem (or remark) about one place in one file.
 *
 * <p>Loaders never throw for bad user files: they return what they could load together with a list
 * of diagnostics. {@code line} and {@code column} are 1-based and count decoded characters (not
 * bytes); a problem with the whole file is reported at {@code 1:1}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how serious it is
 * @param code the stable code, for example {@code STEER-003}
 * @param message one line of text for a human; never contains secrets
 * @param path the file the problem is in
 * @param line 1-based line
 * @param column 1-based column
 */
public record Diagnostic(
    Severity severity, String code, String message, Path path, int line, int column) {

  /** Orders by path, line, column, then code: the order of {@code kiro4j lint}. */
  public static final Comparator<Diagnostic> BY_LOCATION = new ByLocation();

  /**
   * A plain class, not a chain of {@code Comparator.comparing} lambdas: this initialiser runs in
   * every process that reports a diagnostic, and each lambda there was a class generated at run
   * time (no class-data archive holds those).
   */
  private static final class ByLocation implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = a.path().toString().compareTo(b.path().toString());
      if (c == 0) {
        c = Integer.compare(a.line(), b.line());
      }
      if (c == 0) {
        c = Integer.compare(a.column(), b.column());
      }
      return c != 0 ? c : a.code().compareTo(b.code());
    }
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(path, "path");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, got " + line + ":" + column + " for " + code);
    }
    // Diagnostics are printed one per line: fold any line breaks a parser message may carry.
    message = message.strip();
    if (hasLineBreak(message)) { // compiling the pattern for every diagnostic costs a cold start
      message = message.replaceAll("\\s*\\R\\s*", " ");
    }
  }

  /** Whether {@code text} holds a character {@code \\R} matches. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  // equals and hashCode written out (final, as the generated ones are): a record's generated ones
  // link through java.lang.invoke on first use, milliseconds of a fresh JVM per record type
  // (RecordEqualityTest holds these to the record contract: every component, nothing else).

  @Override
  public final boolean equals(Object o) {
    return o instanceof Diagnostic d
        && severity == d.severity
        && code.equals(d.code)
        && message.equals(d.message)
        && path.equals(d.path)
        && line == d.line
        && column == d.column;
  }

  @Override
  public final int hashCode() {
    return Objects.hash(severity, code, message, path, line, column);
  }

  /** A diagnostic with the code's usual severity. */
  public static Diagnostic of(
      DiagnosticCode code, Path path, int line, int column, String message) {
    return new Diagnostic(code.severity(), code.id(), message, path, line, column);
  }

  /** A diagnostic about a whole file, reported at 1:1. */
  public static Diagnostic ofFile(DiagnosticCode code, Path path, String message) {
    return of(code, path, 1, 1, message);
  }

  /**
   * The same diagnostic with another severity (for example a lenient mode turning errors into
   * warnings).
   */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(newSeverity, code, message, path, line, column);
  }

  /** True for {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:column: severity CODE message}, the {@code kiro4j lint} text format. */
  @Override
  public String toString() {
    return path + ":" + line + ":" + column + ": " + severity.label() + " " + code + " " + message;
  }
}
