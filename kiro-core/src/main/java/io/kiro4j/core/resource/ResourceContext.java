package io.kiro4j.core.resource;

import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a resource entry was written, for resolving relative paths and reporting positions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param workspace the workspace the agent belongs to
 * @param source the file that declares the resource (an agent config)
 * @param line 1-based line of the entry in {@code source}
 * @param column 1-based column of the entry in {@code source}
 */
public record ResourceContext(Workspace workspace, Path source, int line, int column) {
  public ResourceContext {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(source, "source");
  }
}
