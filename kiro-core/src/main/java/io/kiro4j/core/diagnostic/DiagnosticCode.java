package io.kiro4j.core.diagnostic;

/**
 * A stable diagnostic code such as {@code STEER-003}. Each module lists its codes in one enum that
 * implements this interface; every code also appears in the table in {@code docs/diagnostics.md},
 * and a test keeps the two in step.
 *
 * <p>Codes are never renamed or reused: scripts filter on them.
 */
public interface DiagnosticCode {

  /** The code as printed, for example {@code STEER-003}. */
  String id();

  /** The severity a diagnostic with this code normally has. */
  Severity severity();

  /** One line saying what the code means, for the documentation table. */
  String summary();
}
