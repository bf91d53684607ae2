package io.kiro4j.core.diagnostic;

/**
 * A stable diagnostic code such as {@code STEER-003}. Each module lists its codes in one enum that
 * implements this interface; every code also appears in the table in {@code docs/diagnostics.md},
 * and a test keeps the two in step.
 *
 * <p>A code's data is one {@link CodeInfo}; an implementation provides only {@link #info()}, and
 * the other methods read from it.
 *
 * <p>Codes are never renamed or reused: scripts filter on them.
 *
 * <p>Implementations must be immutable and thread-safe; every code of the library is an enum
 * constant.
 */
public interface DiagnosticCode {

  /**
   * The id, severity and summary of this code.
   *
   * @since 0.1.0
   */
  CodeInfo info();

  /** The code as printed, for example {@code STEER-003}. */
  default String id() {
    return info().id();
  }

  /** The severity a diagnostic with this code normally has. */
  default Severity severity() {
    return info().severity();
  }

  /** One line saying what the code means, for the documentation table. */
  default String summary() {
    return info().summary();
  }
}
