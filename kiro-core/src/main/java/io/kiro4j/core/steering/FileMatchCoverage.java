package io.kiro4j.core.steering;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@code fileMatchPattern}s match no file of the workspace today ({@code STEER-029}, info): a
 * renamed folder or a pattern for another project's layout. Not part of {@link SteeringSet}, since
 * it walks the roots; {@code kiro4j lint} and {@code inspect} run it.
 *
 * <p>A workspace file's patterns are tried on the files of its own root, a global file's on the
 * files of every root (as {@link SteeringSet#select} matches them). The walk skips {@code .git} and
 * {@code node_modules}, follows no symlink, stops as soon as every pattern has matched, and gives
 * up silently (reports nothing for that root) after {@value #MAX_FILES} files.
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class FileMatchCoverage {

  /** The most files looked at per root. */
  static final int MAX_FILES = 200_000;

  private static final Set<String> SKIPPED = Set.of(".git", "node_modules");

  private FileMatchCoverage() {}

  /** The fileMatch patterns of {@code workspace}'s steering that match no file today. */
  public static List<Diagnostic> check(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    SteeringSet steering = SteeringSet.of(workspace);
    // Pattern -> the roots it may match in.
    Map<Key, List<WorkspaceRoot>> pending = new LinkedHashMap<>();
    for (SteeringFile f : steering.files()) {
      if (f.mode() != InclusionMode.FILE_MATCH) {
        continue;
      }
      for (FilePattern p : f.patterns()) {
        if (SteeringLoader.neverMatches(workspace, p.pattern()).isPresent()) {
          continue; // STEER-028 already says so
        }
        List<WorkspaceRoot> roots =
            f.scope() == Scope.GLOBAL || f.root().isEmpty()
                ? workspace.roots()
                : List.of(workspace.roots().get(f.root().getAsInt()));
        pending.put(new Key(f, p), roots);
      }
    }
    if (pending.isEmpty()) {
      return List.of();
    }
    Set<Key> unmatched = new java.util.LinkedHashSet<>(pending.keySet());
    for (WorkspaceRoot root : workspace.roots()) {
      List<Key> here = new ArrayList<>();
      for (Key k : unmatched) {
        if (pending.get(k).contains(root)) {
          here.add(k);
        }
      }
      if (here.isEmpty()) {
        continue;
      }
      Set<Key> matched = walk(root.path(), here);
      if (matched == null) {
        // Too many files to tell: claim nothing about the patterns of this root.
        unmatched.removeAll(here);
      } else {
        unmatched.removeAll(matched);
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Key k : unmatched) {
      out.add(
          Diagnostic.of(
              SteeringCode.PATTERN_MATCHES_NOTHING,
              k.file().path(),
              k.pattern().line(),
              k.pattern().column(),
              "fileMatchPattern '"
                  + k.pattern().pattern()
                  + "' matches no file in the workspace today; the steering file is never"
                  + " included until one exists"));
    }
    return out;
  }

  /**
   * One pattern of one file. Compared by identity, not as a record: the same key objects travel
   * from {@code pending} through every walk, and a record's equality would hash whole steering
   * files (bodies included) through java.lang.invoke on every lint.
   */
  private static final class Key {
    private final SteeringFile file;
    private final FilePattern pattern;

    Key(SteeringFile file, FilePattern pattern) {
      this.file = file;
      this.pattern = pattern;
    }

    SteeringFile file() {
      return file;
    }

    FilePattern pattern() {
      return pattern;
    }
  }

  /** The keys matched by some file below {@code root}; null when the walk gave up. */
  private static Set<Key> walk(Path root, List<Key> keys) {
    Set<Key> matched = new java.util.HashSet<>();
    int[] seen = {0};
    boolean[] gaveUp = {false};
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path name = dir.getFileName();
              return !dir.equals(root) && name != null && SKIPPED.contains(name.toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (++seen[0] > MAX_FILES) {
                gaveUp[0] = true;
                return FileVisitResult.TERMINATE;
              }
              String rel = Workspace.slashes(root.relativize(file));
              for (Key k : keys) {
                if (!matched.contains(k) && k.pattern().matches(rel)) {
                  matched.add(k);
                }
              }
              return matched.size() == keys.size()
                  ? FileVisitResult.TERMINATE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return null;
    }
    return gaveUp[0] ? null : matched;
  }
}
