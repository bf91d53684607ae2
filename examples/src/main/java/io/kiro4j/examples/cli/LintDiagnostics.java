package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.examples.lsp.DiagnosticSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kiro4j lint}'s diagnostics for the language server, incrementally: each {@link
 * LintSection}'s last diagnostics are kept, and a changed file recomputes only the sections it
 * affects; within the steering section, only the steering files whose content changed are read
 * again ({@link SteeringSet#refresh}). The result is what {@code kiro4j lint} reports for the same
 * files.
 *
 * <p>Not thread-safe: the server calls it from its one diagnostics worker. Public for the
 * benchmarks (LspDidChangeBenchmark); the CLI is not an API.
 */
public final class LintDiagnostics implements DiagnosticSource {

  /** Nothing computed yet: the first call collects every section. */
  public LintDiagnostics() {}

  private final Map<LintSection, List<Diagnostic>> last = new EnumMap<>(LintSection.class);

  /** The steering last loaded: a workspace opened for a change re-reads only what changed. */
  private SteeringSet steering;

  @Override
  public List<Diagnostic> diagnose(Workspace workspace, Optional<Path> changed) {
    Set<LintSection> redo =
        changed.isPresent() && last.size() == LintSection.values().length
            ? LintSection.affectedBy(workspace, changed.get())
            : EnumSet.allOf(LintSection.class);
    if (steering != null) {
      // The new workspace's steering view, from the last one: unchanged files are not re-read.
      SteeringSet previous = steering;
      workspace.view(SteeringSet.class, previous::refresh);
    }
    for (LintSection s : redo) {
      last.put(s, s.collect(workspace));
    }
    steering = SteeringSet.of(workspace);
    List<Diagnostic> all = new ArrayList<>();
    last.values().forEach(all::addAll);
    return LintSection.finish(workspace, all);
  }
}
