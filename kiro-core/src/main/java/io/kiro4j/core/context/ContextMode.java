package io.kiro4j.core.context;

import java.util.Optional;

/**
 * Which Kiro product the context is assembled for: the rules differ (the IDE selects steering by
 * inclusion mode and has {@code #} context providers; the CLI loads an agent's {@code resources}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum ContextMode {
  /** The Kiro IDE chat: steering by inclusion mode, {@code #} providers, slash commands, powers. */
  IDE("ide"),
  /** Kiro CLI chat: agent resources, session context files, {@code @} prompts. */
  CLI("cli");

  private final String label;

  ContextMode(String label) {
    this.label = label;
  }

  /** {@code ide} or {@code cli}. */
  public String label() {
    return label;
  }

  /** The mode whose {@link #label} is {@code text} (any case), if any. */
  public static Optional<ContextMode> parse(String text) {
    for (ContextMode m : values()) {
      if (m.label.equalsIgnoreCase(text)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
