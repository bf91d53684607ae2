package io.kiro4j.core.hook;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file under {@code .kiro/hooks/} that kiro4j does not run: another tool's format ({@code
 * {trigger, action}} hooks, a {@code {"hooks": [...]}} list, Claude Code's {@code {"hooks":
 * {"PreToolUse": [...]}}}), an IDE-shaped file without the {@code .kiro.hook} extension, or any
 * other JSON file there, all reported with {@code HOOK-002}; or a Kiro 1.0 hooks file ({@code
 * {"version": "v1", "hooks": [...]}}, Kiro IDE 1.0 and CLI v3, newer than the docs snapshot), which
 * Kiro runs and kiro4j only checks ({@code HOOK-022}, info).
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the file
 * @param displayPath the file relative to its root
 * @param format what it looks like: {@code trigger-action}, {@code hooks-list}, {@code
 *     claude-code}, {@code ide-wrong-extension}, {@code kiro-v1} or {@code unknown}
 */
public record ForeignHookFile(Path path, String displayPath, String format) {
  public ForeignHookFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(format, "format");
  }
}
