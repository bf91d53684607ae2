package io.kiro4j.core.turn;

import java.util.Objects;

/**
 * The user's answer to a call the permission rules ask about.
 *
 * <p>Immutable and thread-safe.
 *
 * @param approved true when the call may run
 * @param reason who answered and why (recorded in the turn)
 * @since 0.2
 */
public record Approval(boolean approved, String reason) {
  public Approval {
    Objects.requireNonNull(reason, "reason");
  }

  /** The call may run. */
  public static Approval approve(String reason) {
    return new Approval(true, reason);
  }

  /** The call is rejected. */
  public static Approval reject(String reason) {
    return new Approval(false, reason);
  }
}
