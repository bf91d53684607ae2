package io.kiro4j.core.internal.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.ReasonCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code web_fetch} settings: {@code trusted} and {@code blocked} URL regexes, anchored at both
 * ends, compiled with RE2/J (docs L3622–3648). {@code blocked} wins over {@code trusted} and over a
 * trusted tool; an invalid blocked rule blocks every URL; an invalid trusted rule is skipped.
 *
 * <pre>{@code
 * UrlPolicy web = UrlPolicy.compile(List.of(".*github\\.com.*"), List.of(".*pastebin\\.com.*"), origin);
 * web.evaluate("https://github.com/x", false);   // Allow
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UrlPolicy {

  private final List<AnchoredRegex> trusted;
  private final List<AnchoredRegex> blocked;
  private final List<Diagnostic> diagnostics;
  private final List<RuleDiagnostics.Entry> ruleDiagnostics;

  private UrlPolicy(
      List<AnchoredRegex> trusted, List<AnchoredRegex> blocked, List<RuleDiagnostics.Entry> d) {
    this.trusted = List.copyOf(trusted);
    this.blocked = List.copyOf(blocked);
    this.ruleDiagnostics = List.copyOf(d);
    this.diagnostics = RuleDiagnostics.diagnostics(d);
  }

  /** Compiles the rules written at {@code origin} (the {@code toolsSettings.web_fetch} object). */
  public static UrlPolicy compile(List<String> trusted, List<String> blocked, RuleOrigin origin) {
    Objects.requireNonNull(origin, "origin");
    RuleDiagnostics diags = new RuleDiagnostics();
    List<AnchoredRegex> t = new ArrayList<>();
    for (int i = 0; i < trusted.size(); i++) {
      AnchoredRegex r =
          AnchoredRegex.compile(
              trusted.get(i), AnchoredRegex.Kind.ALLOW, origin.field("trusted").element(i), diags);
      if (r.valid()) {
        t.add(r);
      }
    }
    List<AnchoredRegex> b = new ArrayList<>();
    for (int i = 0; i < blocked.size(); i++) {
      b.add(
          AnchoredRegex.compile(
              blocked.get(i), AnchoredRegex.Kind.DENY, origin.field("blocked").element(i), diags));
    }
    return new UrlPolicy(t, b, diags.toList());
  }

  /** No settings: ask unless the tool is trusted. */
  public static UrlPolicy none() {
    return compile(List.of(), List.of(), new RuleOrigin("", ""));
  }

  /** Problems found while compiling. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The problems with the rules they are about, for the engine to place them. */
  public List<RuleDiagnostics.Entry> ruleDiagnostics() {
    return ruleDiagnostics;
  }

  /** Decides a fetch of {@code url}. */
  public PermissionDecision evaluate(String url, boolean toolTrusted) {
    List<Reason> hits = new ArrayList<>();
    for (AnchoredRegex r : blocked) {
      if (r.matches(url)) {
        hits.add(
            Reason.of(
                ReasonCode.BLOCKED_URL,
                "'" + url + "' matches blocked " + r.display(),
                r.origin()));
      }
    }
    if (!hits.isEmpty()) {
      return new PermissionDecision.Deny(hits);
    }
    if (toolTrusted) {
      return PermissionDecision.allow(
          Reason.builtin(ReasonCode.TRUSTED_TOOL, "web_fetch is trusted"));
    }
    for (AnchoredRegex r : trusted) {
      if (r.matches(url)) {
        return PermissionDecision.allow(
            Reason.of(
                ReasonCode.TRUSTED_URL,
                "'" + url + "' matches trusted " + r.display(),
                r.origin()));
      }
    }
    return PermissionDecision.ask(
        Reason.builtin(ReasonCode.DEFAULT, "'" + url + "' is not trusted"));
  }
}
