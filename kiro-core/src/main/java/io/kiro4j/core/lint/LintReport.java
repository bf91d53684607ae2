package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.workspace.Workspace;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link Linter#lint lint run} found: the diagnostics after the configuration and
 * suppressions are applied, in the contract's order (global files first, then each root in order;
 * by path, line, column, code), and the rules of the run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param workspace the workspace linted
 * @param diagnostics the diagnostics, sorted
 * @param rules every rule (code) of the run, sorted by id
 * @since 0.2
 */
public record LintReport(Workspace workspace, List<Diagnostic> diagnostics, List<CodeInfo> rules) {

  public LintReport {
    Objects.requireNonNull(workspace, "workspace");
    diagnostics = List.copyOf(diagnostics);
    rules = List.copyOf(rules);
  }

  /** True when at least one diagnostic is an error. */
  public boolean hasErrors() {
    return Diagnostics.anyError(diagnostics);
  }

  /** How many diagnostics have {@code severity}. */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
