package io.kiro4j.specs.requirements;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one acceptance criterion as EARS. Both styles found in real specs are read: the classic
 * {@code WHEN x THEN the system SHALL y} and the newer {@code WHEN x, THE System SHALL y}. Keywords
 * are the capitalised words; a sentence may also start with {@code When}, {@code While}, {@code If}
 * or {@code Where}. A keyword is a word even inside CJK text ({@code WHEN用户…，THE系统SHALL显示});
 * keywords inside code spans, quotes and SQL are text. Spanish and German criteria that translate
 * the keywords ({@code CUANDO … ENTONCES el sistema DEBERÁ …}, {@code WENN … DANN SOLL …}) are read
 * the same way.
 *
 * <p>The parser reports nothing itself: the document decides, from all its criteria, which findings
 * are worth a warning (see {@link RequirementsDocument}).
 */
final class EarsParser {

  /** How the criterion writes its modal verb. */
  enum Shall {
    /** {@code SHALL}. */
    UPPER,
    /** {@code shall}. */
    LOWER,
    /** A translated keyword in capitals ({@code DEBERÁ}, {@code SOLL}). */
    TRANSLATED,
    /** None of these. */
    NONE
  }

  /** One problem of the criterion's EARS form. */
  record Finding(RequirementsCode code, String message) {}

  /**
   * What reading one criterion found.
   *
   * @param ears the EARS reading, if the form is complete
   * @param shall how the modal verb is written
   * @param otherModal {@code MAY}, {@code SHOULD}, {@code MUST} or {@code WILL} when the criterion
   *     has no SHALL but one of these
   * @param findings problems of the form (several SHALLs, not EARS, IF without THEN)
   */
  record Reading(
      Optional<EarsStatement> ears, Shall shall, String otherModal, List<Finding> findings) {}

  private static final Map<String, String> ENGLISH =
      Map.of(
          "WHERE", "WHERE", "WHILE", "WHILE", "WHEN", "WHEN", "IF", "IF", "THEN", "THEN", "THE",
          "THE", "SHALL", "SHALL");
  // Seen in Kiro specs written in Spanish ("CUANDO … ENTONCES el sistema DEBERÁ …") and German
  // ("WENN … DANN SOLL das System …").
  private static final Map<String, String> SPANISH =
      Map.of(
          "CUANDO",
          "WHEN",
          "SI",
          "IF",
          "MIENTRAS",
          "WHILE",
          "DONDE",
          "WHERE",
          "ENTONCES",
          "THEN",
          "DEBERÁ",
          "SHALL",
          "DEBE",
          "SHALL");
  private static final Map<String, String> GERMAN =
      Map.of(
          "WENN", "WHEN", "FALLS", "IF", "WÄHREND", "WHILE", "WO", "WHERE", "DANN", "THEN", "SOLL",
          "SHALL", "MUSS", "SHALL");
  private static final List<Map<String, String>> TRANSLATIONS = List.of(SPANISH, GERMAN);
  private static final Set<String> OTHER_MODALS = Set.of("MAY", "SHOULD", "MUST", "WILL");
  private static final Set<String> CONDITIONS = Set.of("WHERE", "WHILE", "WHEN", "IF");
  private static final Set<String> SQL_VERBS = Set.of("SELECT", "UPDATE", "DELETE", "INSERT");
  private static final Pattern LOWER_SHALL =
      Pattern.compile("(?i)(?<![\\p{L}\\d_])shall(?![\\p{L}\\d_])");
  private static final Pattern QUANTIFIER =
      Pattern.compile("^(?i)(for (?:any|all|every|each)\\b[^,]*),\\s*");
  private static final Pattern LEADING = Pattern.compile("^(When|While|If|Where)\\b");
  // "**Explicit pause point:** WHEN …" or "**Note**: THE …": a bold label before the statement.
  private static final Pattern BOLD_LABEL =
      Pattern.compile("^(?:\\*\\*[^*]{1,80}?[:：]\\*\\*|\\*\\*[^*]{1,80}?\\*\\*[:：])\\s*");

  private EarsParser() {}

  /** The reading of one criterion's text. */
  static Reading read(String text, String id) {
    String s = text.strip();
    Matcher label = s.startsWith("**") ? BOLD_LABEL.matcher(s) : null;
    if (label != null && label.find() && label.end() < s.length()) {
      s = s.substring(label.end());
    }
    if (s.indexOf('*') >= 0) {
      s = s.replace("**", "");
    }
    s = s.strip();
    String masked = mask(s);
    Map<String, String> dialect = ENGLISH;
    List<Mark> shalls = marks(masked, 0, masked.length(), dialect, "SHALL");
    Shall shall = Shall.UPPER;
    if (shalls.isEmpty()) {
      Matcher lower = LOWER_SHALL.matcher(masked);
      while (lower.find()) {
        shalls.add(new Mark(lower.start(), lower.end(), "SHALL"));
      }
      shall = Shall.LOWER;
    }
    if (shalls.isEmpty()) {
      for (Map<String, String> t : TRANSLATIONS) {
        shalls = marks(masked, 0, masked.length(), t, "SHALL");
        if (!shalls.isEmpty()) {
          dialect = t;
          shall = Shall.TRANSLATED;
          break;
        }
      }
    }
    if (shalls.isEmpty()) {
      String other = null;
      for (Mark m : marks(masked, 0, masked.length(), null, null)) {
        String w = masked.substring(m.start, m.end);
        if (OTHER_MODALS.contains(w)) {
          other = w;
          break;
        }
      }
      return new Reading(Optional.empty(), Shall.NONE, other, List.of());
    }
    List<Finding> findings = new ArrayList<>(1);
    if (shalls.size() > 1) {
      findings.add(
          new Finding(
              RequirementsCode.SEVERAL_SHALLS,
              "criterion " + id + " has " + shalls.size() + " SHALLs"));
    }
    int shallStart = shalls.get(0).start;
    String response = s.substring(shalls.get(0).end).strip();
    String maskedResponse = masked.substring(shalls.get(0).end);
    boolean continueTo = false;
    if (response.regionMatches(true, 0, "CONTINUE TO", 0, 11)) {
      continueTo = true;
      response = response.substring(11).strip();
    }
    int from = 0;
    Optional<String> quantifier = Optional.empty();
    Matcher q = s.regionMatches(true, 0, "for ", 0, 4) ? QUANTIFIER.matcher(s) : null;
    if (q != null && q.find() && q.end() <= shallStart) {
      quantifier = Optional.of(q.group(1));
      from = q.end();
    }
    List<Mark> marks = marks(masked, from, shallStart, dialect, null);
    // Loops, not removeIf and forEach lambdas: every criterion a lint reads comes here, and a
    // fresh JVM links each lambda it reaches through java.lang.invoke.
    for (int i = marks.size() - 1; i >= 0; i--) {
      if (marks.get(i).kind.equals("SHALL")) {
        marks.remove(i);
      }
    }
    Matcher lead = LEADING.matcher(s).region(from, shallStart);
    if (lead.lookingAt() && (marks.isEmpty() || marks.get(0).start != from)) {
      marks.add(0, new Mark(from, lead.end(), lead.group(1).toUpperCase(java.util.Locale.ROOT)));
    }

    List<EarsStatement.Condition> conditions = new ArrayList<>();
    boolean sawThen = false;
    boolean malformed = false;
    int systemStart;
    int first = skipSeparators(s, from);
    if (marks.isEmpty() || marks.get(0).start != first || !CONDITIONS.contains(marks.get(0).kind)) {
      systemStart = first; // ubiquitous: THE <system> SHALL
    } else {
      // The system starts after the last THEN, else at the last THE that does not open a
      // condition clause ("WHEN THE user …"), else after the last comma; the conditions run from
      // the first keyword to there.
      int conditionsEnd = -1;
      systemStart = -1;
      for (int i = marks.size() - 1; i > 0 && systemStart < 0; i--) {
        if (marks.get(i).kind.equals("THEN")) {
          sawThen = true;
          conditionsEnd = marks.get(i).start;
          systemStart = marks.get(i).end;
        }
      }
      for (int i = marks.size() - 1; i > 0 && systemStart < 0; i--) {
        Mark m = marks.get(i);
        if (m.kind.equals("THE") && !opensClause(marks.get(i - 1), m, s)) {
          conditionsEnd = m.start;
          systemStart = m.start;
        }
      }
      if (systemStart < 0) {
        int comma = lastSeparator(masked, marks.get(0).end, shallStart);
        if (comma >= 0) {
          conditionsEnd = comma;
          systemStart = comma + 1;
        } else {
          malformed = true;
          conditionsEnd = shallStart;
          systemStart = shallStart;
        }
      }
      List<Mark> starts = new ArrayList<>();
      for (Mark m : marks) {
        if (m.start < conditionsEnd && CONDITIONS.contains(m.kind)) {
          starts.add(m);
        }
      }
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1).start : conditionsEnd;
        String clause =
            trimClause(s.substring(starts.get(i).end, Math.max(end, starts.get(i).end)));
        conditions.add(
            new EarsStatement.Condition(EarsStatement.Keyword.valueOf(starts.get(i).kind), clause));
      }
    }
    String system = s.substring(systemStart, shallStart);
    String maskedSystem = masked.substring(systemStart, shallStart);
    system = trimClause(system);
    for (Mark m : marks) {
      if (m.start >= systemStart
          && m.kind.equals("THEN")
          && system.startsWith(s.substring(m.start, m.end))) {
        sawThen = true;
        system = trimClause(system.substring(m.end - m.start));
      }
    }
    system = dropArticle(system);
    // With several SHALLs the criterion holds several statements ("…; IF x, THEN THE A SHALL y"):
    // a condition after the first SHALL starts the next one (REQ-002 says so), not a misplaced
    // clause.
    boolean conditionInside =
        hasCondition(maskedSystem, dialect)
            || shalls.size() == 1 && hasCondition(maskedResponse, dialect);
    // German puts the modal before the system ("DANN SOLL das System …"): no system before it.
    boolean systemAfterModal = shall == Shall.TRANSLATED && sawThen;
    if (malformed
        || system.isEmpty() && !systemAfterModal
        || response.isEmpty()
        || conditionInside) {
      String why =
          system.isEmpty() && !malformed
              ? "no system is named before SHALL"
              : response.isEmpty()
                  ? "nothing follows SHALL"
                  : conditionInside
                      ? "a condition keyword comes after the system"
                      : "a condition clause does not end before the system";
      findings.add(
          new Finding(
              RequirementsCode.NOT_EARS, "criterion " + id + " is not in an EARS form: " + why));
      return new Reading(Optional.empty(), shall, null, findings);
    }
    Set<EarsStatement.Keyword> kinds = EnumSet.noneOf(EarsStatement.Keyword.class);
    for (EarsStatement.Condition c : conditions) {
      kinds.add(c.keyword());
    }
    if (kinds.contains(EarsStatement.Keyword.IF) && !sawThen) {
      findings.add(
          new Finding(
              RequirementsCode.IF_WITHOUT_THEN,
              "criterion " + id + " has IF without THEN (IF ..., THEN THE <system> SHALL ...)"));
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
    return new Reading(
        Optional.of(
            new EarsStatement(pattern, conditions, system, response, continueTo, quantifier)),
        shall,
        null,
        findings);
  }

  /** A keyword found in the text: its span and what it stands for. */
  record Mark(int start, int end, String kind) {}

  /**
   * The keywords of {@code s} between {@code from} and {@code to}: whole words in capitals that
   * {@code dialect} knows (every capitalised word when it is null), optionally only of one kind. A
   * word is a run of letters, digits and {@code _}; CJK characters end a word, so {@code 界面SHALL保持}
   * holds SHALL.
   */
  static List<Mark> marks(String s, int from, int to, Map<String, String> dialect, String only) {
    List<Mark> out = new ArrayList<>(4);
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean upper = true;
      while (i < to && isWordChar(s.charAt(i))) {
        upper &= Character.isUpperCase(s.charAt(i));
        i++;
      }
      if (upper && i - start <= 8) {
        String w = s.substring(start, i);
        String kind = dialect == null ? w : dialect.get(w);
        if (kind != null && (only == null || only.equals(kind))) {
          out.add(new Mark(start, i, kind));
        }
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return (Character.isLetterOrDigit(c) || c == '_') && !Vocabulary.isCjk(c);
  }

  /** True when {@code the} directly follows the condition keyword {@code before}: WHEN THE user. */
  private static boolean opensClause(Mark before, Mark the, String s) {
    return CONDITIONS.contains(before.kind) && s.substring(before.end, the.start).isBlank();
  }

  /** True when a condition keyword is used as one ("WHEN/THEN format" only names it). */
  private static boolean hasCondition(String masked, Map<String, String> dialect) {
    for (Mark m : marks(masked, 0, masked.length(), dialect, null)) {
      if (CONDITIONS.contains(m.kind)
          && (m.end >= masked.length() || masked.charAt(m.end) != '/')
          && (m.start == 0 || masked.charAt(m.start - 1) != '/')) {
        return true;
      }
    }
    return false;
  }

  /** The system without a leading {@code THE}/{@code the}. */
  private static String dropArticle(String system) {
    if (system.regionMatches(true, 0, "the ", 0, 4)) {
      return system.substring(4).strip();
    }
    if (system.startsWith("THE") && system.length() > 3 && Vocabulary.isCjk(system.charAt(3))) {
      return system.substring(3).strip();
    }
    return system;
  }

  private static int skipSeparators(String s, int pos) {
    int i = pos;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || isSeparator(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '，' || c == '、';
  }

  private static int lastSeparator(String masked, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (masked.charAt(i) == ',' || masked.charAt(i) == '，') {
        return i;
      }
    }
    return -1;
  }

  /** The clause without surrounding blanks and separators. */
  private static String trimClause(String clause) {
    int a = 0;
    int b = clause.length();
    while (a < b && (Character.isWhitespace(clause.charAt(a)) || isSeparator(clause.charAt(a)))) {
      a++;
    }
    while (b > a
        && (Character.isWhitespace(clause.charAt(b - 1)) || isSeparator(clause.charAt(b - 1)))) {
      b--;
    }
    return clause.substring(a, b);
  }

  /**
   * {@code s} with what is not EARS blanked out (same length): code spans, quoted text ({@code
   * "…"}, {@code “…”}, {@code «…»}, {@code 「…」}, {@code 『…』}) and SQL ({@code SELECT … FROM t WHERE
   * …}, {@code CASE WHEN … THEN … END}) up to the end of its sentence or the next SHALL.
   */
  static String mask(String s) {
    char[] out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char close =
          c == '`'
              ? '`'
              : c == '"'
                  ? '"'
                  : c == '“' ? '”' : c == '«' ? '»' : c == '「' ? '」' : c == '『' ? '』' : 0;
      if (close != 0) {
        int end = s.indexOf(close, i + 1);
        if (end > i) {
          if (out == null) {
            out = s.toCharArray();
          }
          for (int k = i + 1; k < end; k++) {
            out[k] = ' ';
          }
          i = end;
        }
        continue;
      }
      if (c >= 'A' && c <= 'Z' && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
        int j = i;
        while (j < n && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
          j++;
        }
        String w = j - i >= 4 && j - i <= 6 ? s.substring(i, j) : "";
        if ((SQL_VERBS.contains(w) || w.equals("CASE"))
            && (j == n || !isWordChar(s.charAt(j)))
            && isSql(s, w, j)) {
          int end = sqlEnd(s, j, w.equals("CASE"));
          if (out == null) {
            out = s.toCharArray();
          }
          for (int k = i; k < end; k++) {
            out[k] = ' ';
          }
          i = end - 1;
          continue;
        }
        i = j - 1;
      }
    }
    return out == null ? s : new String(out);
  }

  // SQL is a verb with its partner: SELECT … FROM, DELETE FROM, UPDATE … SET, INSERT INTO,
  // CASE WHEN; "WHEN making DELETE requests" is English.
  private static final Pattern SQL_SHAPE =
      Pattern.compile(
          "^(?:SELECT\\s[^.;。]*?\\bFROM\\b|DELETE\\s+FROM\\b|UPDATE\\s+\\S+\\s+SET\\b"
              + "|INSERT\\s+INTO\\b|CASE\\s+WHEN\\b)");

  private static final Pattern SQL_END = Pattern.compile("\\bEND\\b");

  private static boolean isSql(String s, String verb, int afterVerb) {
    return SQL_SHAPE.matcher(s).region(afterVerb - verb.length(), s.length()).lookingAt();
  }

  /** Where SQL that starts before {@code from} ends: END for CASE, else the sentence or SHALL. */
  private static int sqlEnd(String s, int from, boolean caseExpression) {
    if (caseExpression) {
      Matcher end = SQL_END.matcher(s);
      return end.find(from) ? end.end() : from;
    }
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == ';'
          || c == '，'
          || (c == '.' && (i + 1 == n || Character.isWhitespace(s.charAt(i + 1))))) {
        return i;
      }
      if (c == 'S' && s.startsWith("SHALL", i) && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
        return i;
      }
    }
    return n;
  }
}
