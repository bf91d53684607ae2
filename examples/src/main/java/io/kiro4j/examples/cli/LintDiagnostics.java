package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
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
 * affects. The result is what {@code kiro4j lint} reports for the same files.
 *
 * <p>Not thread-safe: the server calls it from its one diagnostics worker.
 */
final class LintDiagnostics implements DiagnosticSource {

  private final Map<LintSection, List<Diagnostic>> last = new EnumMap<>(LintSection.class);

  @Override
  public List<Diagnostic> diagnose(Workspace workspace, Optional<Path> changed) {
    Set<LintSection> redo =
        changed.isPresent() && last.size() == LintSection.values().length
            ? LintSection.affectedBy(workspace, changed.get())
            : EnumSet.allOf(LintSection.class);
    for (LintSection s : redo) {
      last.put(s, s.collect(workspace));
    }
    List<Diagnostic> all = new ArrayList<>();
    last.values().forEach(all::addAll);
    return LintSection.finish(workspace, all);
  }
}
