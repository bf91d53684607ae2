package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.lint.LintSession;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.examples.lsp.DiagnosticSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kiro4j lint}'s diagnostics for the language server, incrementally: core's {@link
 * LintSession}, updated with the files each edit changed (it redoes only the lint sections they
 * affect). The result is what {@code kiro4j lint} reports for the same files.
 *
 * <p>Not thread-safe: the server calls it from its one diagnostics worker. Public for the
 * benchmarks (LspDidChangeBenchmark); the CLI is not an API.
 */
public final class LintDiagnostics implements DiagnosticSource {

  private LintSession session;

  /** Nothing linted yet: the first call lints the whole workspace. */
  public LintDiagnostics() {}

  @Override
  public List<Diagnostic> diagnose(Workspace workspace, Optional<Set<Path>> changed) {
    session =
        session == null || changed.isEmpty()
            ? WorkspaceReport.LINTER.start(workspace)
            : session.update(workspace, changed.get());
    return session.report().diagnostics();
  }
}
