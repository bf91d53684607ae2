package io.kiro4j.core.permission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a permission check: {@link Allow}, {@link Ask} (the user approves) or {@link
 * Deny}, each with at least one {@link Reason}.
 *
 * <pre>{@code
 * PermissionDecision d = shell.evaluate("cd x && git push --force", false);
 * if (d instanceof PermissionDecision.Deny deny) { System.out.println(deny.reasons()); }
 * }</pre>
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface PermissionDecision
    permits PermissionDecision.Allow, PermissionDecision.Ask, PermissionDecision.Deny {

  /** Why; never empty. */
  List<Reason> reasons();

  /** {@code "allow"}, {@code "ask"} or {@code "deny"}. */
  String label();

  /** 0 allow, 1 ask, 2 deny: a higher rank is more restrictive. */
  int rank();

  /** The tool may run without asking. */
  record Allow(List<Reason> reasons) implements PermissionDecision {
    public Allow {
      reasons = nonEmpty(reasons);
    }

    @Override
    public String label() {
      return "allow";
    }

    @Override
    public int rank() {
      return 0;
    }
  }

  /** The user must approve this call. */
  record Ask(List<Reason> reasons) implements PermissionDecision {
    public Ask {
      reasons = nonEmpty(reasons);
    }

    @Override
    public String label() {
      return "ask";
    }

    @Override
    public int rank() {
      return 1;
    }
  }

  /** The call is rejected, even when every tool is trusted. */
  record Deny(List<Reason> reasons) implements PermissionDecision {
    public Deny {
      reasons = nonEmpty(reasons);
    }

    @Override
    public String label() {
      return "deny";
    }

    @Override
    public int rank() {
      return 2;
    }
  }

  /** An allow decision with one reason. */
  static PermissionDecision allow(Reason reason) {
    return new Allow(List.of(reason));
  }

  /** An ask decision with one reason. */
  static PermissionDecision ask(Reason reason) {
    return new Ask(List.of(reason));
  }

  /** A deny decision with one reason. */
  static PermissionDecision deny(Reason reason) {
    return new Deny(List.of(reason));
  }

  /**
   * The most restrictive of {@code decisions} (deny over ask over allow), with the reasons of every
   * decision of that rank, in order.
   */
  static PermissionDecision strictest(List<PermissionDecision> decisions) {
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("decisions is empty");
    }
    int rank = 0;
    for (PermissionDecision d : decisions) {
      rank = Math.max(rank, d.rank());
    }
    // A set, not List.contains: a call may name thousands of paths, each with its own reason.
    Set<Reason> reasons = new LinkedHashSet<>();
    for (PermissionDecision d : decisions) {
      if (d.rank() == rank) {
        reasons.addAll(d.reasons());
      }
    }
    List<Reason> ordered = new ArrayList<>(reasons);
    return rank == 2 ? new Deny(ordered) : rank == 1 ? new Ask(ordered) : new Allow(ordered);
  }

  private static List<Reason> nonEmpty(List<Reason> reasons) {
    List<Reason> copy = List.copyOf(reasons);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a decision needs at least one reason");
    }
    return copy;
  }
}
