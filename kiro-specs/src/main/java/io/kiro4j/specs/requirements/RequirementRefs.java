package io.kiro4j.specs.requirements;

import io.kiro4j.specs.source.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds requirement reference lists in a line: {@code _Requirements: 1.1, 2.3_} (the form Kiro
 * writes in tasks.md), {@code **Requirements:** 1.1}, {@code Requirements: All}, {@code
 * **Validates: Requirements 1.2, 3.1**} (design.md and property tasks), and the same in the
 * languages Kiro writes specs in: {@code _需求: 1.1_}, {@code **验证: 需求 1.2**}, {@code **验证需求：1.2**},
 * {@code _Requisitos: 1.1_}, {@code **Valida: Requisito 1.2**}, {@code _要件: 1.1_}. A list needs a
 * colon after the word or a {@code Validates:} (or translation) before it, so prose such as "the
 * requirements document" is not a reference.
 *
 * <p>Items a reader understands are read: ids ({@code 2}, {@code 2.3}); ranges ({@code 1.1-1.3},
 * {@code 1.1–1.3}, {@code 1.1~1.3}, {@code 1-3}, {@code R1–R10}, and {@code 1.1-6.6} across
 * requirements, {@link RequirementRef.Kind#RANGE}); prefixed ids ({@code Requirement 1.1}, {@code
 * Req 4}, {@code REQ-2}, {@code R3}, {@code 需求 2}); criteria of a shorthand requirement ({@code R4
 * AC2}, {@code R11 AC1-2}, and {@code AC6-8} after an {@code R5} of the same list); "all" words
 * ({@code All}, {@code All requirements}, {@code todos}, {@code 全部}); a trailing comment ({@code
 * 2.3 (error state)}). {@code Property 3} or {@code Properties 1, 2} name design properties, not
 * requirements ({@link RequirementRef.Kind#PROPERTY}). Words that are no id at all ({@code N/A},
 * {@code TBD}, {@code Code quality}, {@code FR1}) are notes ({@link RequirementRef.Kind#NOTE}).
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class RequirementRefs {

  // The words a list is labelled with; the list follows a colon after them.
  private static final Pattern WORD = Pattern.compile("(?i:requirements?|requisitos?)|需求|要件");
  // A label before the word makes it a list without a colon: "Validates: Requirements 1.2".
  private static final Pattern VALIDATES =
      Pattern.compile("(?:(?i:validates|valida)|验证|驗證|検証)\\s*[:：]\\s*$");
  private static final Pattern ID = Pattern.compile("\\d+(?:\\.\\d+)*");
  private static final Pattern ALL =
      Pattern.compile(
          "(?i)^(?:all|todos|todas|tous|toutes|alle)(?:\\s+(?:the\\s+)?(?:requirements|criteria"
              + "|acceptance criteria|requisitos|los requisitos|exigences|anforderungen))?"
              + "(?:\\s*\\(.*)?$|^(?:全部|所有|すべて|全て)(?:需求|要件|的需求)?(?:\\s*[（(].*)?$");
  // Item prefixes: what they name. Longest first.
  private static final String[][] PREFIXES = {
    {"requirements", "R"},
    {"requirement", "R"},
    {"requisitos", "R"},
    {"requisito", "R"},
    {"properties", "P"},
    {"property", "P"},
    {"propiedades", "P"},
    {"propiedad", "P"},
    {"reqs", "R"},
    {"req.", "R"},
    {"req-", "R"},
    {"req", "R"},
    {"prop", "P"},
    {"ac", "A"},
    {"r", "R"},
    {"需求", "R"},
    {"要件", "R"},
    {"属性", "P"}
  };
  private static final Pattern RANGE_SEP =
      Pattern.compile(
          "^\\s*(?:-|–|—|~|〜|～|\\.\\.|to|through|thru|a|bis)\\s*", Pattern.CASE_INSENSITIVE);

  private RequirementRefs() {}

  /** The references written on {@code line}, in order; empty when it has no reference list. */
  public static List<RequirementRef> find(SourceLine line) {
    String t = line.text();
    if (!mayHoldList(t)) {
      return List.of();
    }
    List<RequirementRef> refs = null;
    Matcher w = WORD.matcher(t);
    int from = 0;
    while (from < t.length() && w.find(from)) {
      int at = w.start();
      from = w.end();
      if (at > 0 && Character.isLetter(t.charAt(at - 1)) && !Vocabulary.isCjk(t.charAt(at - 1))) {
        continue;
      }
      if (w.end() < t.length()
          && Character.isLetter(t.charAt(w.end()))
          && !Vocabulary.isCjk(t.charAt(w.end()))) {
        continue; // "requirementsDoc"
      }
      int j = skip(t, w.end(), " \t*_");
      boolean colon = j < t.length() && (t.charAt(j) == ':' || t.charAt(j) == '：');
      if (colon) {
        j++;
      } else if (validatesBefore(t, at)) {
        j = w.end();
      } else {
        continue;
      }
      int listStart = skip(t, j, " \t*_");
      int listEnd = listStart;
      while (listEnd < t.length() && !endsList(t, listEnd)) {
        listEnd++;
      }
      if (listEnd == listStart) {
        continue;
      }
      if (refs == null) {
        refs = new ArrayList<>();
      }
      new ListReader(refs, line, t).read(listStart, listEnd);
      from = listEnd;
    }
    return refs == null ? List.of() : List.copyOf(refs);
  }

  /**
   * The emphasis that closes a reference list: {@code _} or {@code *}, also escaped ({@code 4.4\_},
   * as Markdown editors write it when they escape emphasis).
   */
  private static boolean endsList(String t, int i) {
    char c = t.charAt(i);
    return c == '_'
        || c == '*'
        || c == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == '_' || t.charAt(i + 1) == '*');
  }

  /** A cheap test before the scan: the line names one of the label words. */
  private static boolean mayHoldList(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == 'r' || c == 'R') {
        if (t.regionMatches(true, i, "requ", 0, 4)) {
          return true;
        }
      } else if ((c == '需' && t.startsWith("需求", i)) || (c == '要' && t.startsWith("要件", i))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code Validates:} (with emphasis marks, or a translation) comes right before. */
  private static boolean validatesBefore(String t, int at) {
    int i = at;
    while (i > 0 && " \t*_".indexOf(t.charAt(i - 1)) >= 0) {
      i--;
    }
    int start = Math.max(0, i - 16);
    return VALIDATES.matcher(t.substring(start, i)).find();
  }

  private static int skip(String t, int from, String chars) {
    int i = from;
    while (i < t.length() && chars.indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** Reads the items of one list, carrying the shorthand requirement and the property mode. */
  private static final class ListReader {
    final List<RequirementRef> refs;
    final SourceLine line;
    final String t;

    /** The last {@code R<n>} named, for a following {@code AC<m>}. */
    String requirement;

    /** Bare numbers name properties after a {@code Properties} item. */
    boolean properties;

    ListReader(List<RequirementRef> refs, SourceLine line, String t) {
      this.refs = refs;
      this.line = line;
      this.t = t;
    }

    void read(int listStart, int listEnd) {
      int itemStart = listStart;
      int depth = 0;
      for (int k = listStart; k <= listEnd; k++) {
        char c = k < listEnd ? t.charAt(k) : ',';
        if (c == '(' || c == '（') {
          depth++;
        } else if ((c == ')' || c == '）') && depth > 0) {
          depth--;
        } else if (k == listEnd
            || depth == 0 && (c == ',' || c == ';' || c == '、' || c == '，' || c == '；')) {
          item(itemStart, k);
          itemStart = k + 1;
        }
      }
    }

    private void item(int from, int to) {
      int a = from;
      int b = to;
      while (a < b && Character.isWhitespace(t.charAt(a))) {
        a++;
      }
      while (b > a
          && (Character.isWhitespace(t.charAt(b - 1)) || ".]".indexOf(t.charAt(b - 1)) >= 0)) {
        b--;
      }
      if (a >= b) {
        return;
      }
      String item = t.substring(a, b);
      if (ALL.matcher(item).matches()) {
        add(item, RequirementRef.Kind.ALL, a, b);
        return;
      }
      Cursor c = new Cursor(item);
      String kind = c.prefix();
      if (kind == null) {
        kind = properties ? "P" : "R";
      } else if (kind.equals("P")) {
        properties = true;
      } else if (kind.equals("R")) {
        properties = false;
      }
      String first = c.number();
      if (first == null) {
        add(
            item,
            Character.isDigit(item.charAt(0)) ? RequirementRef.Kind.INVALID : note(item),
            a,
            b);
        return;
      }
      String last = first;
      int mark = c.pos;
      if (c.rangeSeparator()) {
        c.prefix(); // "R1–R10", "AC1-AC3"
        String second = c.number();
        if (second == null) {
          c.pos = mark;
        } else {
          last = second;
        }
      }
      if (kind.equals("R") && c.acceptanceCriteria()) {
        // "R4 AC1", "R11 AC1-2": criteria of one requirement
        if (!first.equals(last) || first.indexOf('.') >= 0) {
          add(item, RequirementRef.Kind.INVALID, a, b);
          return;
        }
        requirement = first;
        String ac = c.number();
        String acLast = ac;
        if (ac != null && c.rangeSeparator()) {
          c.prefix();
          acLast = c.number();
        }
        if (ac == null || acLast == null || !c.restIsComment()) {
          add(item, RequirementRef.Kind.INVALID, a, b);
          return;
        }
        range(first + "." + ac, first + "." + acLast, item, a, b);
        return;
      }
      if (!c.restIsComment()) {
        add(
            item,
            Character.isDigit(item.charAt(0)) ? RequirementRef.Kind.INVALID : note(item),
            a,
            b);
        return;
      }
      switch (kind) {
        case "P":
          for (String p : expand(first, last)) {
            add(p, RequirementRef.Kind.PROPERTY, a, b);
          }
          return;
        case "A":
          if (requirement == null || first.indexOf('.') >= 0 || last.indexOf('.') >= 0) {
            add(item, RequirementRef.Kind.INVALID, a, b);
            return;
          }
          range(requirement + "." + first, requirement + "." + last, item, a, b);
          return;
        default:
          if (first.indexOf('.') < 0) {
            requirement = first;
          }
          range(first, last, item, a, b);
      }
    }

    private RequirementRef.Kind note(String item) {
      return RequirementRef.Kind.NOTE;
    }

    private void range(String first, String last, String item, int a, int b) {
      List<String> ids = expand(first, last);
      if (ids.isEmpty() && first.indexOf('.') > 0 && last.indexOf('.') > 0) {
        add(first + "-" + last, RequirementRef.Kind.RANGE, a, b); // 1.1-6.6: resolved in order
        return;
      }
      if (ids.isEmpty()) {
        add(item, RequirementRef.Kind.INVALID, a, b);
        return;
      }
      for (String id : ids) {
        add(id, RequirementRef.Kind.ID, a, b);
      }
    }

    private void add(String text, RequirementRef.Kind kind, int a, int b) {
      refs.add(new RequirementRef(text, kind, line.span(a, b)));
    }
  }

  /**
   * The ids from {@code first} to {@code last}: {@code 1.1}–{@code 1.3} is 1.1, 1.2, 1.3; {@code
   * 1}–{@code 3} is 1, 2, 3; {@code 1.1}–{@code 3} is 1.1, 1.2, 1.3. Empty when the ends do not
   * share a prefix, are out of order or span more than 100 ids.
   */
  static List<String> expand(String first, String last) {
    if (first.equals(last)) {
      return List.of(first);
    }
    int da = first.lastIndexOf('.');
    int db = last.lastIndexOf('.');
    String prefix = da < 0 ? "" : first.substring(0, da + 1);
    String lastTail;
    if (db < 0 && da >= 0) {
      lastTail = last; // 1.1-3
    } else if ((da < 0 ? "" : prefix).equals(db < 0 ? "" : last.substring(0, db + 1))) {
      lastTail = last.substring(db + 1);
    } else {
      return List.of();
    }
    String firstTail = first.substring(da + 1);
    if (firstTail.length() > 6 || lastTail.length() > 6) {
      return List.of();
    }
    int x = Integer.parseInt(firstTail);
    int y = Integer.parseInt(lastTail);
    if (x > y || y - x >= 100) {
      return List.of();
    }
    List<String> out = new ArrayList<>(y - x + 1);
    for (int i = x; i <= y; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  /** A position in one item. */
  private static final class Cursor {
    final String s;
    int pos;

    Cursor(String s) {
      this.s = s;
    }

    private void blanks() {
      while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
        pos++;
      }
    }

    /** Consumes a prefix (R, Req, Requirement, AC, Property, 需求, ...); its kind, or null. */
    String prefix() {
      blanks();
      String lower = s.substring(pos).toLowerCase(Locale.ROOT);
      for (String[] p : PREFIXES) {
        if (!lower.startsWith(p[0])) {
          continue;
        }
        int end = pos + p[0].length();
        // A Latin prefix must end the word: "R3", "Req 4", "REQ-2", not "Refactor".
        if (end < s.length()
            && Character.isLetter(s.charAt(end))
            && !Vocabulary.isCjk(s.charAt(end))
            && Character.isLetter(p[0].charAt(p[0].length() - 1))) {
          continue;
        }
        int k = end;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '#' || s.charAt(k) == '-')) {
          k++;
        }
        if (k < s.length() && Character.isDigit(s.charAt(k))) {
          pos = k;
          return p[1];
        }
      }
      return null;
    }

    String number() {
      blanks();
      Matcher m = ID.matcher(s).region(pos, s.length());
      if (!m.lookingAt()) {
        return null;
      }
      pos = m.end();
      return m.group();
    }

    boolean rangeSeparator() {
      Matcher m = RANGE_SEP.matcher(s).region(pos, s.length());
      if (m.lookingAt()) {
        int save = pos;
        pos = m.end();
        int k = pos;
        String lower = s.substring(k).toLowerCase(Locale.ROOT);
        if (k < s.length()
            && (Character.isDigit(s.charAt(k))
                || lower.startsWith("r")
                || lower.startsWith("ac")
                || lower.startsWith("req"))) {
          return true;
        }
        pos = save;
      }
      return false;
    }

    /** Consumes {@code AC} before a criterion number ({@code R4 AC2}, {@code R4.AC2}). */
    boolean acceptanceCriteria() {
      int save = pos;
      while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '.')) {
        pos++;
      }
      if (s.regionMatches(true, pos, "AC", 0, 2)) {
        int k = pos + 2;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '-' || s.charAt(k) == '#')) {
          k++;
        }
        if (k < s.length() && Character.isDigit(s.charAt(k))) {
          pos = k;
          return true;
        }
      }
      pos = save;
      return false;
    }

    /** True when what is left is nothing, a parenthesis or words: a comment on the reference. */
    boolean restIsComment() {
      if (pos >= s.length()) {
        return true;
      }
      char c = s.charAt(pos);
      return c == ' ' || c == '\t' || c == '(' || c == '（' || c == ':' || c == '：' || c == '—'
          || c == '–';
    }
  }
}
