package io.kiro4j.core.internal.variable;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.variable.VariableCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Expands {@code ${NAME}} references in configuration values under a {@link VariablePolicy}.
 *
 * <p>Only the {@code ${NAME}} form is recognised, as in the docs (L1769, L5813, L2037); {@code
 * $NAME}, defaults and escapes are not. An unset or unapproved variable is reported and the value
 * keeps the literal {@code ${NAME}}, so nothing silently becomes empty. Names follow the shell
 * rule: a letter or underscore, then letters, digits or underscores.
 *
 * <pre>{@code
 * var subst = new VariableSubstitution(VariablePolicy.cli(Environment.system()));
 * VariableSubstitution.Result r = subst.apply("Bearer ${GITHUB_TOKEN}");
 * }</pre>
 *
 * <p>Problems carry the variable's name, never a value.
 *
 * <p>Immutable and thread-safe.
 */
public final class VariableSubstitution {

  /**
   * One reference that was left as written: {@code name} is the variable's name, or for a {@link
   * VariableCode#MALFORMED} one the reference as written (<code>${1BAD}</code>, <code>${X</code>).
   */
  public record Unresolved(VariableCode code, String name, int offset) {}

  /** The expanded value and the references that were kept literally. */
  public record Result(String value, List<Unresolved> unresolved) {
    public Result {
      Objects.requireNonNull(value, "value");
      unresolved = List.copyOf(unresolved);
    }
  }

  private final VariablePolicy policy;

  /** Substitution under {@code policy}. */
  public VariableSubstitution(VariablePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy in force. */
  public VariablePolicy policy() {
    return policy;
  }

  /** Expands every allowed, set {@code ${NAME}} in {@code value}. */
  public Result apply(String value) {
    int start = value.indexOf("${");
    if (start < 0) {
      return new Result(value, List.of());
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    List<Unresolved> unresolved = new ArrayList<>();
    int copied = 0;
    while (start >= 0) {
      int end = value.indexOf('}', start + 2);
      String name = end < 0 ? "" : value.substring(start + 2, end);
      if (end < 0 || !isName(name)) {
        // The reference as written: up to its '}', or the name-like characters of an unclosed one.
        String written = end < 0 ? "${" + leadingName(value, start + 2) : "${" + name + "}";
        unresolved.add(new Unresolved(VariableCode.MALFORMED, written, start));
        start = value.indexOf("${", start + 2);
        continue;
      }
      out.append(value, copied, start);
      if (!policy.allows(name)) {
        unresolved.add(new Unresolved(VariableCode.UNAPPROVED, name, start));
        out.append(value, start, end + 1);
      } else if (!policy.environment().contains(name)) {
        unresolved.add(new Unresolved(VariableCode.UNSET, name, start));
        out.append(value, start, end + 1);
      } else {
        out.append(policy.environment().get(name).orElseThrow());
      }
      copied = end + 1;
      start = value.indexOf("${", copied);
    }
    out.append(value, copied, value.length());
    return new Result(out.toString(), unresolved);
  }

  /**
   * Expands {@code value} and reports each unresolved reference as a diagnostic at {@code line} and
   * {@code column} (the position of the string value in its file).
   */
  public String apply(String value, Path file, int line, int column, Diagnostics diagnostics) {
    Result result = apply(value);
    for (Unresolved u : result.unresolved()) {
      diagnostics.add(Diagnostic.of(u.code(), file, line, column, message(u)));
    }
    return result.value();
  }

  private static String message(Unresolved u) {
    switch (u.code()) {
      case UNSET:
        return "environment variable ${" + u.name() + "} is not set; the value keeps it as written";
      case UNAPPROVED:
        return "environment variable ${"
            + u.name()
            + "} is not in the approved list (Mcp Approved Env Vars); the value keeps it as written";
      default:
        return u.name().endsWith("}")
            ? "'"
                + u.name()
                + "' is not a variable reference: a name is letters, digits and '_', not starting"
                + " with a digit; the value keeps it as written"
            : "'" + u.name() + "' has no closing '}'; the value keeps it as written";
    }
  }

  /** The name-like characters (letters, digits, '_', at most 64) from {@code from}. */
  private static String leadingName(String value, int from) {
    int i = from;
    while (i < value.length() && i - from < 64 && isNameChar(value.charAt(i))) {
      i++;
    }
    return value.substring(from, i);
  }

  static boolean isName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    char first = name.charAt(0);
    if (!(first == '_' || isAsciiLetter(first))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!isNameChar(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c) {
    return c == '_' || isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
