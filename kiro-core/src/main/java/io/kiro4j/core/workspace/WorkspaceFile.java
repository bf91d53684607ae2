package io.kiro4j.core.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file located in a workspace: the root that owns it and its path relative to that root, the form
 * every workspace glob ({@code fileMatchPattern}, hook patterns) is matched against.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the deepest root containing the file
 * @param relativePath the path relative to {@code root}, {@code /}-separated, no leading {@code /}
 * @param path the canonical absolute path
 */
public record WorkspaceFile(WorkspaceRoot root, String relativePath, Path path) {
  public WorkspaceFile {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(path, "path");
  }
}
