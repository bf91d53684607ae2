package io.kiro4j.core.variable;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable snapshot of environment variables.
 *
 * <p>The library never reads {@link System#getenv()} behind the caller's back: a workspace is
 * opened with an {@code Environment} ({@link #system()} by default), so tests and embedders decide
 * exactly which variables exist.
 *
 * <p>{@link #toString()} lists variable names only: values may be secrets and are never printed.
 *
 * <p>Immutable and thread-safe.
 */
public final class Environment {

  private static final Environment EMPTY = new Environment(Map.of());

  private final Map<String, String> variables;

  private Environment(Map<String, String> variables) {
    this.variables = variables;
  }

  /** A snapshot of the current process's environment, taken now. */
  public static Environment system() {
    return of(System.getenv());
  }

  /** An environment holding exactly {@code variables}. */
  public static Environment of(Map<String, String> variables) {
    Objects.requireNonNull(variables, "variables");
    return variables.isEmpty() ? EMPTY : new Environment(Map.copyOf(variables));
  }

  /** An environment with no variables. */
  public static Environment empty() {
    return EMPTY;
  }

  /** The value of {@code name}, if set. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /** True when {@code name} is set (possibly to the empty string). */
  public boolean contains(String name) {
    return variables.containsKey(name);
  }

  /** All variables, read-only. */
  public Map<String, String> asMap() {
    return variables;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Environment other && variables.equals(other.variables);
  }

  @Override
  public int hashCode() {
    return variables.hashCode();
  }

  /** Names only, sorted; never values. */
  @Override
  public String toString() {
    return "Environment" + new TreeMap<>(variables).keySet();
  }
}
