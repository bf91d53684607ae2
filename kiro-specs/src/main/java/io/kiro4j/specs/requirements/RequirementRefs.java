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

  private static final Pattern LIST =
      Pattern.compile(
          "(?i)(?:(Validates)\\s*:\\s*(?:\\*\\*|__)?\\s*Requirements?\\b\\s*:?|(?<![A-Za-z])"
              + "Requirements?\\s*:)\\s*(?:\\*\\*|__|\\*|_)?\\s*([^_*]+)");
  private static final Pattern ID = Pattern.compile("\\d+(?:\\.\\d+)*");
  private static final Pattern RANGE =
      Pattern.compile("(\\d+(?:\\.\\d+)*)\\.(\\d+)\\s*[-–]\\s*(\\d+(?:\\.\\d+)*)\\.(\\d+)");

  private RequirementRefs() {}

  /** The references written on {@code line}, in order; empty when it has no reference list. */
  public static List<RequirementRef> find(SourceLine line) {
    String t = line.text();
    if (indexOfIgnoreCase(t, "requirement") < 0) {
      return List.of();
    }
    List<RequirementRef> refs = new ArrayList<>();
    Matcher m = LIST.matcher(t);
    while (m.find()) {
      int listStart = m.start(2);
      String list = m.group(2);
      int pos = 0;
      for (String item : list.split("[,;]", -1)) {
        int itemStart = listStart + pos;
        pos += item.length() + 1;
        String trimmed = item.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        int lead = item.indexOf(trimmed.charAt(0));
        int from = itemStart + lead;
        String clean = trimmed.replaceAll("[.)\\]]+$", "");
        if (clean.isEmpty()) {
          continue;
        }
        int to = from + clean.length();
        addItem(refs, line, clean, from, to);
      }
    }
    return List.copyOf(refs);
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

  private static int indexOfIgnoreCase(String s, String needle) {
    int n = needle.length();
    for (int i = 0; i + n <= s.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, n)) {
        return i;
      }
    }
    return -1;
  }
}
