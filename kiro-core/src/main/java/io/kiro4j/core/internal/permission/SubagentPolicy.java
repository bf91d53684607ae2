package io.kiro4j.core.internal.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.ReasonCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code subagent} settings: {@code availableAgents} (which agents may be spawned at all) and
 * {@code trustedAgents} (spawned without asking), both lists of names or globs such as {@code
 * docs-*} (docs L13425–13475). An agent outside a set {@code availableAgents} is denied; a trusted
 * one is allowed; any other asks unless the subagent tool is trusted. Globs use the {@link
 * GlobDialect#TOOL_NAME} dialect (exact unless the entry holds {@code *} or {@code ?}).
 *
 * <p>Immutable and thread-safe.
 */
public final class SubagentPolicy {

  private record Entry(String text, Glob glob, RuleOrigin origin) {
    boolean matches(String name) {
      return text.equals(name) || glob != null && glob.matches(name);
    }
  }

  private final Optional<List<Entry>> available;
  private final List<Entry> trusted;
  private final List<Diagnostic> diagnostics;
  private final List<RuleDiagnostics.Entry> ruleDiagnostics;

  private SubagentPolicy(
      Optional<List<Entry>> available, List<Entry> trusted, List<RuleDiagnostics.Entry> d) {
    this.available = available;
    this.trusted = trusted;
    this.ruleDiagnostics = d;
    this.diagnostics = RuleDiagnostics.diagnostics(d);
  }

  /**
   * Compiles the settings at {@code origin} ({@code toolsSettings.subagent}).
   *
   * @param availableAgents empty when the setting is absent (every agent is available)
   */
  public static SubagentPolicy compile(
      Optional<List<String>> availableAgents, List<String> trustedAgents, RuleOrigin origin) {
    Objects.requireNonNull(origin, "origin");
    RuleDiagnostics diags = new RuleDiagnostics();
    Optional<List<Entry>> available =
        availableAgents.isPresent()
            ? Optional.of(entries(availableAgents.get(), origin.field("availableAgents"), diags))
            : Optional.empty();
    List<Entry> trusted = entries(trustedAgents, origin.field("trustedAgents"), diags);
    return new SubagentPolicy(available, trusted, diags.toList());
  }

  private static List<Entry> entries(List<String> list, RuleOrigin at, RuleDiagnostics diags) {
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String e = list.get(i);
      Glob glob = null;
      if (e.indexOf('*') >= 0 || e.indexOf('?') >= 0) {
        try {
          glob = Glob.compile(e, GlobDialect.TOOL_NAME);
        } catch (GlobSyntaxException ex) {
          diags.add(
              PermissionCode.INVALID_TOOL_GLOB,
              at.element(i),
              "'" + e + "' is not a valid glob; it matches only itself");
        }
      }
      out.add(new Entry(e, glob, at.element(i)));
    }
    return List.copyOf(out);
  }

  /** Problems found while compiling. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The problems with the rules they are about, for the engine to place them. */
  public List<RuleDiagnostics.Entry> ruleDiagnostics() {
    return ruleDiagnostics;
  }

  /** Decides spawning the agent {@code name}. */
  public PermissionDecision evaluate(String name, boolean toolTrusted) {
    if (available.isPresent()) {
      Optional<Entry> hit = available.get().stream().filter(e -> e.matches(name)).findFirst();
      if (hit.isEmpty()) {
        return PermissionDecision.deny(
            Reason.builtin(
                ReasonCode.UNAVAILABLE_AGENT, "agent '" + name + "' is not in availableAgents"));
      }
    }
    for (Entry e : trusted) {
      if (e.matches(name)) {
        return PermissionDecision.allow(
            Reason.of(
                ReasonCode.TRUSTED_AGENT,
                "agent '" + name + "' matches trustedAgents '" + e.text() + "'",
                e.origin()));
      }
    }
    if (toolTrusted) {
      return PermissionDecision.allow(
          Reason.builtin(ReasonCode.TRUSTED_TOOL, "the subagent tool is trusted"));
    }
    return PermissionDecision.ask(
        Reason.builtin(ReasonCode.DEFAULT, "agent '" + name + "' is not trusted"));
  }
}
