package io.kiro4j.core.internal.variable;

import io.kiro4j.core.variable.Environment;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@code ${VAR}} references in configuration values may be expanded.
 *
 * <ul>
 *   <li>{@link #cli(Environment)}: Kiro CLI expands any variable set in the environment (docs
 *       L5811–5825).
 *   <li>{@link #ide(Environment, Set)}: the Kiro IDE expands only variables the user approved in
 *       the "Mcp Approved Env Vars" setting (docs L2065–2076); any other reference stays as
 *       written.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param environment where values come from
 * @param approved the approved names, or {@code null} for the CLI policy (every set variable)
 */
public record VariablePolicy(Environment environment, Set<String> approved) {

  public VariablePolicy {
    Objects.requireNonNull(environment, "environment");
    approved = approved == null ? null : Set.copyOf(approved);
  }

  /** Kiro CLI: any variable set in {@code environment} is expanded. */
  public static VariablePolicy cli(Environment environment) {
    return new VariablePolicy(environment, null);
  }

  /** Kiro IDE: only the {@code approved} variables are expanded. */
  public static VariablePolicy ide(Environment environment, Set<String> approved) {
    return new VariablePolicy(environment, Objects.requireNonNull(approved, "approved"));
  }

  /** True for the IDE policy, where a variable must be approved before it is expanded. */
  public boolean requiresApproval() {
    return approved != null;
  }

  /** True when {@code name} may be expanded under this policy (it may still be unset). */
  public boolean allows(String name) {
    return approved == null || approved.contains(name);
  }
}
