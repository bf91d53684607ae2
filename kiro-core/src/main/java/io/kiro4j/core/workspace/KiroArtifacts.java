package io.kiro4j.core.workspace;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Every Kiro file of a workspace by kind: under {@code ~/.kiro} first, then under each root's
 * {@code .kiro} in root order, each list sorted by path.
 *
 * <pre>{@code
 * KiroArtifacts artifacts = KiroArtifacts.of(workspace);
 * int hooks = artifacts.files(ArtifactKind.HOOK).size();
 * }</pre>
 *
 * <p>Listing reads folders only, never file contents. Immutable and thread-safe.
 */
public final class KiroArtifacts {

  /**
   * One file found, with where it was found.
   *
   * @param kind what it is
   * @param scope global or workspace
   * @param root the owning root's index for a workspace file; empty for a global one
   * @param relativePath the path below the kind's folder, {@code /}-separated (e.g. {@code
   *     sub/api.md} for {@code .kiro/steering/sub/api.md})
   * @param path the file
   */
  public record Artifact(
      ArtifactKind kind, Scope scope, OptionalInt root, String relativePath, Path path) {}

  private final Map<ArtifactKind, List<Artifact>> byKind;
  private final List<Diagnostic> diagnostics;

  private KiroArtifacts(Map<ArtifactKind, List<Artifact>> byKind, List<Diagnostic> diagnostics) {
    this.byKind = byKind;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The workspace's artifacts, listed on first use and cached on the workspace. */
  public static KiroArtifacts of(Workspace workspace) {
    return workspace.view(KiroArtifacts.class, new Load());
  }

  /**
   * {@link #load(Workspace)} as the view's factory: a class, not a method reference, since every
   * lint lists the artifacts and each method reference costs a fresh JVM its linking.
   */
  private static final class Load implements Function<Workspace, KiroArtifacts> {
    @Override
    public KiroArtifacts apply(Workspace workspace) {
      return load(workspace);
    }
  }

  /** Lists the workspace's artifacts now (not cached). */
  public static KiroArtifacts load(Workspace workspace) {
    Diagnostics diagnostics = new Diagnostics();
    Map<ArtifactKind, List<Artifact>> map = new EnumMap<>(ArtifactKind.class);
    for (ArtifactKind kind : ArtifactKind.values()) {
      List<Artifact> found = new ArrayList<>();
      if (workspace.readsGlobalScope()) {
        list(workspace, workspace.globalKiroDir(), kind, OptionalInt.empty(), found, diagnostics);
      }
      for (WorkspaceRoot root : workspace.roots()) {
        list(workspace, root.kiroDir(), kind, OptionalInt.of(root.index()), found, diagnostics);
      }
      map.put(kind, List.copyOf(found));
    }
    return new KiroArtifacts(map, diagnostics.toList());
  }

  private static void list(
      Workspace ws,
      Path kiroDir,
      ArtifactKind kind,
      OptionalInt root,
      List<Artifact> out,
      Diagnostics diagnostics) {
    Path dir = kiroDir.resolve(kind.folder());
    Scope scope = root.isPresent() ? Scope.WORKSPACE : Scope.GLOBAL;
    for (Path p : ws.listFiles(dir, kind, diagnostics)) {
      out.add(new Artifact(kind, scope, root, Workspace.slashes(dir.relativize(p)), p));
    }
  }

  /** The files of {@code kind}: global first, then each root in order, each sorted by path. */
  public List<Artifact> files(ArtifactKind kind) {
    return byKind.get(kind);
  }

  /** Problems met while listing (unreadable folders, symlink loops). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
