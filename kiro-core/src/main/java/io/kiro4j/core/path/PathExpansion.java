package io.kiro4j.core.path;

import io.kiro4j.core.variable.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Expands the shell-like forms Kiro accepts in configured paths: a leading {@code ~} (the user's
 * home), {@code $VAR} and {@code ${VAR}}.
 *
 * <p>This is the path dialect of {@code allowedPaths}, {@code deniedPaths}, {@code file://}
 * resources and prompt files (upstream: {@code shellexpand::full}). An unset variable is kept as
 * written and reported, so a pattern never silently widens to the empty string.
 *
 * <pre>{@code
 * PathExpansion expansion = new PathExpansion(Path.of("/home/me"), Environment.system());
 * Path p = expansion.resolve("~/notes/${PROJECT}", Path.of("/work")).path();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PathExpansion {

  /** The expanded text and the names of variables that were not set. */
  public record Expanded(String text, List<String> unsetVariables) {
    public Expanded {
      Objects.requireNonNull(text, "text");
      unsetVariables = List.copyOf(unsetVariables);
    }
  }

  /** A resolved absolute path and the names of variables that were not set while expanding it. */
  public record Resolved(Path path, List<String> unsetVariables) {
    public Resolved {
      Objects.requireNonNull(path, "path");
      unsetVariables = List.copyOf(unsetVariables);
    }
  }

  private final Path userHome;
  private final Environment environment;

  /**
   * Expansion with {@code userHome} standing for {@code ~} and variables from {@code environment}.
   */
  public PathExpansion(Path userHome, Environment environment) {
    this.userHome = Objects.requireNonNull(userHome, "userHome").toAbsolutePath().normalize();
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /** The path {@code ~} stands for. */
  public Path userHome() {
    return userHome;
  }

  /**
   * Expands only a leading {@code ~} or {@code ~/} in {@code raw} ({@code ~user} and a {@code ~}
   * elsewhere stay as written): for text whose variables were already expanded by other rules, such
   * as an MCP server's {@code command} and {@code args}.
   */
  public String expandHome(String raw) {
    return startsWithHome(raw) ? userHome + raw.substring(1) : raw;
  }

  private static boolean startsWithHome(String raw) {
    return raw.equals("~") || raw.startsWith("~/");
  }

  /** Expands {@code ~}, {@code ~/...}, {@code $VAR} and {@code ${VAR}} in {@code raw}. */
  public Expanded expand(String raw) {
    List<String> unset = new ArrayList<>();
    StringBuilder out = new StringBuilder(raw.length() + 16);
    int i = 0;
    if (startsWithHome(raw)) {
      out.append(userHome.toString());
      i = 1;
    }
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '$' || i + 1 >= raw.length()) {
        out.append(c);
        i++;
        continue;
      }
      int nameStart;
      int nameEnd;
      int next;
      if (raw.charAt(i + 1) == '{') {
        int close = raw.indexOf('}', i + 2);
        if (close < 0) {
          out.append(c);
          i++;
          continue;
        }
        nameStart = i + 2;
        nameEnd = close;
        next = close + 1;
      } else {
        nameStart = i + 1;
        nameEnd = nameStart;
        while (nameEnd < raw.length() && isNameChar(raw.charAt(nameEnd), nameEnd == nameStart)) {
          nameEnd++;
        }
        next = nameEnd;
      }
      String name = raw.substring(nameStart, nameEnd);
      if (name.isEmpty() || !isName(name)) {
        out.append(c);
        i++;
        continue;
      }
      if (environment.contains(name)) {
        out.append(environment.get(name).orElseThrow());
      } else {
        unset.add(name);
        out.append(raw, i, next);
      }
      i = next;
    }
    return new Expanded(out.toString(), unset);
  }

  /**
   * Expands {@code raw}, resolves it against {@code base} (a relative result is relative to {@code
   * base}) and {@link PathCanonicalizer#canonicalize canonicalises} it: symlinks in the existing
   * part are followed and {@code ..} is applied to the real parent, as the OS does. A lexical
   * normalisation here would turn {@code ok/link/..} into {@code ok} instead of the link target's
   * parent, and let a path escape the root it is checked against.
   */
  public Resolved resolve(String raw, Path base) {
    Expanded expanded = expand(raw);
    Path p = base.getFileSystem().getPath(expanded.text());
    Path absolute = p.isAbsolute() ? p : base.toAbsolutePath().resolve(p);
    return new Resolved(PathCanonicalizer.canonicalize(absolute), expanded.unsetVariables());
  }

  private static boolean isName(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (!isNameChar(name.charAt(i), i == 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return first ? letter : letter || (c >= '0' && c <= '9');
  }
}
