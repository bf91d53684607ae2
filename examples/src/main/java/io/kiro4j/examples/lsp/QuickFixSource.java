package io.kiro4j.examples.lsp;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the language server gets its quick fixes: the seam for lint's {@code --fix} rules. The
 * server offers each fix returned for the diagnostics under the cursor as a code action that
 * replaces the file's text.
 */
@FunctionalInterface
public interface QuickFixSource {

  /** No quick fixes. */
  static QuickFixSource none() {
    return (workspace, file, text, diagnostics) -> List.of();
  }

  /** The fixes for {@code diagnostics}, all in {@code file} whose editor text is {@code text}. */
  List<QuickFix> fixes(Workspace workspace, Path file, String text, List<Diagnostic> diagnostics);
}
