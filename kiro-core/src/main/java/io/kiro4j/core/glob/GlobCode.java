package io.kiro4j.core.glob;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes for glob patterns written in Kiro files. The glob engine itself throws {@link
 * GlobSyntaxException}; loaders turn it into a diagnostic with {@link
 * GlobSyntaxException#toDiagnostic}.
 *
 * <p>Immutable and thread-safe.
 */
public enum GlobCode implements DiagnosticCode {
  /**
   * The pattern cannot be compiled (unclosed {@code [} or <code>{</code>, stray <code>}</code>,
   * trailing {@code \}, reversed range, empty pattern). Kiro never matches such a pattern.
   */
  INVALID_PATTERN("GLOB-001", Severity.WARNING, "Invalid glob pattern; it never matches."),
  /**
   * The pattern contains {@code |}, which globs treat as an ordinary character but which reads like
   * regular-expression alternation ({@code *.tsx|*.jsx}).
   */
  REGEX_LOOKALIKE(
      "GLOB-002",
      Severity.WARNING,
      "Glob pattern contains '|', which globs match literally; use {a,b} or a list instead.");

  private final CodeInfo info;

  GlobCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
