package io.kiro4j.core.internal.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code allowedTools} compiled into an index: exact names in a hash map, patterns bucketed by
 * their literal prefix, so a lookup tries only the patterns that can match (docs L6100–6180).
 *
 * <pre>{@code
 * ToolPatternIndex index = ToolPatternIndex.compile(List.of("read", "@git", "@fetch/get_*"),
 *     new RuleOrigin(".kiro/agents/dev.json", "/allowedTools"));
 * index.matchBuiltin("read");                 // the entry "read"
 * index.matchMcp("git", "git_status");        // the entry "@git"
 * }</pre>
 *
 * <p>Rules: a built-in tool is matched by entries without {@code @} and by {@code @builtin/NAME}
 * (with the prefix removed); {@code @builtin}, {@code @builtin/} and {@code @builtin/*} match every
 * built-in. An MCP tool of server S is matched only by {@code @} entries, against {@code @S} and
 * {@code @S/tool}. An entry with {@code *} or {@code ?} is a glob in the {@link
 * GlobDialect#TOOL_NAME} dialect (case-sensitive, {@code *} crosses {@code /}); any other entry is
 * an exact name. An exact entry is reported in preference to a pattern. A bare {@code "*"} is
 * ignored with {@code PERM-003}: the docs say it is not supported (Kiro's matcher would trust every
 * built-in). The caller passes built-in names in the form the agent wrote them (canonical or alias)
 * and resolves aliases with the agent model; this index only compares strings.
 *
 * <p>Immutable and thread-safe.
 */
public final class ToolPatternIndex {

  /** One matching entry of {@code allowedTools}. */
  public record Match(String entry, RuleOrigin origin, boolean exact) {
    public Match {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(origin, "origin");
    }
  }

  private record Pattern(Glob glob, Match match, int index) {}

  private static final class Side {
    final Map<String, Match> exact = new HashMap<>();
    final Map<String, List<Pattern>> byPrefix = new HashMap<>();
    int[] prefixLengths = new int[0];
    Match all;

    void addExact(String name, Match m) {
      exact.putIfAbsent(name, m);
    }

    // Plain loops, no lambdas: every engine compiles this at its first decision, where each
    // lambda is a class generated at run time in a fresh JVM.
    void addPattern(String pattern, Glob glob, Match m, int index) {
      String prefix = literalPrefix(pattern);
      List<Pattern> list = byPrefix.get(prefix);
      if (list == null) {
        list = new ArrayList<>();
        byPrefix.put(prefix, list);
      }
      list.add(new Pattern(glob, m, index));
    }

    void freeze() {
      TreeSet<Integer> lengths = new TreeSet<>();
      for (String k : byPrefix.keySet()) {
        lengths.add(k.length());
      }
      int[] out = new int[lengths.size()];
      int i = 0;
      for (int length : lengths) {
        out[i++] = length;
      }
      prefixLengths = out;
    }

    Match lookup(String name) {
      Match m = exact.get(name);
      if (m != null) {
        return m;
      }
      if (all != null) {
        return all;
      }
      Match best = null;
      int bestIndex = Integer.MAX_VALUE;
      for (int len : prefixLengths) {
        if (len > name.length()) {
          break;
        }
        List<Pattern> bucket = byPrefix.get(name.substring(0, len));
        if (bucket == null) {
          continue;
        }
        for (Pattern p : bucket) {
          if (p.index() < bestIndex && p.glob().matches(name)) {
            best = p.match();
            bestIndex = p.index();
          }
        }
      }
      return best;
    }
  }

  private final Side builtin = new Side();
  private final Side mcp = new Side();
  private final List<String> entries;
  private final List<Diagnostic> diagnostics;
  private final List<RuleDiagnostics.Entry> ruleDiagnostics;

  private ToolPatternIndex(List<String> entries, RuleOrigin origin) {
    this.entries = List.copyOf(entries);
    RuleDiagnostics diags = new RuleDiagnostics();
    for (int i = 0; i < entries.size(); i++) {
      String e = Objects.requireNonNull(entries.get(i), "entry");
      RuleOrigin at = origin.element(i);
      if (e.equals("@builtin") || e.equals("@builtin/") || e.equals("@builtin/*")) {
        if (builtin.all == null) {
          builtin.all = new Match(e, at, false);
        }
        continue;
      }
      if (e.equals("*")) {
        diags.add(
            PermissionCode.BARE_STAR_TOOL,
            at,
            "\"*\" is not supported by the docs and is ignored; use \"@builtin\"");
        continue;
      }
      Side side;
      String name;
      if (e.startsWith("@builtin/")) {
        side = builtin;
        name = e.substring("@builtin/".length());
      } else if (e.startsWith("@")) {
        side = mcp;
        name = e;
      } else {
        side = builtin;
        name = e;
      }
      boolean pattern = name.indexOf('*') >= 0 || name.indexOf('?') >= 0;
      side.addExact(name, new Match(e, at, true));
      if (pattern) {
        try {
          side.addPattern(
              name, Glob.compile(name, GlobDialect.TOOL_NAME), new Match(e, at, false), i);
        } catch (GlobSyntaxException ex) {
          diags.add(
              PermissionCode.INVALID_TOOL_GLOB,
              at,
              "'" + e + "' is not a valid glob; it matches only itself");
        }
      }
    }
    builtin.freeze();
    mcp.freeze();
    this.ruleDiagnostics = diags.toList();
    this.diagnostics = RuleDiagnostics.diagnostics(ruleDiagnostics);
  }

  /** Compiles {@code allowedTools} written at {@code origin} (the pointer of the list). */
  public static ToolPatternIndex compile(List<String> allowedTools, RuleOrigin origin) {
    return new ToolPatternIndex(allowedTools, Objects.requireNonNull(origin, "origin"));
  }

  /** The entries as written. */
  public List<String> entries() {
    return entries;
  }

  /** Problems found while compiling. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The problems with the rules they are about, for the engine to place them. */
  public List<RuleDiagnostics.Entry> ruleDiagnostics() {
    return ruleDiagnostics;
  }

  /** The entry that allows built-in tool {@code name}, if any. */
  public Optional<Match> matchBuiltin(String name) {
    return Optional.ofNullable(builtin.lookup(name));
  }

  /** The entry that allows tool {@code tool} of MCP server {@code server}, if any. */
  public Optional<Match> matchMcp(String server, String tool) {
    Match m = mcp.lookup("@" + server + "/" + tool);
    Match s = mcp.lookup("@" + server);
    if (m == null) {
      return Optional.ofNullable(s);
    }
    if (s == null || m.exact() || !s.exact()) {
      return Optional.of(m);
    }
    return Optional.of(s);
  }

  static String literalPrefix(String pattern) {
    int i = 0;
    while (i < pattern.length() && "*?[{\\".indexOf(pattern.charAt(i)) < 0) {
      i++;
    }
    return pattern.substring(0, i);
  }
}
