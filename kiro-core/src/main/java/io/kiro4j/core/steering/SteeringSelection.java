package io.kiro4j.core.steering;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.util.List;

/**
 * The steering that applies to one request.
 *
 * <p>Immutable and thread-safe.
 *
 * @param applied the files to include, in order: global before workspace; within each, {@code
 *     AGENTS.md} first, then by root and path in code-point order
 * @param autoCandidates {@code auto} files not referenced, for the caller's model to choose from
 * @param diagnostics problems with the request itself (for example a {@code #name} that matches
 *     nothing)
 */
public record SteeringSelection(
    List<AppliedSteering> applied,
    List<AutoCandidate> autoCandidates,
    List<Diagnostic> diagnostics) {
  public SteeringSelection {
    applied = List.copyOf(applied);
    autoCandidates = List.copyOf(autoCandidates);
    diagnostics = List.copyOf(diagnostics);
  }
}
