package io.kiro4j.core.permission;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a decision was made.
 *
 * @param code a stable upper-case code ({@code DENIED_COMMAND}, {@code DEFAULT}, ...)
 * @param message one line for the user
 * @param origin the rule that applied, absent for a built-in default
 */
public record Reason(String code, String message, Optional<RuleOrigin> origin) {

  /** A default decision's code. */
  public static final String DEFAULT = "DEFAULT";

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
  }

  /** A reason from a written rule. */
  public static Reason of(String code, String message, RuleOrigin origin) {
    return new Reason(code, message, Optional.of(origin));
  }

  /** A reason from a built-in default. */
  public static Reason builtin(String code, String message) {
    return new Reason(code, message, Optional.empty());
  }

  @Override
  public String toString() {
    return code
        + ": "
        + message
        + origin.map(o -> " (" + o.source() + " " + o.pointer() + ")").orElse("");
  }
}
