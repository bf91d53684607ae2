package io.kiro4j.core.ignore;

import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/** Diagnostic codes for {@code .kiroignore} files (and other gitignore-syntax ignore files). */
public enum IgnoreCode implements DiagnosticCode {
  /**
   * A line whose pattern cannot be compiled (unclosed {@code [}, trailing {@code \}, unknown {@code
   * [:class:]}, a lone {@code !}). Git never matches such a line; it is skipped.
   */
  INVALID_PATTERN("IGN-001", Severity.WARNING, "Invalid ignore pattern; the line is skipped."),
  /**
   * A negation ({@code !secrets/public.txt}) under a directory the same file excludes ({@code
   * secrets/}): it has no effect, because a file cannot be re-included when a parent directory is
   * excluded (docs L20349).
   */
  NEGATION_UNDER_EXCLUDED_DIRECTORY(
      "IGN-002",
      Severity.WARNING,
      "Negation has no effect: a parent directory of the path is excluded.");

  private final String id;
  private final Severity severity;
  private final String summary;

  IgnoreCode(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String summary() {
    return summary;
  }
}
