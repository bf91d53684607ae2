package io.kiro4j.examples.cli;

/** A bad option value or an unreadable input: exit code 2 with the message on stderr. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
