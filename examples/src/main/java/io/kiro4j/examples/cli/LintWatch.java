package io.kiro4j.examples.cli;

import io.kiro4j.core.lint.LintReport;
import io.kiro4j.core.lint.LintSession;
import io.kiro4j.core.lint.Linter;
import io.kiro4j.core.text.DisplayText;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code kiro4j lint --watch}: lints once, then again after every change below the workspace's
 * roots and its {@code ~/.kiro}, in the same JVM. A cold {@code kiro4j lint} pays for starting a
 * JVM and running lint's code in the interpreter the first time (benchmarks/README.md, "Cold
 * start"); a watch pays that once, and each change then redoes only the sections it affects ({@link
 * LintSession#update}).
 *
 * <p>Changes arrive through the file system's {@link WatchService} (inotify on Linux): every folder
 * below a root is watched (not {@code .git} or {@code node_modules}: lint never reads them, as
 * {@code fileMatch} coverage skips them), folders created later too. A burst of events is taken as
 * one change (after {@code settle} of quiet, or {@link #MAX_SETTLES} times that at most). When the
 * service drops events (an overflow) or a folder cannot be watched, the next lint is a whole one,
 * so a report never misses a change it was told of.
 *
 * <p>Not thread-safe: one thread runs {@link #run}; {@link #close} may be called from any thread
 * and makes {@code run} return.
 */
final class LintWatch implements AutoCloseable {

  /** Folders lint never reads: not watched (a {@code node_modules} can hold 100,000 folders). */
  private static final Set<String> SKIPPED = Set.of(".git", "node_modules");

  /** Folders watched at most; beyond, the rest is announced once and left unwatched. */
  static final int MAX_FOLDERS = 20_000;

  /**
   * How many settle periods a burst may last before it is linted anyway: a file written more often
   * than the settle period (a log, a build's output) would otherwise postpone every lint for as
   * long as it is written.
   */
  static final int MAX_SETTLES = 10;

  private final Linter linter;
  private final Supplier<Workspace> open;
  private final Consumer<LintReport> reports;
  private final Consumer<String> notes;
  private final Duration settle;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private boolean full;
  private boolean overflowed;
  private boolean stopped;

  /** The workspace's roots and the user's {@code ~/.kiro}, as the last {@link #watchAll} saw. */
  private List<Path> roots = List.of();

  private Path globalKiro;

  /** The user's home, watched for a {@code .kiro} created later (null when not needed). */
  private WatchKey homeKey;

  /**
   * @param open opens the workspace as it is now (called for every lint)
   * @param reports receives each lint's report, the first one included
   * @param notes receives one-line notes for the user (folders that cannot be watched)
   * @param settle how long the file system must stay quiet before a burst of changes is linted
   */
  LintWatch(
      Linter linter,
      Supplier<Workspace> open,
      Consumer<LintReport> reports,
      Consumer<String> notes,
      Duration settle)
      throws IOException {
    this.linter = linter;
    this.open = open;
    this.reports = reports;
    this.notes = notes;
    this.settle = settle;
    this.service = Path.of("").toAbsolutePath().getFileSystem().newWatchService();
  }

  /** Lints, then lints again after each change until {@link #close}. */
  void run() throws IOException {
    try {
      Workspace workspace = open.get();
      watchAll(workspace);
      LintSession session = linter.start(workspace);
      reports.accept(session.report());
      while (true) {
        Set<Path> changed = new LinkedHashSet<>();
        if (!take(service.take(), changed)) {
          continue;
        }
        // Editors save in several steps (a temporary file, a rename, the metadata): wait until
        // the folders have been quiet for a moment, then lint once; but not for ever (MAX_SETTLES).
        long until = System.nanoTime() + settle.toNanos() * MAX_SETTLES;
        for (WatchKey next = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
            next != null;
            next = service.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) {
          take(next, changed);
          if (System.nanoTime() - until > 0) {
            break; // the rest of the burst is the next lint's
          }
        }
        for (Path root : roots) {
          if (!Files.isDirectory(root)) {
            notes.accept(
                DisplayText.escape(root.toString()) + " is gone: the watch ends (start it again)");
            return;
          }
        }
        Workspace now = open.get();
        if (overflowed) {
          // The lost events may have created folders: watch them, as at the start.
          overflowed = false;
          watchAll(now);
        }
        // Unwatched folders (past a limit) changed unseen: a session's update would keep what it
        // listed before, so only a whole lint sees them.
        if (full || stopped) {
          full = false;
          session = linter.start(now);
        } else {
          session = session.update(now, changed);
        }
        reports.accept(session.report());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed: the watch is over
    }
  }

  /**
   * Adds the changed paths of {@code key}'s events to {@code changed}, watching created folders;
   * false when none of them matters.
   */
  private boolean take(WatchKey key, Set<Path> changed) {
    if (key == homeKey) {
      return tookGlobalKiro(key);
    }
    Path folder = folders.get(key);
    boolean any = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        full = true;
        overflowed = true;
        any = true;
        continue;
      }
      if (folder == null) {
        continue;
      }
      Path path = folder.resolve((Path) event.context());
      if (SKIPPED.contains(path.getFileName().toString())) {
        continue;
      }
      changed.add(path);
      any = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        // Files written into a new folder before it was watched are seen by the whole lint.
        watchBelow(path, inKiroFolder(path), new HashSet<>());
        full = true;
      }
    }
    if (!key.reset()) {
      folders.remove(key); // the folder is gone; its deletion was an event of its parent
    }
    return any;
  }

  /**
   * The events of the user's home, watched only for {@code ~/.kiro} to appear (any other file there
   * is not lint's): then its folders are watched and the next lint is a whole one.
   */
  private boolean tookGlobalKiro(WatchKey key) {
    key.pollEvents(); // which entry appeared does not matter, only whether ~/.kiro is there now
    if (Files.isDirectory(globalKiro)) {
      key.cancel();
      homeKey = null;
      watchBelow(globalKiro, true, new HashSet<>());
      full = true;
      return true;
    }
    key.reset();
    return false;
  }

  /** Watches every folder of {@code workspace} (package-private for tests). */
  void watchAll(Workspace workspace) {
    List<Path> paths = new ArrayList<>();
    for (WorkspaceRoot root : workspace.roots()) {
      paths.add(root.path());
    }
    roots = List.copyOf(paths);
    globalKiro = workspace.readsGlobalScope() ? workspace.globalKiroDir() : null;
    Set<Object> visited = new HashSet<>();
    for (Path root : roots) {
      watchBelow(root, false, visited);
    }
    if (globalKiro == null) {
      return;
    }
    if (Files.isDirectory(globalKiro)) {
      watchBelow(globalKiro, true, visited);
    } else if (homeKey == null
        && globalKiro.getParent() != null
        && Files.isDirectory(globalKiro.getParent())
        && !folders.containsValue(globalKiro.getParent())) {
      try {
        homeKey = globalKiro.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE);
      } catch (IOException e) {
        notes.accept("cannot watch for ~/.kiro to appear: " + e.getClass().getSimpleName());
      }
    }
  }

  /**
   * Watches {@code top} and every folder below it. Links to folders are followed where lint reads
   * through them, below a {@code .kiro} folder (team steering is often a linked folder, docs
   * L18384); elsewhere lint follows none (fileMatch coverage does not), and a link to {@code /} in
   * a repository is no reason to watch the disk. Through links, a folder reached again ({@code
   * visited} holds the file keys) is not walked again: links can make a few folders a walk of 2^32
   * paths, and a watch is per folder, not per path.
   */
  private void watchBelow(Path top, boolean followLinks, Set<Object> visited) {
    try {
      Files.walkFileTree(
          top,
          followLinks
              ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
              : EnumSet.noneOf(FileVisitOption.class),
          32,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path name = dir.getFileName();
              if (!dir.equals(top) && name != null && SKIPPED.contains(name.toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Object key = attrs.fileKey();
              if (followLinks && key != null && !visited.add(key)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return watch(dir) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isSymbolicLink() && inKiroFolder(file) && Files.isDirectory(file)) {
                watchBelow(file, true, visited);
              }
              return stopped ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // Loops and unreadable folders: lint itself reports them.
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      notes.accept(
          "cannot watch "
              + DisplayText.escape(top.toString())
              + ": "
              + e.getClass().getSimpleName());
    }
  }

  /**
   * Watches one folder; false once no more can be watched (the limit, or the system's: inotify's
   * per-user {@code fs.inotify.max_user_watches}), said once.
   */
  private boolean watch(Path dir) {
    if (stopped) {
      return false;
    }
    if (folders.size() >= MAX_FOLDERS) {
      stopped = true;
      notes.accept(
          "more than "
              + MAX_FOLDERS
              + " folders: the rest is not watched (changes there show at the next lint)");
      return false;
    }
    try {
      WatchKey key =
          dir.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_DELETE,
              StandardWatchEventKinds.ENTRY_MODIFY);
      folders.put(key, dir);
      return true;
    } catch (NoSuchFileException e) {
      return true; // gone meanwhile: its deletion is an event of its parent
    } catch (IOException e) {
      stopped = true;
      notes.accept(
          "cannot watch "
              + DisplayText.escape(dir.toString())
              + " and the folders after it: "
              + DisplayText.escape(String.valueOf(e.getMessage())));
      return false;
    }
  }

  /**
   * Whether {@code path} lies below a {@code .kiro} folder: the user's, or one inside a root (not a
   * root that itself lies below some {@code .kiro}).
   */
  private boolean inKiroFolder(Path path) {
    if (globalKiro != null && path.startsWith(globalKiro)) {
      return true;
    }
    for (Path root : roots) {
      if (path.startsWith(root)) {
        for (Path part : root.relativize(path)) {
          if (part.toString().equals(".kiro")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many folders are watched. */
  int watchedFolders() {
    return folders.size();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
