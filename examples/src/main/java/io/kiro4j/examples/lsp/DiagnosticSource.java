package io.kiro4j.examples.lsp;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the language server gets its diagnostics: the seam between the server and the linter.
 * {@code kiro4j lsp} passes lint's own collection (the same one {@code kiro4j lint} prints), so
 * rule configuration or suppressions added to lint reach the editor by wrapping this function.
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
   * @param changed the file whose text changed; empty when anything may have changed (first run,
   *     files created or deleted)
   */
  List<Diagnostic> diagnose(Workspace workspace, Optional<Path> changed);
}
