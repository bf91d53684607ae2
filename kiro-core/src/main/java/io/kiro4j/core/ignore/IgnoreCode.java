package io.kiro4j.core.ignore;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Diagnostic codes for {@code .kiroignore} files (and other gitignore-syntax ignore files).
 *
 * <p>Immutable and thread-safe.
 */
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
      "Negation has no effect: a parent directory of the path is excluded."),
  /**
   * An ignore file exists but cannot be read: not UTF-8, over the size limit, a FIFO or other
   * non-regular file, a dangling symlink, no permission. It fails closed: everything below its
   * folder is excluded ({@code ~/.kiro/settings/kiroignore}: everything), instead of the files it
   * protects becoming readable.
   */
  UNREADABLE_IGNORE_FILE(
      "IGN-003",
      Severity.ERROR,
      "An ignore file cannot be read; everything below its folder (for the global file: everything)"
          + " is excluded until it is fixed.");

  private final CodeInfo info;

  IgnoreCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
