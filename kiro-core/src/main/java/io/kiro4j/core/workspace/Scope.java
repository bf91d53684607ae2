package io.kiro4j.core.workspace;

import java.util.Locale;

/**
 * Where a Kiro file comes from: a workspace root, the user's {@code ~/.kiro}, or built into Kiro.
 *
 * <p>Immutable and thread-safe.
 */
public enum Scope {
  /** {@code ~/.kiro/...}: applies to every workspace. */
  GLOBAL,
  /** {@code <root>/.kiro/...} (or a file at a root such as {@code AGENTS.md}). */
  WORKSPACE,
  /** Shipped with Kiro itself (for example the default agent). */
  BUILTIN;

  /** The lower-case name used in JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
