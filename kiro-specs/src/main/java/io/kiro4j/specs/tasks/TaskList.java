package io.kiro4j.specs.tasks;

import io.kiro4j.core.diagnostic.CoreCode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.file.NotRegularFileException;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.write.FileStamp;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tasks of a spec's {@code tasks.md}: checkbox lines, their hierarchy, states and references,
 * with the exact text they were parsed from.
 *
 * <pre>{@code
 * TaskList tasks = TaskList.load(specDir.resolve("tasks.md"));
 * for (Task t : tasks.runQueue()) {
 *   System.out.println(t.key() + " " + t.title());
 * }
 * TaskList updated = TaskWriter.defaults().set(tasks, tasks.find("2.3").orElseThrow(), TaskState.DONE);
 * }</pre>
 *
 * <p>Rules (docs L291–311, L419–423, L486, L18823; and the shapes real projects commit, listed in
 * the module README):
 *
 * <ul>
 *   <li>A task is a list item with a checkbox: {@code - [ ]} todo, {@code - [-]} in progress,
 *       {@code - [x]} done. A {@code *} right after the box marks an optional task.
 *   <li>A number after the box ({@code 1.}, {@code 1.1}, {@code 9.1.1}) is the task's id; tasks may
 *       be unnumbered.
 *   <li>Parent: the task whose id is the id's prefix ({@code 3} for {@code 3.1}, even when Kiro
 *       wrote the sub-task unindented), else the nearest earlier task indented less.
 *   <li>Indented lines under a task are its details; {@code _Requirements: 1.1, 2.3_} and {@code
 *       **Property N: ...**} in them are its references. Checkbox lines inside fenced code blocks
 *       are examples, not tasks.
 * </ul>
 *
 * <p>Immutable and thread-safe. Changing a state returns a new list ({@link #withState}); {@link
 * TaskWriter} writes it back losslessly.
 */
public final class TaskList {

  private final Path path;
  private final String text;
  private final Optional<String> title;
  private final List<Task> tasks;
  private final List<List<Task>> children;
  private final List<Diagnostic> diagnostics;
  private final Stamp stamp;

  /**
   * The stamp of the file a list was read from, its SHA-256 computed when first asked for: lint and
   * most reads never ask, and a fresh JVM's first digest costs milliseconds (the security providers
   * load). Computing it twice from two threads gives the same value.
   */
  static final class Stamp {
    static final Stamp NONE = new Stamp(null, null, null);

    private final byte[] content;
    private final FileTime modified;
    private volatile FileStamp known;

    private Stamp(FileStamp known, byte[] content, FileTime modified) {
      this.known = known;
      this.content = content;
      this.modified = modified;
    }

    static Stamp of(FileStamp known) {
      return new Stamp(known, null, null);
    }

    /** The stamp of {@code content} read from a file last modified at {@code modified}. */
    static Stamp of(byte[] content, FileTime modified) {
      return new Stamp(null, content, modified);
    }

    Optional<FileStamp> get() {
      FileStamp s = known;
      if (s == null && content != null) {
        s = FileStamp.of(content, modified);
        known = s;
      }
      return Optional.ofNullable(s);
    }
  }

  TaskList(
      Path path,
      String text,
      Optional<String> title,
      List<Task> tasks,
      List<Diagnostic> diagnostics,
      Stamp stamp) {
    this.path = path;
    this.text = text;
    this.title = title;
    this.tasks = List.copyOf(tasks);
    this.children = childrenOf(this.tasks);
    this.diagnostics = List.copyOf(diagnostics);
    this.stamp = stamp;
  }

  /** Parses {@code text} as the content of {@code path} (nothing is read). */
  public static TaskList parse(Path path, String text) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    return TaskListParser.parse(path, text, Stamp.NONE);
  }

  /**
   * Reads and parses {@code path}, remembering its size, modification time and hash so that a later
   * write can detect a change on disk. An unreadable file gives an empty list with a {@code
   * CORE-002}/{@code CORE-003} diagnostic.
   */
  public static TaskList load(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      // A stat, never an open, first: a FIFO named tasks.md would block the read.
      BasicFileAttributes attrs = TextFile.requireRegularFile(path);
      if (attrs.size() > TextFile.DEFAULT_MAX_BYTES) {
        return unreadable(
            path,
            Diagnostic.ofFile(
                CoreCode.FILE_TOO_LARGE,
                path,
                "file is " + attrs.size() + " bytes, over the limit; not read"));
      }
      byte[] bytes = Files.readAllBytes(path);
      String text = decode(bytes);
      return TaskListParser.parse(path, text, Stamp.of(bytes, attrs.lastModifiedTime()));
    } catch (CharacterCodingException e) {
      return unreadable(
          path, Diagnostic.ofFile(CoreCode.UNREADABLE_FILE, path, "file is not valid UTF-8"));
    } catch (NotRegularFileException e) {
      return unreadable(path, TextFile.notRegularFile(path));
    } catch (IOException e) {
      return unreadable(
          path,
          Diagnostic.ofFile(
              CoreCode.UNREADABLE_FILE, path, "cannot read file: " + e.getClass().getSimpleName()));
    }
  }

  private static TaskList unreadable(Path path, Diagnostic d) {
    return new TaskList(path, "", Optional.empty(), List.of(), List.of(d), Stamp.NONE);
  }

  static String decode(byte[] bytes) throws CharacterCodingException {
    return TextFile.decodeStrict(bytes);
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** The exact text the tasks were parsed from. */
  public String text() {
    return text;
  }

  /** The level-1 heading ({@code # Implementation Plan}), if any. */
  public Optional<String> title() {
    return title;
  }

  /** Every task in document order. */
  public List<Task> tasks() {
    return tasks;
  }

  /** Problems found while parsing. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** How the file looked when it was read ({@link #load}); empty for parsed text. */
  public Optional<FileStamp> stamp() {
    return stamp.get();
  }

  /**
   * The task named {@code key}: its id ({@code 2.3}; a trailing dot is ignored) or {@code line:N}
   * for the checkbox on line N. The first of duplicated ids.
   */
  public Optional<Task> find(String key) {
    String k = key.strip();
    if (k.startsWith("line:")) {
      try {
        int line = Integer.parseInt(k.substring(5).strip());
        return tasks.stream().filter(t -> t.line() == line).findFirst();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    String id = k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    return tasks.stream().filter(t -> t.id().filter(id::equals).isPresent()).findFirst();
  }

  /** The parent of {@code task}, if it has one. */
  public Optional<Task> parent(Task task) {
    return task.parent().isPresent()
        ? Optional.of(tasks.get(task.parent().getAsInt()))
        : Optional.empty();
  }

  /** The direct sub-tasks of {@code task}, in document order. */
  public List<Task> children(Task task) {
    return children.get(task.index());
  }

  /** Counts: total, done, in progress, optional, required still to run. */
  public TaskProgress progress() {
    int done = 0;
    int inProgress = 0;
    int optional = 0;
    for (Task t : tasks) {
      if (t.state() == TaskState.DONE) {
        done++;
      } else if (t.state() == TaskState.IN_PROGRESS) {
        inProgress++;
      }
      if (t.optional()) {
        optional++;
      }
    }
    return new TaskProgress(tasks.size(), done, inProgress, optional, runQueue().size());
  }

  /**
   * What "Run all tasks" runs, first element first: the incomplete tasks marked required (docs
   * L293), in document order with sub-tasks before their parent. A task under an optional task is
   * optional too, so it is left out with it. The order is our reading of the docs ("sequenced based
   * on dependencies", L17007; running a parent runs its sub-tasks, L18570).
   */
  public List<Task> runQueue() {
    List<Task> queue = new ArrayList<>();
    for (Task t : tasks) {
      if (t.parent().isEmpty()) {
        collect(t, queue);
      }
    }
    return List.copyOf(queue);
  }

  private void collect(Task t, List<Task> queue) {
    if (t.optional()) {
      return;
    }
    for (Task c : children.get(t.index())) {
      collect(c, queue);
    }
    if (t.state() != TaskState.DONE) {
      queue.add(t);
    }
  }

  /**
   * The state a parent's sub-tasks imply: done when every required sub-task is done (every sub-task
   * when none is required), in progress when any of them is started or done, otherwise todo. A task
   * without sub-tasks keeps its own state. {@link TaskWriter} applies it to the ancestors of a
   * changed task when asked to.
   */
  public TaskState derivedState(Task task) {
    List<Task> kids = children.get(task.index());
    if (kids.isEmpty()) {
      return task.state();
    }
    List<Task> considered = kids.stream().filter(Task::required).toList();
    if (considered.isEmpty()) {
      considered = kids;
    }
    boolean allDone = true;
    boolean anyStarted = false;
    for (Task k : considered) {
      TaskState s = k.state();
      allDone &= s == TaskState.DONE;
      anyStarted |= s == TaskState.IN_PROGRESS || s == TaskState.DONE; // queued has not started
    }
    return allDone ? TaskState.DONE : anyStarted ? TaskState.IN_PROGRESS : TaskState.TODO;
  }

  /**
   * This list with {@code task} set to {@code state}: only its checkbox character changes (to
   * {@code ' '}, {@code '-'} or {@code 'x'}), every other character of the text stays. Setting the
   * state a task already has changes nothing (an {@code [X]} stays {@code [X]}).
   */
  public TaskList withState(Task task, TaskState state) {
    return withStates(Map.of(task, state));
  }

  /** This list with several tasks changed at once, as {@link #withState}. */
  public TaskList withStates(Map<Task, TaskState> changes) {
    char[] chars = null;
    List<Task> updated = null;
    for (Map.Entry<Task, TaskState> e : changes.entrySet()) {
      Task t = e.getKey();
      if (t.index() >= tasks.size() || !tasks.get(t.index()).equals(t)) {
        throw new IllegalArgumentException("task " + t.key() + " is not from this list");
      }
      TaskState state = Objects.requireNonNull(e.getValue(), "state");
      if (t.state() != state) {
        if (chars == null) {
          chars = text.toCharArray();
          updated = new ArrayList<>(tasks);
        }
        chars[t.boxOffset()] = state.box();
        updated.set(t.index(), t.withState(state));
      }
    }
    if (chars == null) {
      return this;
    }
    // Only checkbox characters changed: the structure stays, only state-dependent lint is redone.
    return new TaskList(
        path,
        new String(chars),
        title,
        updated,
        TaskListParser.relint(path, updated, diagnostics),
        Stamp.NONE);
  }

  /** The same list with the stamp of the file it was just written to. */
  TaskList withStamp(FileStamp newStamp) {
    return new TaskList(path, text, title, tasks, diagnostics, Stamp.of(newStamp));
  }

  static List<List<Task>> childrenOf(List<Task> tasks) {
    List<List<Task>> kids = new ArrayList<>(tasks.size());
    for (int i = 0; i < tasks.size(); i++) {
      kids.add(new ArrayList<>());
    }
    for (Task t : tasks) {
      if (t.parent().isPresent()) {
        kids.get(t.parent().getAsInt()).add(t);
      }
    }
    List<List<Task>> frozen = new ArrayList<>(kids.size());
    for (List<Task> k : kids) { // a loop, not a lambda: every task list a lint reads comes here
      frozen.add(List.copyOf(k));
    }
    return List.copyOf(frozen);
  }

  @Override
  public String toString() {
    return "TaskList[" + path + ", " + tasks.size() + " tasks]";
  }
}
