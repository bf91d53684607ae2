package io.kiro4j.core.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One root folder of a (possibly multi-root) workspace.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the root's position, from 0, in the order the roots were given; order matters: the
 *     first root is the working directory, and for MCP servers the last defining root wins (docs
 *     L20409–20460)
 * @param path the root folder, absolute and canonical
 */
public record WorkspaceRoot(int index, Path path) {

  public WorkspaceRoot {
    if (index < 0) {
      throw new IllegalArgumentException("root index must not be negative, got " + index);
    }
    Objects.requireNonNull(path, "path");
  }

  /** This root's {@code .kiro} folder. */
  public Path kiroDir() {
    return path.resolve(".kiro");
  }

  // equals and hashCode written out: a record's generated ones link through java.lang.invoke on
  // first use, milliseconds of a fresh JVM per record type (RecordEqualityTest holds these to the
  // record contract).

  @Override
  public final boolean equals(Object o) {
    return o instanceof WorkspaceRoot r && index == r.index && path.equals(r.path);
  }

  @Override
  public final int hashCode() {
    return 31 * index + path.hashCode();
  }
}
