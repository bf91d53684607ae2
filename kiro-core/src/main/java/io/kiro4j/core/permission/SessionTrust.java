package io.kiro4j.core.permission;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the user trusted during a CLI session ({@code /tools trust}, {@code untrust}, {@code
 * trust-all}, {@code reset}; docs L11155+). An immutable value: each verb returns a new one. A
 * trusted tool counts as if it were in {@code allowedTools}; nothing here overrides a deny rule.
 *
 * <pre>{@code
 * SessionTrust trust = SessionTrust.none().trust("shell");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param trustAll {@code /tools trust-all} (or {@code --trust-all-tools}) is on
 * @param trusted tool names trusted one by one, as the user typed them
 * @param untrusted tool names the user untrusted (they override the agent's {@code allowedTools})
 */
public record SessionTrust(boolean trustAll, Set<String> trusted, Set<String> untrusted) {

  public SessionTrust {
    trusted = Set.copyOf(trusted);
    untrusted = Set.copyOf(untrusted);
  }

  /** The start of a session: nothing trusted beyond the agent's configuration. */
  public static SessionTrust none() {
    return new SessionTrust(false, Set.of(), Set.of());
  }

  /** {@code /tools trust NAME}. */
  public SessionTrust trust(String tool) {
    Set<String> t = new TreeSet<>(trusted);
    t.add(tool);
    Set<String> u = new TreeSet<>(untrusted);
    u.remove(tool);
    return new SessionTrust(trustAll, t, u);
  }

  /** {@code /tools untrust NAME}. */
  public SessionTrust untrust(String tool) {
    Set<String> t = new TreeSet<>(trusted);
    t.remove(tool);
    Set<String> u = new TreeSet<>(untrusted);
    u.add(tool);
    return new SessionTrust(trustAll, t, u);
  }

  /** {@code /tools trust-all}. */
  public SessionTrust trustAllTools() {
    return new SessionTrust(true, trusted, untrusted);
  }

  /** {@code /tools reset}: back to the agent's configuration. */
  public SessionTrust reset() {
    return none();
  }

  /** True when {@code tool} is trusted for this session (by name or by trust-all). */
  public boolean isTrusted(String tool) {
    return !untrusted.contains(tool) && (trustAll || trusted.contains(tool));
  }

  /** True when the user untrusted {@code tool} in this session. */
  public boolean isUntrusted(String tool) {
    return untrusted.contains(tool);
  }
}
