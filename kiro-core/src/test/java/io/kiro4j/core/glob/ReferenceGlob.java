package io.kiro4j.core.glob;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A deliberately straightforward reference for the glob dialects: expand braces as strings, then
 * translate each alternative to a {@link java.util.regex.Pattern}. Slow and allocation-heavy, but
 * easy to check against the rules in {@link GlobDialect}; the properties compare the engine with
 * it. Only valid patterns are given to it.
 */
final class ReferenceGlob {

  private final List<Pattern> regexes = new ArrayList<>();
  private final String exact; // tool names: the pattern text always matches itself

  private ReferenceGlob(String pattern, GlobDialect dialect, boolean caseInsensitive) {
    int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
    String exactText = null;
    String p = pattern;
    boolean anchored = false;
    List<String> alternatives;
    switch (dialect) {
      case TOOL_NAME:
        exactText = pattern;
        if (!pattern.contains("*") && !pattern.contains("?")) {
          regexes.add(Pattern.compile(Pattern.quote(pattern), flags));
          exact = exactText;
          return;
        }
        alternatives = expand(p, true);
        break;
      case WORKSPACE_FILE:
        while (p.startsWith("./")) {
          p = p.substring(2);
        }
        if (p.startsWith("/")) {
          anchored = true;
          p = p.substring(1);
        }
        alternatives = expand(p, false);
        break;
      default:
        if (p.endsWith("/")) {
          p = p.substring(0, p.length() - 1);
        }
        anchored = p.contains("/");
        if (p.startsWith("/")) {
          p = p.substring(1);
        }
        alternatives = List.of(p);
        break;
    }
    for (String alternative : alternatives) {
      List<Object> units = units(alternative, dialect);
      boolean anyDepth =
          dialect == GlobDialect.GITIGNORE && !anchored
              || dialect == GlobDialect.WORKSPACE_FILE && !anchored && !units.contains('/');
      String regex = (anyDepth ? "(?:.*/)?" : "") + translate(units, dialect);
      regexes.add(Pattern.compile(regex, flags));
    }
    exact = exactText;
  }

  static ReferenceGlob of(String pattern, GlobDialect dialect) {
    return new ReferenceGlob(pattern, dialect, false);
  }

  static ReferenceGlob of(String pattern, GlobDialect dialect, boolean caseInsensitive) {
    return new ReferenceGlob(pattern, dialect, caseInsensitive);
  }

  boolean matches(String text) {
    if (exact != null && exact.equals(text)) {
      return true;
    }
    return regexes.stream().anyMatch(r -> r.matcher(text).matches());
  }

  // ------------------------------------------------------------------ braces as strings

  /** All brace expansions of {@code p}; escapes and classes are copied through untouched. */
  private static List<String> expand(String p, boolean dropEmpty) {
    int open = findOpenBrace(p);
    if (open < 0) {
      return List.of(p);
    }
    // find the matching close and top-level commas
    int depth = 0;
    List<Integer> commas = new ArrayList<>();
    int close = -1;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(p, i);
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          close = i;
          break;
        }
      } else if (c == ',' && depth == 1) {
        commas.add(i);
      }
    }
    String head = p.substring(0, open);
    String tail = p.substring(close + 1);
    List<String> options = new ArrayList<>();
    int start = open + 1;
    commas.add(close);
    for (int comma : commas) {
      options.addAll(expand(p.substring(start, comma), dropEmpty));
      start = comma + 1;
    }
    if (dropEmpty) {
      List<String> nonEmpty = new ArrayList<>(options);
      nonEmpty.removeIf(String::isEmpty);
      options = nonEmpty.isEmpty() ? List.of("") : nonEmpty;
    }
    List<String> result = new ArrayList<>();
    for (String option : options) {
      result.addAll(expand(head + option + tail, dropEmpty));
    }
    return result;
  }

  private static int findOpenBrace(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(p, i);
      } else if (c == '{') {
        return i;
      }
    }
    return -1;
  }

  /** Index of the ']' closing the class that opens at {@code open}. */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++;
    }
    while (p.charAt(i) != ']') {
      i++;
    }
    return i;
  }

  // ------------------------------------------------------------------ translation

  private static final Object STAR = "STAR";
  private static final Object DOUBLE = "DOUBLE";
  private static final Object ONE = "ONE";

  /** Characters (Character), STAR, DOUBLE, ONE, or a class as a String regex. */
  private static List<Object> units(String p, GlobDialect dialect) {
    List<Object> units = new ArrayList<>();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        units.add(p.charAt(++i));
      } else if (c == '*') {
        int j = i;
        while (j < p.length() && p.charAt(j) == '*') {
          j++;
        }
        units.add(j - i >= 2 ? DOUBLE : STAR);
        i = j - 1;
      } else if (c == '?') {
        units.add(ONE);
      } else if (c == '[') {
        int end = classEnd(p, i);
        units.add(classRegex(p.substring(i + 1, end)));
        i = end;
      } else {
        units.add(c);
      }
    }
    return units;
  }

  private static String classRegex(String body) {
    StringBuilder sb = new StringBuilder("[");
    int i = 0;
    if (body.startsWith("!") || body.startsWith("^")) {
      sb.append('^');
      i = 1;
    }
    for (; i < body.length(); i++) {
      char c = body.charAt(i);
      if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
        sb.append(hex(c)).append('-').append(hex(body.charAt(i + 2)));
        i += 2;
      } else {
        sb.append(hex(c));
      }
    }
    return sb.append(']').toString();
  }

  private static String hex(char c) {
    return String.format("\\x{%x}", (int) c);
  }

  private static String translate(List<Object> units, GlobDialect dialect) {
    boolean path = dialect != GlobDialect.TOOL_NAME;
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < units.size(); i++) {
      Object u = units.get(i);
      if (u == DOUBLE) {
        boolean before = i == 0 || Character.valueOf('/').equals(units.get(i - 1));
        boolean after = i == units.size() - 1 || Character.valueOf('/').equals(units.get(i + 1));
        if (before && after) {
          if (i == units.size() - 1) {
            re.append(".*");
          } else {
            re.append("(?:.*/)?");
            i++;
          }
          continue;
        }
        u = STAR;
      }
      if (u == STAR) {
        re.append(path ? "[^/]*" : ".*");
      } else if (u == ONE) {
        re.append(path ? "[^/]" : ".");
      } else if (u instanceof Character) {
        re.append(Pattern.quote(String.valueOf(u)));
      } else {
        re.append(path ? "(?!/)" : "").append(u);
      }
    }
    return re.toString();
  }
}
