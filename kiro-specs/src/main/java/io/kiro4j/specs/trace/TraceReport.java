package io.kiro4j.specs.trace;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tasks and properties cover which acceptance criteria of one spec.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criteria every criterion id that tasks must cover, in document order
 * @param coveredBy criterion id to the keys of the tasks that reference it (directly, through its
 *     requirement, or through {@code All}), in task order; only covered criteria
 * @param uncovered criterion ids no task covers, sorted numerically ({@code 1.2} before {@code
 *     1.10})
 * @param validatedBy criterion id to the numbers of the design properties that validate it
 * @param propertyTasks property number to the keys of the tasks that name it
 * @param diagnostics unresolved and invalid references, unknown properties, uncovered criteria
 */
public record TraceReport(
    List<String> criteria,
    Map<String, List<String>> coveredBy,
    List<String> uncovered,
    Map<String, List<String>> validatedBy,
    Map<String, List<String>> propertyTasks,
    List<Diagnostic> diagnostics) {

  public TraceReport {
    criteria = List.copyOf(criteria);
    coveredBy = freeze(coveredBy);
    uncovered = List.copyOf(uncovered);
    validatedBy = freeze(validatedBy);
    propertyTasks = freeze(propertyTasks);
    diagnostics = List.copyOf(diagnostics);
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : m.entrySet()) { // a loop: no lambda to link
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** Criteria covered by at least one task. */
  public int coveredCount() {
    return criteria.size() - uncovered.size();
  }

  /** Covered criteria as a share of all, from 0 to 1 (1 when there are none). */
  public double coverage() {
    return criteria.isEmpty() ? 1.0 : (double) coveredCount() / criteria.size();
  }
}
