package io.kiro4j.core.internal.secret;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes of {@link SecretScanner}. Listed in {@code docs/diagnostics.md}.
 *
 * <p>Immutable and thread-safe.
 */
public enum SecretCode implements DiagnosticCode {
  LITERAL_SECRET(
      "SECRET-001",
      Severity.WARNING,
      "A literal secret (a well-known key format, or a random-looking value of a key named like a"
          + " token, secret, key or password) in a configuration file; use a ${VAR} reference"
          + " (docs L1899). The secret is never printed. Info in a user file under ~/.kiro.");

  private final CodeInfo info;

  SecretCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
