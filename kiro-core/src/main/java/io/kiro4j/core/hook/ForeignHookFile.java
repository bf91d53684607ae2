package io.kiro4j.core.hook;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file under {@code .kiro/hooks/} that is not an IDE hook Kiro runs: another tool's format
 * ({@code {trigger, action}} hooks, a {@code {"hooks": [...]}} manifest such as Kiro CLI v3's
 * standalone files, Claude Code's {@code {"hooks": {"PreToolUse": [...]}}}), an IDE-shaped file
 * without the {@code .kiro.hook} extension, or any other JSON file there. Reported ({@code
 * HOOK-002}), never run.
 *
 * @param path the file
 * @param displayPath the file relative to its root
 * @param format what it looks like: {@code trigger-action}, {@code hooks-list}, {@code
 *     claude-code}, {@code ide-wrong-extension}, or {@code unknown}
 */
public record ForeignHookFile(Path path, String displayPath, String format) {
  public ForeignHookFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(format, "format");
  }
}
