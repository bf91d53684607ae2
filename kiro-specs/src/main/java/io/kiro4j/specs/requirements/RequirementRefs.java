package io.kiro4j.specs.requirements;

import io.kiro4j.specs.source.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds requirement reference lists in a line: {@code _Requirements: 1.1, 2.3_} (the form Kiro
 * writes in tasks.md, 2,052 occurrences in public repositories), {@code **Requirements:** 1.1},
 * {@code Requirements: All} and {@code **Validates: Requirements 1.2, 3.1**} (design.md and
 * property tasks). A list needs a colon after {@code Requirements} or a {@code Validates:} before
 * it, so prose such as "the requirements document" is not a reference.
 */
public final class RequirementRefs {

  private static final Pattern ID = Pattern.compile("\\d+(?:\\.\\d+)*");
  private static final Pattern RANGE =
      Pattern.compile("(\\d+(?:\\.\\d+)*)\\.(\\d+)\\s*[-–]\\s*(\\d+(?:\\.\\d+)*)\\.(\\d+)");

  private RequirementRefs() {}

  /** The references written on {@code line}, in order; empty when it has no reference list. */
  public static List<RequirementRef> find(SourceLine line) {
    String t = line.text();
    List<RequirementRef> refs = null;
    int from = 0;
    int at;
    while ((at = indexOfIgnoreCase(t, "requirement", from)) >= 0) {
      from = at + 11;
      if (at > 0 && Character.isLetter(t.charAt(at - 1))) {
        continue;
      }
      int j = at + 11;
      if (j < t.length() && (t.charAt(j) == 's' || t.charAt(j) == 'S')) {
        j++;
      }
      int afterWord = j;
      j = skip(t, j, " \t");
      boolean colon = j < t.length() && t.charAt(j) == ':';
      if (colon) {
        j++;
      } else if (validatesBefore(t, at)) {
        j = afterWord;
      } else {
        continue;
      }
      int listStart = skip(t, j, " \t*_");
      int listEnd = listStart;
      while (listEnd < t.length() && t.charAt(listEnd) != '_' && t.charAt(listEnd) != '*') {
        listEnd++;
      }
      if (listEnd == listStart) {
        continue;
      }
      if (refs == null) {
        refs = new ArrayList<>();
      }
      int itemStart = listStart;
      for (int k = listStart; k <= listEnd; k++) {
        if (k == listEnd || t.charAt(k) == ',' || t.charAt(k) == ';') {
          item(refs, line, t, itemStart, k);
          itemStart = k + 1;
        }
      }
      from = listEnd;
    }
    return refs == null ? List.of() : List.copyOf(refs);
  }

  private static void item(List<RequirementRef> refs, SourceLine line, String t, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && Character.isWhitespace(t.charAt(a))) {
      a++;
    }
    while (b > a
        && (Character.isWhitespace(t.charAt(b - 1)) || ".)]".indexOf(t.charAt(b - 1)) >= 0)) {
      b--;
    }
    if (a < b) {
      addItem(refs, line, t.substring(a, b), a, b);
    }
  }

  /** True when {@code Validates:} (with optional emphasis marks) comes right before {@code at}. */
  private static boolean validatesBefore(String t, int at) {
    int i = at - 1;
    while (i >= 0 && " \t*_".indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0 || t.charAt(i) != ':') {
      return false;
    }
    i--;
    while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i--;
    }
    return i >= 8 && t.regionMatches(true, i - 8, "validates", 0, 9);
  }

  private static int skip(String t, int from, String chars) {
    int i = from;
    while (i < t.length() && chars.indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static void addItem(
      List<RequirementRef> refs, SourceLine line, String item, int from, int to) {
    if (ID.matcher(item).matches()) {
      refs.add(new RequirementRef(item, RequirementRef.Kind.ID, line.span(from, to)));
      return;
    }
    if (item.equalsIgnoreCase("all")) {
      refs.add(new RequirementRef(item, RequirementRef.Kind.ALL, line.span(from, to)));
      return;
    }
    Matcher r = RANGE.matcher(item);
    if (r.matches() && r.group(1).equals(r.group(3))) {
      int a = Integer.parseInt(r.group(2));
      int b = Integer.parseInt(r.group(4));
      if (a <= b && b - a < 100) {
        for (int i = a; i <= b; i++) {
          refs.add(
              new RequirementRef(
                  r.group(1) + "." + i, RequirementRef.Kind.ID, line.span(from, to)));
        }
        return;
      }
    }
    refs.add(new RequirementRef(item, RequirementRef.Kind.INVALID, line.span(from, to)));
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    int n = needle.length();
    char lower = needle.charAt(0);
    char upper = Character.toUpperCase(lower);
    for (int i = from; i + n <= s.length(); i++) {
      char c = s.charAt(i);
      if ((c == lower || c == upper) && s.regionMatches(true, i, needle, 0, n)) {
        return i;
      }
    }
    return -1;
  }
}
