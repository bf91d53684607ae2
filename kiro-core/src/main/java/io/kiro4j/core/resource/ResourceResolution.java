package io.kiro4j.core.resource;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one resource entry resolved to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uri the entry as written
 * @param files the files it stands for, in a deterministic order (empty when unresolved)
 * @param resolvedBy the scheme of the resolver that handled it, or {@code unresolved}
 * @param diagnostics problems met (a bad glob, a missing file, no resolver for the scheme)
 */
public record ResourceResolution(
    String uri, List<Path> files, String resolvedBy, List<Diagnostic> diagnostics) {
  public ResourceResolution {
    Objects.requireNonNull(uri, "uri");
    files = List.copyOf(files);
    Objects.requireNonNull(resolvedBy, "resolvedBy");
    diagnostics = List.copyOf(diagnostics);
  }
}
