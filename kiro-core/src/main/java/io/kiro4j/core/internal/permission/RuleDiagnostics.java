package io.kiro4j.core.internal.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Problems of written rules, each kept with the rule it is about: a policy reports at its source's
 * 1:1 with the rule's pointer first in the message, and the engine places it in the agent file by
 * that rule's {@link RuleOrigin#pointer()}, the data, not the message text.
 *
 * <p>Not thread-safe: a collector filled while one policy compiles; {@link Entry} is immutable.
 */
public final class RuleDiagnostics {

  /** A problem and the rule it is about (absent for the collector's own "too many" note). */
  public record Entry(Diagnostic diagnostic, Optional<RuleOrigin> rule) {}

  private final Diagnostics diagnostics = new Diagnostics();
  private final Map<Diagnostic, RuleOrigin> rules = new IdentityHashMap<>();

  /** Adds a problem of the rule at {@code at}: {@code "<pointer>: <text>"} at 1:1 of its source. */
  void add(PermissionCode code, RuleOrigin at, String text) {
    Diagnostic d = Diagnostic.of(code, Path.of(at.source()), 1, 1, at.pointer() + ": " + text);
    diagnostics.add(d);
    rules.put(d, at);
  }

  /** What was collected, in order, with the rules (capped as {@link Diagnostics} caps). */
  List<Entry> toList() {
    List<Entry> out = new ArrayList<>();
    for (Diagnostic d : diagnostics.toList()) {
      out.add(new Entry(d, Optional.ofNullable(rules.get(d))));
    }
    return List.copyOf(out);
  }

  /** The diagnostics of {@code entries}, as the policies' {@code diagnostics()} report them. */
  static List<Diagnostic> diagnostics(List<Entry> entries) {
    List<Diagnostic> out = new ArrayList<>(entries.size()); // a loop: on every first decision
    for (Entry e : entries) {
      out.add(e.diagnostic());
    }
    return List.copyOf(out);
  }
}
