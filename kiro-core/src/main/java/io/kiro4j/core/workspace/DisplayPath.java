package io.kiro4j.core.workspace;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a file is shown to people and scripts: relative to its workspace root with {@code /}, or
 * {@code ~/.kiro/...} for a global file, or absolute when it is in neither.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the text to show
 * @param root the owning root's index, or empty for global and outside files
 */
public record DisplayPath(String path, OptionalInt root) {

  public DisplayPath {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(root, "root");
  }

  @Override
  public String toString() {
    return path;
  }
}
