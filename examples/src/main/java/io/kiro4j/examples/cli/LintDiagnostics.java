package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.steering.InclusionMode;
import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.examples.lsp.DiagnosticSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kiro4j lint}'s diagnostics for the language server, incrementally: each {@link
 * LintSection}'s last diagnostics are kept, and a changed file recomputes only the sections it
 * affects; within the steering section, only the steering files whose content changed are read
 * again ({@link SteeringSet#refresh}). The result is what {@code kiro4j lint} reports for the same
 * files.
 *
 * <p>Not thread-safe: the server calls it from its one diagnostics worker. Public for the
 * benchmarks (LspDidChangeBenchmark); the CLI is not an API.
 */
public final class LintDiagnostics implements DiagnosticSource {

  /** Nothing computed yet: the first call collects every section. */
  public LintDiagnostics() {}

  private final Map<LintSection, List<Diagnostic>> last = new EnumMap<>(LintSection.class);

  /** The steering last loaded: a workspace opened for a change re-reads only what changed. */
  private SteeringSet steering;

  /** The folders' listing last made: a text change creates and deletes no file. */
  private KiroArtifacts artifacts;

  /** The fileMatch patterns {@link LintSection#COVERAGE} was last computed for. */
  private List<List<Object>> coveredPatterns = List.of();

  @Override
  public List<Diagnostic> diagnose(Workspace workspace, Optional<Path> changed) {
    Set<LintSection> redo =
        changed.isPresent() && last.size() == LintSection.values().length
            ? LintSection.affectedBy(workspace, changed.get())
            : EnumSet.allOf(LintSection.class);
    if (changed.isPresent() && artifacts != null && listed(artifacts, changed.get())) {
      KiroArtifacts listing = artifacts;
      workspace.view(KiroArtifacts.class, w -> listing);
    }
    if (steering != null) {
      // The new workspace's steering view, from the last one: unchanged files are not re-read.
      SteeringSet previous = steering;
      workspace.view(SteeringSet.class, previous::refresh);
    }
    List<List<Object>> patterns = fileMatchPatterns(SteeringSet.of(workspace));
    if (changed.isPresent()
        && patterns.equals(coveredPatterns)
        && last.containsKey(LintSection.COVERAGE)) {
      // The same patterns over the same files on disk: the walk would find the same.
      redo.remove(LintSection.COVERAGE);
    }
    for (LintSection s : redo) {
      last.put(s, s.collect(workspace));
    }
    steering = SteeringSet.of(workspace);
    artifacts = KiroArtifacts.of(workspace);
    coveredPatterns = patterns;
    List<Diagnostic> all = new ArrayList<>();
    last.values().forEach(all::addAll);
    return LintSection.finish(workspace, all);
  }

  /**
   * True when {@code file} was in the last listing and is still on disk: its change is one of
   * content only (a file saved for the first time, or deleted, needs a new listing).
   */
  private static boolean listed(KiroArtifacts listing, Path file) {
    for (ArtifactKind kind : ArtifactKind.values()) {
      for (KiroArtifacts.Artifact a : listing.files(kind)) {
        if (a.path().equals(file)) {
          return Files.isRegularFile(file);
        }
      }
    }
    return false;
  }

  /** Each fileMatch file with its patterns and where they are written: what coverage reads. */
  private static List<List<Object>> fileMatchPatterns(SteeringSet set) {
    List<List<Object>> out = new ArrayList<>();
    for (SteeringFile f : set.files()) {
      if (f.mode() == InclusionMode.FILE_MATCH) {
        List<Object> entry = new ArrayList<>(List.of(f.path(), f.scope(), f.root()));
        f.patterns().forEach(p -> entry.addAll(List.of(p.pattern(), p.line(), p.column())));
        out.add(entry);
      }
    }
    return out;
  }
}
