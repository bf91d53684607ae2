package io.kiro4j.core.diagnostic;

/**
 * Codes for problems found by the shared mechanisms of kiro-core that are not tied to one file
 * kind.
 *
 * <p>Immutable and thread-safe.
 */
public enum CoreCode implements DiagnosticCode {
  TOO_MANY_DIAGNOSTICS(
      "CORE-001", Severity.WARNING, "Too many diagnostics; the rest were dropped."),
  UNREADABLE_FILE("CORE-002", Severity.ERROR, "A file could not be read (I/O error or not UTF-8)."),
  FILE_TOO_LARGE("CORE-003", Severity.ERROR, "A file is larger than the configured size limit."),
  /**
   * A FIFO, socket, device or folder where a file was to be read: it is not opened (opening a FIFO
   * blocks until something writes to it).
   */
  NOT_A_REGULAR_FILE(
      "CORE-004",
      Severity.ERROR,
      "Not a regular file (a FIFO, socket, device or folder where a file was expected); not opened.");

  private final CodeInfo info;

  CoreCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
