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

  private static final Pattern SHALL = Pattern.compile("\\bSHALL\\b");
  private static final Pattern SHALL_ANY_CASE = Pattern.compile("(?i)\\bshall\\b");
  private static final Pattern KEYWORD = Pattern.compile("\\b(WHERE|WHILE|WHEN|IF|THEN|THE)\\b");
  private static final Pattern CONDITION_AFTER = Pattern.compile("\\b(WHERE|WHILE|WHEN|IF)\\b");
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
    String s = text.replace("**", "").strip();
    Matcher shall = SHALL.matcher(s);
    List<int[]> shalls = new ArrayList<>();
    while (shall.find()) {
      shalls.add(new int[] {shall.start(), shall.end()});
    }
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
    Matcher q = QUANTIFIER.matcher(pre);
    if (q.find()) {
      quantifier = Optional.of(q.group(1));
      pre = pre.substring(q.end());
    }
    Matcher lead = LEADING.matcher(pre);
    if (lead.find()) {
      pre = lead.group(1).toUpperCase(java.util.Locale.ROOT) + pre.substring(lead.end());
    }

    List<EarsStatement.Condition> conditions = new ArrayList<>();
    List<int[]> marks = new ArrayList<>();
    Matcher k = KEYWORD.matcher(pre);
    while (k.find()) {
      marks.add(new int[] {k.start(), k.end()});
    }
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
        CONDITION_AFTER.matcher(system).find() || CONDITION_AFTER.matcher(response).find();
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

  private static int skipSpace(String s, int pos) {
    int i = pos;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
      i++;
    }
    return i;
  }
}
