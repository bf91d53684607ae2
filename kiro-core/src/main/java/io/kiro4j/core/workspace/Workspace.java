package io.kiro4j.core.workspace;

import io.kiro4j.core.diagnostic.CoreCode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.path.CanonicalPathCache;
import io.kiro4j.core.path.PathCanonicalizer;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An opened Kiro workspace: one or more roots plus the user's Kiro home ({@code ~/.kiro}).
 *
 * <p>Obtain one from {@code Kiro.open(...)}. Opening is cheap: it checks that each root is a
 * readable directory and reads nothing else; each capability is a view loaded on first use and
 * cached ({@code io.kiro4j.core.Kiro#steering(Workspace)}, and in other modules {@code
 * Skills.of(workspace)}, {@code Specs.of(workspace)}, ...). A workspace is immutable and
 * thread-safe; to see changes on disk, open it again.
 */
public final class Workspace {

  private final WorkspaceOptions options;
  private final List<WorkspaceRoot> roots;
  private final Path userHome;
  private final Optional<WorkspaceRoot> rootAtGlobalKiroDir;
  private final PathExpansion pathExpansion;
  private final CanonicalPathCache canonicalPaths;
  private final Map<Class<?>, ViewHolder> views = new ConcurrentHashMap<>();

  private Workspace(WorkspaceOptions options) {
    this.options = options;
    List<WorkspaceRoot> list = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path root : options.roots()) {
      // Canonical: links resolved, so a folder given again through a link is the same path.
      Path path = PathCanonicalizer.canonicalize(root);
      // A folder given twice is one root, as an editor's multi-root workspace holds it: read twice,
      // every file of it was its own duplicate (AGENT-004 …).
      if (seen.add(path)) {
        list.add(new WorkspaceRoot(list.size(), path));
      }
    }
    this.roots = List.copyOf(list);
    this.userHome = PathCanonicalizer.canonicalize(options.userHome());
    Path global = PathCanonicalizer.canonicalize(userHome.resolve(".kiro"));
    this.rootAtGlobalKiroDir = rootWithKiroDir(roots, global);
    this.pathExpansion = new PathExpansion(userHome, options.environment());
    this.canonicalPaths =
        CanonicalPathCache.create(options.pathCacheTtl(), CanonicalPathCache.DEFAULT_MAX_ENTRIES);
  }

  /**
   * The root whose {@code .kiro} folder is {@code kiroDir}. A loop, not a stream: on the path of
   * every CLI run's first milliseconds, where each stream shape costs a fresh JVM linking.
   */
  private static Optional<WorkspaceRoot> rootWithKiroDir(List<WorkspaceRoot> roots, Path kiroDir) {
    for (WorkspaceRoot r : roots) {
      if (PathCanonicalizer.canonicalize(r.kiroDir()).equals(kiroDir)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Opens a workspace. Prefer {@code Kiro.open(...)}, the front door.
   *
   * @throws IllegalArgumentException when a root does not exist, is not a directory or cannot be
   *     read (the message names the path): a typo must not give an empty, error-free workspace. The
   *     user home may be missing (then there are no global files).
   */
  public static Workspace open(WorkspaceOptions options) {
    Objects.requireNonNull(options, "options");
    for (Path root : options.roots()) {
      requireReadableDirectory(root);
    }
    return new Workspace(options);
  }

  private static void requireReadableDirectory(Path root) {
    if (!Files.exists(root)) {
      throw new IllegalArgumentException("workspace root does not exist: " + root);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("workspace root is not a directory: " + root);
    }
    if (!Files.isReadable(root)) {
      throw new IllegalArgumentException("workspace root is not readable: " + root);
    }
  }

  /**
   * Reads the text of a user file of this workspace: its {@link WorkspaceOptions#overlay() overlay}
   * text if it has one, else from disk (see {@link FileOverlay#read(Path, Diagnostics)}). Loaders
   * read through here so an editor's unsaved text is judged as the saved file would be.
   *
   * @since 0.2
   */
  public Optional<String> read(Path file, Diagnostics diagnostics) {
    if (options.exclusion().excludes(file)) {
      return Optional.empty(); // not seen: nothing is opened, nothing said
    }
    return options.overlay().read(file, diagnostics);
  }

  /**
   * {@link #read(Path, Diagnostics)} for an optional file: nothing at the name and no overlay text
   * gives an empty result and no diagnostic.
   *
   * @since 0.2
   */
  public Optional<String> readIfPresent(Path file, Diagnostics diagnostics) {
    if (options.exclusion().excludes(file)) {
      return Optional.empty();
    }
    return options.overlay().readIfPresent(file, diagnostics);
  }

  /** The options the workspace was opened with. */
  public WorkspaceOptions options() {
    return options;
  }

  /**
   * The roots in the order given, a folder given more than once counted at its first place; the
   * first is the working directory.
   */
  public List<WorkspaceRoot> roots() {
    return roots;
  }

  /** The first root: Kiro's working directory in a multi-root workspace. */
  public WorkspaceRoot primaryRoot() {
    return roots.get(0);
  }

  /** The folder {@code ~} stands for (canonical). */
  public Path userHome() {
    return userHome;
  }

  /** {@code ~/.kiro}: the user's global Kiro folder. */
  public Path globalKiroDir() {
    return userHome.resolve(".kiro");
  }

  /**
   * The root whose {@code .kiro} folder is {@code ~/.kiro} itself, real paths compared: the
   * workspace was opened at the user's home ({@code kiro4j lint} run in {@code ~}), or a root's
   * {@code .kiro} is a symbolic link to {@code ~/.kiro}. Kiro looks in the workspace's {@code
   * .kiro} first and in {@code ~/.kiro} only as a fallback (docs L6560–6564), so it finds those
   * files as workspace files; Kiro CLI run in {@code ~} lists its agents as the workspace's. kiro4j
   * reads them once, as that root's ({@link Scope#WORKSPACE}), and the global scope is then empty
   * ({@link #readsGlobalScope()}): a file never overrides itself.
   *
   * @since 0.2
   */
  public Optional<WorkspaceRoot> rootAtGlobalKiroDir() {
    return rootAtGlobalKiroDir;
  }

  /**
   * Whether loaders read {@link #globalKiroDir()} as the {@link Scope#GLOBAL global} scope: true
   * unless a root's {@code .kiro} is that same folder ({@link #rootAtGlobalKiroDir()}), whose files
   * are then read once, as that root's. Every loader of a global scope asks this.
   *
   * <pre>{@code
   * if (workspace.readsGlobalScope()) {
   *   load(workspace.globalKiroDir().resolve("agents"), Scope.GLOBAL);
   * }
   * }</pre>
   *
   * @since 0.2
   */
  public boolean readsGlobalScope() {
    return rootAtGlobalKiroDir.isEmpty();
  }

  /** The environment variables configuration may reference. */
  public Environment environment() {
    return options.environment();
  }

  /** Expansion of {@code ~} and variables with this workspace's home and environment. */
  public PathExpansion pathExpansion() {
    return pathExpansion;
  }

  /**
   * The memory of canonical paths this workspace's file events and permission decisions share
   * ({@link WorkspaceOptions#pathCacheTtl()}).
   */
  public CanonicalPathCache canonicalPathCache() {
    return canonicalPaths;
  }

  /** {@link PathCanonicalizer#canonicalize(Path) Canonicalises} {@code path} with the cache. */
  public Path canonicalize(Path path) {
    return PathCanonicalizer.canonicalize(path, canonicalPaths);
  }

  /** The deepest root containing {@code file} (canonical comparison), if any. */
  public Optional<WorkspaceRoot> rootOf(Path file) {
    return rootContaining(canonicalize(file));
  }

  /**
   * Locates {@code file} (absolute, or relative to the first root): the root owning it and its path
   * relative to that root; empty when no root contains it. Canonicalises once.
   */
  public Optional<WorkspaceFile> locate(Path file) {
    Path canonical = canonicalize(primaryRoot().path().resolve(file));
    Optional<WorkspaceRoot> root = rootContaining(canonical);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    WorkspaceRoot r = root.get();
    return Optional.of(new WorkspaceFile(r, slashes(r.path().relativize(canonical)), canonical));
  }

  /**
   * The deepest root containing {@code canonical}, a path already {@link
   * PathCanonicalizer#canonicalize canonicalised} by the caller (no file-system access here).
   */
  public Optional<WorkspaceRoot> rootContaining(Path canonical) {
    WorkspaceRoot best = null;
    for (WorkspaceRoot root : roots) {
      if (canonical.startsWith(root.path())
          && (best == null || root.path().getNameCount() > best.path().getNameCount())) {
        best = root;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * How {@code file} is shown: {@code ~/.kiro/...} for a file under the global Kiro folder, the
   * path relative to its root (with {@code /}) for a workspace file, otherwise the absolute path.
   */
  public DisplayPath displayPath(Path file) {
    Path canonical = canonicalize(file);
    Path global = canonicalize(globalKiroDir());
    if (canonical.startsWith(global)) {
      return new DisplayPath(
          "~/.kiro/" + slashes(global.relativize(canonical)), OptionalInt.empty());
    }
    Optional<WorkspaceRoot> root = rootOf(canonical);
    if (root.isPresent()) {
      return new DisplayPath(
          slashes(root.get().path().relativize(canonical)), OptionalInt.of(root.get().index()));
    }
    return new DisplayPath(slashes(canonical), OptionalInt.empty());
  }

  /** {@code path} with {@code /} separators whatever the platform. */
  public static String slashes(Path path) {
    String s = path.toString();
    return path.getFileSystem().getSeparator().equals("/")
        ? s
        : s.replace(path.getFileSystem().getSeparator(), "/");
  }

  /**
   * Every regular file below {@code dir} whose path relative to {@code dir} (with {@code /}) passes
   * {@code filter}, sorted by that relative path in code-point order. Symlinks are followed (team
   * steering is often symlinked into {@code ~/.kiro/steering}, docs L18384); loops and unreadable
   * folders become diagnostics, and so does a FIFO, socket or device that passes the filter ({@code
   * CORE-004}; it is not listed). A missing {@code dir} yields an empty list. Files the {@link
   * WorkspaceOptions#exclusion() exclusion} excludes are skipped unseen (excluded folders are not
   * entered); files of the {@link WorkspaceOptions#overlay() overlay} not on disk yet are listed
   * too.
   */
  public List<Path> listFiles(Path dir, Predicate<String> filter, Diagnostics diagnostics) {
    PathExclusion exclusion = options.exclusion();
    // Each file's relative path is computed once: it is both the filter's input and the sort key.
    Map<Path, String> keys = new HashMap<>();
    if (Files.isDirectory(dir) && !exclusion.excludesAllBelow(dir)) {
      walk(dir, filter, exclusion, keys, diagnostics);
    }
    for (Path file : options.overlay().files()) {
      // A document open in an editor and not saved yet exists for the loaders as it will once
      // saved; one on disk was found by the walk (or was not a regular file: reported there).
      if (file.startsWith(dir)
          && !file.equals(dir)
          && !keys.containsKey(file)
          && !exclusion.excludes(file)
          && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        String relative = slashes(dir.relativize(file));
        if (filter.test(relative)) {
          keys.put(file, relative);
        }
      }
    }
    List<Path> found = new ArrayList<>(keys.keySet());
    found.sort(new ByKey(keys));
    return List.copyOf(found);
  }

  /**
   * Files by their relative path. A class, not a lambda: every load lists folders, and each lambda
   * costs a fresh JVM its linking.
   */
  private static final class ByKey implements Comparator<Path> {
    private final Map<Path, String> keys;

    ByKey(Map<Path, String> keys) {
      this.keys = keys;
    }

    @Override
    public int compare(Path a, Path b) {
      return keys.get(a).compareTo(keys.get(b));
    }
  }

  /**
   * Entries one listing visits at most. Links are followed, and links that lead to the same folders
   * again (each folder linking twice to the next) make a few folders millions of paths within the
   * depth limit: a cloned repository could hang every loader. Past this many the listing stops,
   * with a diagnostic.
   */
  static final int MAX_LISTED = 100_000;

  private static void walk(
      Path dir,
      Predicate<String> filter,
      PathExclusion exclusion,
      Map<Path, String> keys,
      Diagnostics diagnostics) {
    int[] visited = {0};
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          32,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
              if (tooMany()) {
                return FileVisitResult.TERMINATE;
              }
              return !folder.equals(dir) && exclusion.excludesAllBelow(folder)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            private boolean tooMany() {
              if (++visited[0] <= MAX_LISTED) {
                return false;
              }
              diagnostics.add(
                  Diagnostic.ofFile(
                      CoreCode.UNREADABLE_FILE,
                      dir,
                      "more than "
                          + MAX_LISTED
                          + " files and folders below this folder (links leading to the same"
                          + " folders again?); listing stopped"));
              return true;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (tooMany()) {
                return FileVisitResult.TERMINATE;
              }
              if (exclusion.excludes(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                String relative = slashes(dir.relativize(file));
                if (filter.test(relative)) {
                  keys.put(file, relative);
                }
              } else if (attrs.isOther() && filter.test(slashes(dir.relativize(file)))) {
                // A FIFO, socket or device where a file is looked for: never listed (a reader
                // would block on a FIFO), but said, so a missing file is not a mystery.
                diagnostics.add(TextFile.notRegularFile(file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (exclusion.excludes(file) || exclusion.excludesAllBelow(file)) {
                return FileVisitResult.CONTINUE;
              }
              String why =
                  e instanceof FileSystemLoopException
                      ? "symbolic link loop; not followed"
                      : "cannot read: " + e.getClass().getSimpleName();
              diagnostics.add(Diagnostic.ofFile(CoreCode.UNREADABLE_FILE, file, why));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.ofFile(
              CoreCode.UNREADABLE_FILE, dir, "cannot list folder: " + e.getMessage()));
    }
  }

  /**
   * The seam through which modules attach their view of the workspace: returns the view stored
   * under {@code key}, creating it with {@code factory} on first use. Each view is created at most
   * once per workspace, even under concurrent calls.
   *
   * <pre>{@code
   * // in kiro-skills
   * public static SkillSet of(Workspace ws) { return ws.view(SkillSet.class, SkillSet::load); }
   * }</pre>
   */
  public <T> T view(Class<T> key, Function<Workspace, T> factory) {
    // A holder per key, filled outside the map's lock: a view's factory may ask for other views.
    // No lambdas on this path, which every load takes: each costs a fresh JVM its linking.
    ViewHolder holder = views.get(key);
    if (holder == null) {
      ViewHolder fresh = new ViewHolder();
      holder = views.putIfAbsent(key, fresh);
      if (holder == null) {
        holder = fresh;
      }
    }
    return key.cast(holder.get(factory, this));
  }

  private static final class ViewHolder {
    private Object value;

    synchronized Object get(Function<Workspace, ?> factory, Workspace workspace) {
      if (value == null) {
        value = Objects.requireNonNull(factory.apply(workspace), "a view factory returned null");
      }
      return value;
    }
  }

  @Override
  public String toString() {
    return "Workspace" + roots.stream().map(r -> r.path().toString()).toList();
  }
}
