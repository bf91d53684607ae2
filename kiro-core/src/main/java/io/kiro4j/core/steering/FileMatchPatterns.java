package io.kiro4j.core.steering;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shapes real files give {@code fileMatchPattern} strings. The docs show a glob or a YAML
 * list of globs (L1129–1144); files in the wild also write {@code "*.ts,*.tsx"}, {@code
 * '*.tsx|*.jsx'} and {@code '**}{@code /*.(ts|tsx)'}. Each of those has one evident reading, so it
 * is read that way and reported, never silently.
 */
final class FileMatchPatterns {

  /** The globs read from one string, and which habits were rewritten. */
  record Split(List<String> globs, boolean commaJoined, boolean pipeAlternation) {}

  private FileMatchPatterns() {}

  static Split split(String raw) {
    List<String> commaParts = splitTopLevel(raw, ',');
    boolean commaJoined = commaParts.size() > 1;
    boolean pipes = false;
    List<String> globs = new ArrayList<>();
    for (String part : commaParts) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String grouped = parenGroupsToBraces(p);
      if (!grouped.equals(p)) {
        pipes = true;
        p = grouped;
      }
      List<String> alternatives = splitTopLevel(p, '|');
      if (alternatives.size() > 1) {
        pipes = true;
      }
      for (String alt : alternatives) {
        if (!alt.isBlank()) {
          globs.add(alt.strip());
        }
      }
    }
    return new Split(List.copyOf(globs), commaJoined, pipes);
  }

  /** Splits on {@code separator} outside {@code {...}}, {@code [...]} and {@code (...)}. */
  private static List<String> splitTopLevel(String s, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{' || c == '[' || c == '(') {
        depth++;
      } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
        depth--;
      } else if (c == separator && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  /** {@code (ts|tsx)} becomes {@code {ts,tsx}}; parentheses without {@code |} stay literal. */
  private static String parenGroupsToBraces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        out.append(c).append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '(') {
        int close = s.indexOf(')', i + 1);
        if (close > 0) {
          String inner = s.substring(i + 1, close);
          if (inner.indexOf('|') >= 0 && inner.indexOf('(') < 0) {
            out.append('{').append(inner.replace('|', ',')).append('}');
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
