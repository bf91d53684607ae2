package io.kiro4j.core.hook;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file under {@code .kiro/hooks/} that is not an IDE hook Kiro runs: another tool's format
 * ({@code {trigger, action}} hooks, a {@code {"hooks": [...]}} manifest such as Kiro CLI v3's
 * standalone files) or an IDE-shaped file without the {@code .kiro.hook} extension. Reported
 * ({@code HOOK-002}), never run.
 *
 * @param path the file
 * @param displayPath the file relative to its root
 * @param format what it looks like: {@code trigger-action}, {@code hooks-list}, {@code
 *     ide-wrong-extension}
 */
public record ForeignHookFile(Path path, String displayPath, String format) {
  public ForeignHookFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(format, "format");
  }
}
