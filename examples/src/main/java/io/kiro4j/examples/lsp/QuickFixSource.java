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

  /**
   * Lint's {@code --fix} rules ({@link io.kiro4j.core.lint.fix.Fixes}, found with {@code loader}):
   * every certain fix that edits the file's text; fixes that move a file are left to {@code kiro4j
   * lint --fix} (an editor's code action replaces text, it does not rename files).
   */
  static QuickFixSource lintFixes(ClassLoader loader) {
    io.kiro4j.core.lint.fix.Fixes fixes = io.kiro4j.core.lint.fix.Fixes.discover(loader);
    return (workspace, file, text, diagnostics) -> {
      List<QuickFix> out = new java.util.ArrayList<>();
      for (Diagnostic d : diagnostics) {
        fixes
            .fix(d, text)
            .filter(f -> f.moveTo().isEmpty() && !f.edits().isEmpty())
            .ifPresent(f -> out.add(new QuickFix(f.title(), f.code(), file, f.apply(text))));
      }
      return List.copyOf(out);
    };
  }

  /** The fixes for {@code diagnostics}, all in {@code file} whose editor text is {@code text}. */
  List<QuickFix> fixes(Workspace workspace, Path file, String text, List<Diagnostic> diagnostics);
}
