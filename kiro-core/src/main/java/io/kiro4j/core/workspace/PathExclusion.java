package io.kiro4j.core.workspace;

import java.nio.file.Path;

/**
 * Files a workspace does not see: never listed, never read, as if absent. Lint opens the workspace
 * with the {@code ignore:} globs of {@code .kiro4j.yaml} as one, so an ignored folder of generated
 * files costs nothing (see {@link WorkspaceOptions.Builder#exclude}).
 *
 * <pre>{@code
 * PathExclusion vendor = new PathExclusion() {
 *   public boolean excludes(Path file) { return file.startsWith(root.resolve("vendor")); }
 *   public boolean excludesAllBelow(Path folder) { return excludes(folder); }
 * };
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and must not touch the file system (they
 * are asked about every file listed).
 *
 * @since 0.2
 */
public interface PathExclusion {

  /** Excludes nothing: the default. */
  PathExclusion NONE =
      new PathExclusion() {
        @Override
        public boolean excludes(Path file) {
          return false;
        }

        @Override
        public String toString() {
          return "PathExclusion.NONE";
        }
      };

  /** True when {@code file} (absolute, as the workspace spells it) is not seen. */
  boolean excludes(Path file);

  /**
   * True when every path below {@code folder} is excluded, so a listing need not enter it. The
   * default says no (the folder is walked and each file asked about).
   */
  default boolean excludesAllBelow(Path folder) {
    return false;
  }
}
