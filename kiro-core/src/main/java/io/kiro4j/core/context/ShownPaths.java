package io.kiro4j.core.context;

import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each file is shown and where it leads, remembered by one assembler: a turn shows hundreds of
 * steering files that every turn shows again, and canonicalising each (a walk of its folders) was
 * most of a warm turn's time. Like the workspace's views, it reflects the files as first seen; a
 * symlink changed later is seen by a newly opened workspace. Bounded: past {@link #MAX_ENTRIES}
 * paths it starts again empty.
 *
 * <p>Thread-safe.
 */
final class ShownPaths {

  static final int MAX_ENTRIES = 50_000;

  /** A file's display text and canonical path. */
  record Shown(String display, Path canonical) {}

  private final Workspace workspace;
  private final ConcurrentHashMap<Path, Shown> shown = new ConcurrentHashMap<>();

  ShownPaths(Workspace workspace) {
    this.workspace = workspace;
  }

  Shown of(Path path) {
    Shown known = shown.get(path);
    if (known != null) {
      return known;
    }
    Shown s = new Shown(workspace.displayPath(path).path(), workspace.canonicalize(path));
    if (shown.size() >= MAX_ENTRIES) {
      shown.clear();
    }
    shown.put(path, s);
    return s;
  }
}
