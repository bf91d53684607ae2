package io.kiro4j.specs.trace;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.specs.design.CorrectnessProperty;
import io.kiro4j.specs.design.DesignDocument;
import io.kiro4j.specs.requirements.AcceptanceCriterion;
import io.kiro4j.specs.requirements.Requirement;
import io.kiro4j.specs.requirements.RequirementRef;
import io.kiro4j.specs.tasks.Task;
import io.kiro4j.specs.tasks.TaskList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Traces a spec's references: every {@code _Requirements: ..._} of tasks.md and {@code Validates:
 * Requirements ...} of design.md must name a requirement ({@code 2}) or criterion ({@code 2.3}); a
 * task covers the criteria it names, every criterion of a requirement it names, or all of them for
 * {@code All}. Property references of tasks ({@code **Property 3: ...**}) must name a property of
 * design.md.
 *
 * <pre>{@code
 * TraceReport report = Traceability.trace(requirements, Set.of(), design, tasks);
 * report.uncovered();   // ["2.3", "4.1"]
 * }</pre>
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class Traceability {

  /** Orders dotted ids numerically, component by component. */
  public static final Comparator<String> NUMERIC_ID_ORDER = new NumericIdOrder();

  // No lambdas, method references or streams here: every spec a lint loads is traced, and a fresh
  // JVM links each lambda it reaches through java.lang.invoke.

  /** {@link #compareIds} as a comparator. */
  private static final class NumericIdOrder implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      return compareIds(a, b);
    }
  }

  private Traceability() {}

  /**
   * The report for one spec.
   *
   * @param requirements the requirements (or bugfix sections) of the spec, empty when it has none
   * @param notToCover ids of requirements whose criteria need no task (the defect section {@code 1}
   *     of a bugfix spec)
   * @param requirementsFile the file the requirements come from (for uncovered-criterion
   *     diagnostics), if any
   * @param design design.md, if any
   * @param tasks tasks.md, if any
   */
  public static TraceReport trace(
      List<Requirement> requirements,
      Set<String> notToCover,
      Optional<Path> requirementsFile,
      Optional<DesignDocument> design,
      Optional<TaskList> tasks) {
    Diagnostics diagnostics = new Diagnostics();
    Map<String, List<String>> criteriaOf = new HashMap<>();
    Map<String, AcceptanceCriterion> byId = new HashMap<>();
    List<String> toCover = new ArrayList<>();
    for (Requirement r : requirements) {
      List<String> ids = new ArrayList<>();
      for (AcceptanceCriterion c : r.criteria()) {
        ids.add(c.id());
        byId.putIfAbsent(c.id(), c);
        if (!notToCover.contains(r.id())) {
          toCover.add(c.id());
        }
      }
      criteriaOf.putIfAbsent(r.id(), ids);
    }
    boolean haveRequirements = !requirements.isEmpty();
    Map<String, List<String>> coveredBy = new LinkedHashMap<>();
    Map<String, List<String>> propertyTasks = new LinkedHashMap<>();
    Set<String> propertyNumbers = new HashSet<>();
    if (design.isPresent()) {
      for (CorrectnessProperty p : design.get().properties()) {
        propertyNumbers.add(p.number());
      }
    }

    if (tasks.isPresent()) {
      Path tasksPath = tasks.get().path();
      for (Task t : tasks.get().tasks()) {
        for (RequirementRef ref : t.requirements()) {
          List<String> covered =
              resolve(ref, criteriaOf, byId, haveRequirements, tasksPath, diagnostics);
          for (String c : covered) {
            List<String> list = listAt(coveredBy, c);
            if (!list.contains(t.key())) {
              list.add(t.key());
            }
          }
        }
        for (String p : t.properties()) {
          listAt(propertyTasks, p).add(t.key());
          // A design without correctness properties cannot be checked against: the task's
          // "**Property 1: title**" then stands on its own.
          if (design.isPresent() && !propertyNumbers.isEmpty() && !propertyNumbers.contains(p)) {
            diagnostics.add(
                TraceCode.UNKNOWN_PROPERTY,
                tasksPath,
                t.line(),
                1,
                "task " + t.key() + " names property " + p + ", which design.md does not define");
          }
        }
      }
    }
    Map<String, List<String>> validatedBy = new LinkedHashMap<>();
    if (design.isPresent()) {
      for (CorrectnessProperty p : design.get().properties()) {
        for (RequirementRef ref : p.validates()) {
          for (String c :
              resolve(ref, criteriaOf, byId, haveRequirements, design.get().path(), diagnostics)) {
            List<String> list = listAt(validatedBy, c);
            if (!list.contains(p.number())) {
              list.add(p.number());
            }
          }
        }
      }
    }
    Map<String, List<String>> orderedCovered = new LinkedHashMap<>();
    List<String> uncovered = new ArrayList<>();
    for (String c : toCover) {
      if (coveredBy.containsKey(c)) {
        orderedCovered.put(c, coveredBy.get(c));
      } else {
        uncovered.add(c);
      }
    }
    uncovered.sort(NUMERIC_ID_ORDER);
    if (tasks.isPresent() && requirementsFile.isPresent()) {
      for (String c : uncovered) {
        AcceptanceCriterion ac = byId.get(c);
        diagnostics.add(
            TraceCode.UNCOVERED_CRITERION,
            requirementsFile.get(),
            ac.span().line(),
            ac.span().column(),
            "no task references criterion " + c);
      }
    }
    return new TraceReport(
        toCover, orderedCovered, uncovered, validatedBy, propertyTasks, diagnostics.toList());
  }

  /** The list {@code map} holds for {@code key}, put there empty when it holds none. */
  private static List<String> listAt(Map<String, List<String>> map, String key) {
    List<String> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>();
      map.put(key, list);
    }
    return list;
  }

  private static List<String> resolve(
      RequirementRef ref,
      Map<String, List<String>> criteriaOf,
      Map<String, AcceptanceCriterion> byId,
      boolean haveRequirements,
      Path file,
      Diagnostics diagnostics) {
    switch (ref.kind()) {
      case ALL:
        List<String> all = new ArrayList<>();
        for (List<String> ids : criteriaOf.values()) {
          all.addAll(ids);
        }
        return all;
      case INVALID:
        diagnostics.add(
            Diagnostic.of(
                TraceCode.INVALID_REFERENCE,
                file,
                ref.span().line(),
                ref.span().column(),
                "'" + ref.text() + "' is not a requirement id"));
        return List.of();
      case NOTE:
        diagnostics.add(
            Diagnostic.of(
                TraceCode.NOTE_IN_REFERENCES,
                file,
                ref.span().line(),
                ref.span().column(),
                "'" + ref.text() + "' in a requirements list is no requirement id; not traced"));
        return List.of();
      case PROPERTY:
        return List.of();
      case RANGE:
        return range(ref, criteriaOf, byId, haveRequirements, file, diagnostics);
      default:
        if (byId.containsKey(ref.text())) {
          return List.of(ref.text());
        }
        if (criteriaOf.containsKey(ref.text())) {
          return criteriaOf.get(ref.text());
        }
        if (haveRequirements) {
          diagnostics.add(
              Diagnostic.of(
                  TraceCode.UNRESOLVED_REFERENCE,
                  file,
                  ref.span().line(),
                  ref.span().column(),
                  "requirement " + ref.text() + " does not exist"));
        }
        return List.of();
    }
  }

  /** Every criterion from the first id of {@code 1.1-6.6} to the last, in numeric order. */
  private static List<String> range(
      RequirementRef ref,
      Map<String, List<String>> criteriaOf,
      Map<String, AcceptanceCriterion> byId,
      boolean haveRequirements,
      Path file,
      Diagnostics diagnostics) {
    String[] ends = ref.text().split("-", 2);
    List<String> out = new ArrayList<>();
    for (String end : ends) {
      if (haveRequirements && !byId.containsKey(end)) {
        diagnostics.add(
            Diagnostic.of(
                TraceCode.UNRESOLVED_REFERENCE,
                file,
                ref.span().line(),
                ref.span().column(),
                "requirement " + end + " does not exist (range " + ref.text() + ")"));
        return out;
      }
    }
    for (List<String> ids : criteriaOf.values()) {
      for (String c : ids) {
        if (compareIds(ends[0], c) <= 0 && compareIds(c, ends[1]) <= 0) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static int compareIds(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareComponent(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareComponent(String a, String b) {
    boolean na = !a.isEmpty() && allDigits(a) && a.length() < 10;
    boolean nb = !b.isEmpty() && allDigits(b) && b.length() < 10;
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na ? -1 : nb ? 1 : a.compareTo(b);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
