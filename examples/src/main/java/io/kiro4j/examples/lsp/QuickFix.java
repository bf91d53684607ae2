package io.kiro4j.examples.lsp;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A certain, lossless fix offered in the editor as a quick fix: the whole new text of one file.
 *
 * @param title what the fix does, shown in the editor's menu
 * @param code the diagnostic code it fixes
 * @param file the file it rewrites
 * @param newText the file's text after the fix
 */
public record QuickFix(String title, String code, Path file, String newText) {

  public QuickFix {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(newText, "newText");
  }
}
