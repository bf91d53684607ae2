package io.kiro4j.core.permission;

import io.kiro4j.core.text.DisplayText;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a decision was made.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of reason it is; {@link #code()} is its stable upper-case code ({@code
 *     DENIED_COMMAND}, {@code DEFAULT}, ...)
 * @param message one line for the user: control characters, line separators and bidirectional
 *     controls (a path or a name from the tool input may hold any) are escaped by {@link
 *     DisplayText#escape}, so a hostile input cannot forge lines or colour a terminal
 * @param origin the rule that applied, absent for a built-in default
 */
public record Reason(ReasonCode kind, String message, Optional<RuleOrigin> origin) {

  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
    message = DisplayText.escape(message);
  }

  /** A reason from a written rule. */
  public static Reason of(ReasonCode kind, String message, RuleOrigin origin) {
    return new Reason(kind, message, Optional.of(origin));
  }

  /** A reason from a built-in default. */
  public static Reason builtin(ReasonCode kind, String message) {
    return new Reason(kind, message, Optional.empty());
  }

  /** The stable code as printed and documented ({@code DENIED_COMMAND}): {@code kind().code()}. */
  public String code() {
    return kind.code();
  }

  @Override
  public String toString() {
    return code()
        + ": "
        + message
        + (origin.isPresent()
            ? " (" + origin.get().source() + " " + origin.get().pointer() + ")"
            : "");
  }
}
