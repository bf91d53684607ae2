package io.kiro4j.specs.requirements;

import io.kiro4j.core.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one acceptance criterion as EARS. Both styles found in real specs are read: the classic
 * {@code WHEN x THEN the system SHALL y} and the newer {@code WHEN x, THE System SHALL y}. Keywords
 * are the capitalised words; a sentence may also start with {@code When}, {@code While}, {@code If}
 * or {@code Where}.
 */
final class EarsParser {

  private static final List<String> SHALL_WORD = List.of("SHALL");
  private static final List<String> KEYWORDS =
      List.of("WHERE", "WHILE", "WHEN", "IF", "THEN", "THE");
  private static final List<String> CONDITIONS = List.of("WHERE", "WHILE", "WHEN", "IF");
  private static final Pattern SHALL_ANY_CASE = Pattern.compile("(?i)\\bshall\\b");
  private static final Pattern QUANTIFIER =
      Pattern.compile("^(?i)(for (?:any|all|every|each)\\b[^,]*),\\s*");
  private static final Pattern LEADING = Pattern.compile("^(When|While|If|Where)\\b");

  private EarsParser() {}

  /**
   * The EARS reading of {@code text}, reporting problems at {@code line:column}; {@code
   * requireShall} is false for bugfix "current behaviour" clauses, which describe a defect.
   */
  static Optional<EarsStatement> parse(
      String text,
      boolean requireShall,
      Path path,
      int line,
      int column,
      String id,
      Diagnostics diagnostics) {
    String s = (text.indexOf('*') >= 0 ? text.replace("**", "") : text).strip();
    List<int[]> shalls = words(s, SHALL_WORD);
    if (shalls.isEmpty()) {
      Matcher lower = SHALL_ANY_CASE.matcher(s);
      while (lower.find()) {
        shalls.add(new int[] {lower.start(), lower.end()});
      }
      if (!shalls.isEmpty() && requireShall) {
        diagnostics.add(
            RequirementsCode.LOWERCASE_SHALL,
            path,
            line,
            column,
            "criterion " + id + " writes 'shall' in lower case");
      }
    }
    if (shalls.isEmpty()) {
      if (requireShall) {
        diagnostics.add(
            RequirementsCode.NO_SHALL, path, line, column, "criterion " + id + " has no SHALL");
      }
      return Optional.empty();
    }
    if (shalls.size() > 1 && requireShall) {
      diagnostics.add(
          RequirementsCode.SEVERAL_SHALLS,
          path,
          line,
          column,
          "criterion " + id + " has " + shalls.size() + " SHALLs");
    }
    String pre = s.substring(0, shalls.get(0)[0]);
    String response = s.substring(shalls.get(0)[1]).strip();
    boolean continueTo = false;
    if (response.regionMatches(true, 0, "CONTINUE TO", 0, 11)) {
      continueTo = true;
      response = response.substring(11).strip();
    }
    Optional<String> quantifier = Optional.empty();
    Matcher q = pre.regionMatches(true, 0, "for ", 0, 4) ? QUANTIFIER.matcher(pre) : null;
    if (q != null && q.find()) {
      quantifier = Optional.of(q.group(1));
      pre = pre.substring(q.end());
    }
    Matcher lead = pre.startsWith("W") || pre.startsWith("I") ? LEADING.matcher(pre) : null;
    if (lead != null && lead.find()) {
      pre = lead.group(1).toUpperCase(java.util.Locale.ROOT) + pre.substring(lead.end());
    }

    List<EarsStatement.Condition> conditions = new ArrayList<>();
    List<int[]> marks = words(pre, KEYWORDS);
    int pos = 0;
    int mi = 0;
    boolean sawThen = false;
    boolean malformed = false;
    while (mi < marks.size() && marks.get(mi)[0] == skipSpace(pre, pos)) {
      String word = pre.substring(marks.get(mi)[0], marks.get(mi)[1]);
      if (word.equals("THE")) {
        break;
      }
      if (word.equals("THEN")) {
        sawThen = true;
        pos = marks.get(mi)[1];
        mi++;
        continue;
      }
      EarsStatement.Keyword kw = EarsStatement.Keyword.valueOf(word);
      int clauseStart = marks.get(mi)[1];
      int clauseEnd;
      int next = mi + 1;
      // The clause runs to the next keyword; "the" inside a clause is lower case, THE is the
      // system.
      if (next < marks.size()) {
        clauseEnd = marks.get(next)[0];
      } else {
        int comma = pre.lastIndexOf(',');
        if (comma > clauseStart) {
          clauseEnd = comma;
        } else {
          malformed = true;
          clauseEnd = pre.length();
        }
      }
      String clause = pre.substring(clauseStart, clauseEnd).strip();
      if (clause.endsWith(",")) {
        clause = clause.substring(0, clause.length() - 1).strip();
      }
      conditions.add(new EarsStatement.Condition(kw, clause));
      pos = clauseEnd;
      if (pos < pre.length() && pre.charAt(pos) == ',') {
        pos++;
      }
      mi = next;
    }
    String system = pre.substring(Math.min(pos, pre.length())).strip();
    if (system.startsWith(",")) {
      system = system.substring(1).strip();
    }
    if (system.startsWith("THEN ")) {
      sawThen = true;
      system = system.substring(5).strip();
    }
    if (system.regionMatches(true, 0, "the ", 0, 4)) {
      system = system.substring(4).strip();
    }
    if (system.endsWith(",")) {
      system = system.substring(0, system.length() - 1).strip();
    }
    Set<EarsStatement.Keyword> kinds = EnumSet.noneOf(EarsStatement.Keyword.class);
    conditions.forEach(c -> kinds.add(c.keyword()));
    boolean conditionInside =
        !words(system, CONDITIONS).isEmpty() || !words(response, CONDITIONS).isEmpty();
    if (malformed || system.isEmpty() || response.isEmpty() || conditionInside) {
      if (requireShall) {
        String why =
            system.isEmpty()
                ? "no system is named before SHALL"
                : response.isEmpty()
                    ? "nothing follows SHALL"
                    : conditionInside
                        ? "a condition keyword comes after the system"
                        : "a condition clause does not end before the system";
        diagnostics.add(
            RequirementsCode.NOT_EARS,
            path,
            line,
            column,
            "criterion " + id + " is not in an EARS form: " + why);
      }
      return Optional.empty();
    }
    if (kinds.contains(EarsStatement.Keyword.IF) && !sawThen && requireShall) {
      diagnostics.add(
          RequirementsCode.IF_WITHOUT_THEN,
          path,
          line,
          column,
          "criterion " + id + " has IF without THEN (IF ..., THEN THE <system> SHALL ...)");
    }
    EarsPattern pattern;
    if (kinds.isEmpty()) {
      pattern = EarsPattern.UBIQUITOUS;
    } else if (kinds.size() > 1) {
      pattern = EarsPattern.COMPLEX;
    } else {
      switch (kinds.iterator().next()) {
        case WHEN:
          pattern = EarsPattern.EVENT_DRIVEN;
          break;
        case WHILE:
          pattern = EarsPattern.STATE_DRIVEN;
          break;
        case IF:
          pattern = EarsPattern.UNWANTED_BEHAVIOUR;
          break;
        default:
          pattern = EarsPattern.OPTIONAL_FEATURE;
          break;
      }
    }
    return Optional.of(
        new EarsStatement(pattern, conditions, system, response, continueTo, quantifier));
  }

  /**
   * The positions ({@code [start, end]}) of the whole words of {@code s} that are one of {@code
   * words}, compared exactly; a word is a run of letters, digits and {@code _} (as {@code \\b}).
   */
  static List<int[]> words(String s, List<String> words) {
    List<int[]> out = new ArrayList<>(2);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean upper = true;
      while (i < n && isWordChar(s.charAt(i))) {
        char d = s.charAt(i);
        upper &= d >= 'A' && d <= 'Z';
        i++;
      }
      if (upper && i - start <= 5) {
        for (String w : words) {
          if (w.length() == i - start && s.startsWith(w, start)) {
            out.add(new int[] {start, i});
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int skipSpace(String s, int pos) {
    int i = pos;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
      i++;
    }
    return i;
  }
}
