package io.kiro4j.mcp.transport;

import io.kiro4j.mcp.McpException;
import java.util.List;
import java.util.OptionalInt;

/**
 * The connection to the server failed or ended: the process exited, an HTTP request failed, a
 * stream broke, the client was closed. Every request still pending on the connection fails with it.
 *
 * <p>Thread-safe: its own fields are final.
 */
public class TransportException extends McpException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final OptionalInt exitCode;
  private final List<String> stderrTail;

  /**
   * @param message one line saying what failed
   */
  public TransportException(String message) {
    this(message, null, -1, OptionalInt.empty(), List.of());
  }

  /**
   * @param message one line saying what failed
   * @param cause the underlying failure, may be null
   */
  public TransportException(String message, Throwable cause) {
    this(message, cause, -1, OptionalInt.empty(), List.of());
  }

  /**
   * @param message one line saying what failed
   * @param cause the underlying failure, may be null
   * @param httpStatus the HTTP status that failed, or -1
   * @param exitCode the exit code of a stdio server that ended, if known
   * @param stderrTail the last lines a stdio server wrote to stderr
   */
  public TransportException(
      String message,
      Throwable cause,
      int httpStatus,
      OptionalInt exitCode,
      List<String> stderrTail) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.exitCode = java.util.Objects.requireNonNull(exitCode, "exitCode");
    this.stderrTail = List.copyOf(stderrTail);
  }

  /** The HTTP status code of the failed exchange, if the failure was an HTTP status. */
  public OptionalInt httpStatus() {
    return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** The exit code of a stdio server that ended, if it did. */
  public OptionalInt exitCode() {
    return exitCode;
  }

  /** The last lines the stdio server wrote to stderr before it ended (empty for HTTP). */
  public List<String> stderrTail() {
    return stderrTail;
  }
}
