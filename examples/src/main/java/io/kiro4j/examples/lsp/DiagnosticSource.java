package io.kiro4j.examples.lsp;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the language server gets its diagnostics: the seam between the server and the linter.
 * {@code kiro4j lsp} passes core's incremental lint ({@link io.kiro4j.core.lint.LintSession}), so
 * the editor sees what {@code kiro4j lint} prints.
 *
 * <p>Implementations are called from one thread at a time (the server's diagnostics worker) and may
 * keep what they computed before to redo only what {@code changed} affects.
 */
@FunctionalInterface
public interface DiagnosticSource {

  /**
   * Every diagnostic of {@code workspace}, which reads open documents from their editor text.
   *
   * @param workspace the workspace as it is now (open documents overlaid)
   * @param changed the files whose text changed since the last call (edited, opened or closed in
   *     the editor, saved); empty when anything may have changed (first run, files created or
   *     deleted on disk)
   */
  List<Diagnostic> diagnose(Workspace workspace, Optional<Set<Path>> changed);
}
