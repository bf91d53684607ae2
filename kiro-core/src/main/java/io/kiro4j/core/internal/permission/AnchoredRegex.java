package io.kiro4j.core.internal.permission;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One whole-string regex rule ({@code allowedCommands}, {@code deniedCommands}, web_fetch {@code
 * trusted}/{@code blocked}), compiled with RE2/J: matching is linear in the input, so no rule can
 * hang the engine, and look-around and back-references are rejected as in Rust's {@code regex}.
 *
 * <p>Kiro anchors a rule as {@code \A} + rule + {@code \z}. For a rule with a top-level {@code |}
 * that anchors only the first branch at the start and the last at the end ({@code rm|mv} matches
 * any command starting with {@code rm}). A deny rule keeps that wider reading <em>and</em> the
 * fully anchored one; an allow rule only matches fully anchored, so kiro4j is never more
 * permissive.
 *
 * <p>An invalid rule: a deny rule denies everything ({@code \A.*\z}, as Kiro does), an allow rule
 * matches nothing; both are reported.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnchoredRegex {

  /** What a rule does when it matches. */
  public enum Kind {
    /** A match allows (an invalid rule matches nothing). */
    ALLOW,
    /** A match denies (an invalid rule matches everything). */
    DENY
  }

  private final String rule;
  private final Kind kind;
  private final RuleOrigin origin;
  private final Pattern anchored;
  private final Pattern upstream; // Kiro's concatenation, deny rules only
  private final boolean valid;
  private final String requiredPrefix; // every match starts with it: a cheap pre-check
  private final List<String> requiredLiterals; // every match contains them

  private AnchoredRegex(
      String rule,
      Kind kind,
      RuleOrigin origin,
      Pattern anchored,
      Pattern upstream,
      boolean valid) {
    this.rule = rule;
    this.kind = kind;
    this.origin = origin;
    this.anchored = anchored;
    this.upstream = upstream;
    this.valid = valid;
    boolean simple = valid && !hasTopLevelAlternation(rule) && !rule.contains("(?");
    this.requiredPrefix = simple ? literalPrefix(rule) : "";
    this.requiredLiterals = simple ? requiredLiterals(rule) : List.of();
  }

  /** Compiles {@code rule}; problems go to {@code diagnostics} at the origin's source. */
  public static AnchoredRegex compile(
      String rule, Kind kind, RuleOrigin origin, Diagnostics diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    RuleDiagnostics problems = new RuleDiagnostics();
    AnchoredRegex compiled = compile(rule, kind, origin, problems);
    diagnostics.addAll(RuleDiagnostics.diagnostics(problems.toList()));
    return compiled;
  }

  /** Compiles {@code rule}; problems go to {@code diagnostics} with the rule. */
  static AnchoredRegex compile(
      String rule, Kind kind, RuleOrigin origin, RuleDiagnostics diagnostics) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(origin, "origin");
    try {
      // A deny rule's "." also matches a newline (wider = safer); an allow rule's does not, as in
      // Rust.
      int flags = kind == Kind.DENY ? Pattern.DOTALL : 0;
      Pattern anchored = Pattern.compile("\\A(?:" + rule + ")\\z", flags);
      Pattern upstream = null;
      if (kind == Kind.DENY && hasTopLevelAlternation(rule)) {
        // Without a top-level '|' Kiro's concatenation means the same as the grouped form.
        upstream = Pattern.compile("\\A" + rule + "\\z", flags);
      }
      if (hasTopLevelAlternation(rule)) {
        diagnostics.add(
            PermissionCode.REGEX_ALTERNATION_ANCHORING,
            origin,
            "'" + rule + "' has a top-level '|'");
      }
      return new AnchoredRegex(rule, kind, origin, anchored, upstream, true);
    } catch (PatternSyntaxException | IllegalArgumentException e) {
      boolean deny = kind == Kind.DENY;
      diagnostics.add(
          deny ? PermissionCode.INVALID_DENY_REGEX : PermissionCode.INVALID_ALLOW_REGEX,
          origin,
          "invalid regex '"
              + rule
              + "' ("
              + e.getMessage().replace('\n', ' ')
              + "); "
              + (deny ? "it denies everything" : "it is ignored"));
      return new AnchoredRegex(rule, kind, origin, null, null, false);
    }
  }

  /** The rule as written. */
  public String rule() {
    return rule;
  }

  /** Allow or deny. */
  public Kind kind() {
    return kind;
  }

  /** Where it was written. */
  public RuleOrigin origin() {
    return origin;
  }

  /** False when the rule did not compile. */
  public boolean valid() {
    return valid;
  }

  /**
   * True when the rule matches the whole {@code text} (see the class comment for invalid rules).
   */
  public boolean matches(CharSequence text) {
    if (!valid) {
      return kind == Kind.DENY;
    }
    if (!requiredPrefix.isEmpty() && !startsWith(text, requiredPrefix)) {
      return false;
    }
    if (!requiredLiterals.isEmpty()) {
      String s = text.toString();
      for (String literal : requiredLiterals) {
        if (!s.contains(literal)) {
          return false;
        }
      }
    }
    if (anchored.matcher(text).find()) {
      return true;
    }
    return upstream != null && upstream.matcher(text).find();
  }

  /** The rule as Kiro shows it in a deny message: {@code \Arule\z}. */
  public String display() {
    return valid ? "\\A" + rule + "\\z" : "\\A.*\\z (invalid: " + rule + ")";
  }

  private static boolean startsWith(CharSequence text, String prefix) {
    if (text.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The literal text every match of {@code rule} (without a top-level {@code |}) must start with:
   * the leading run of characters that are not regex syntax, minus a last character a quantifier
   * applies to. Empty when the rule starts with syntax (flags such as {@code (?i)} included).
   */
  static String literalPrefix(String rule) {
    int i = 0;
    while (i < rule.length() && isPlain(rule.charAt(i))) {
      i++;
    }
    if (i < rule.length() && "*?+{".indexOf(rule.charAt(i)) >= 0 && i > 0) {
      i--;
    }
    return rule.substring(0, i);
  }

  /**
   * Literal runs (two characters or more) outside groups and classes of a rule without a top-level
   * {@code |} or flags: every match contains each of them. A character a quantifier applies to is
   * left out.
   */
  static List<String> requiredLiterals(String rule) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (inClass) {
        if (c == '\\') {
          i++;
        } else if (c == ']') {
          inClass = false;
        }
        continue;
      }
      if (depth == 0 && isPlain(c)) {
        boolean quantified = i + 1 < rule.length() && "*?+{".indexOf(rule.charAt(i + 1)) >= 0;
        if (!quantified) {
          run.append(c);
          continue;
        }
      }
      if (run.length() >= 2) {
        out.add(run.toString());
      }
      run.setLength(0);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        inClass = true;
      } else if (c == '{') {
        int close = rule.indexOf('}', i);
        i = close < 0 ? rule.length() : close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    if (run.length() >= 2) {
      out.add(run.toString());
    }
    return List.copyOf(out);
  }

  private static boolean isPlain(char c) {
    return c < 128 && ".^$*+?()[]{}|\\#".indexOf(c) < 0 && c >= ' ';
  }

  private static boolean hasTopLevelAlternation(String rule) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '{') {
        int close = rule.indexOf('}', i);
        i = close < 0 ? rule.length() : close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return kind + " " + display();
  }
}
