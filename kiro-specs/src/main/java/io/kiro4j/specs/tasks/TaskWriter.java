package io.kiro4j.specs.tasks;

import io.kiro4j.core.internal.file.TextFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes task state changes back to tasks.md without touching anything else.
 *
 * <pre>{@code
 * TaskList tasks = TaskList.load(path);
 * TaskList after = TaskWriter.defaults().set(tasks, tasks.find("2.3").orElseThrow(), TaskState.DONE);
 * }</pre>
 *
 * <p>How a write works:
 *
 * <ol>
 *   <li>Only checkbox characters change; every other byte of the file (line endings, trailing
 *       spaces, a BOM, any Unicode) stays as it was.
 *   <li>The new content goes to a temporary file in the same folder (same permissions), is flushed
 *       to disk ({@code fsync}, unless {@link Builder#fsync(boolean) turned off}), and replaces the
 *       file with an atomic rename ({@code ATOMIC_MOVE}): a reader sees the old or the new file,
 *       never a mix.
 *   <li>Right before the rename the file on disk is compared with what was read (size, modification
 *       time, SHA-256). If it changed, the write is refused with a {@link StaleWriteException} and
 *       nothing is replaced.
 * </ol>
 *
 * <p><b>The remaining window.</b> Kiro takes no cross-process lock on spec files, so nothing can
 * make check-and-rename atomic: an editor that saves between the final comparison and the rename
 * (microseconds) loses its change. The check narrows the window; it cannot close it.
 *
 * <p>Parents: with {@link Builder#updateParents(boolean)} the ancestors of the changed task follow
 * their sub-tasks ({@link TaskList#derivedState}): a parent becomes done when all its required
 * sub-tasks are done, in progress (from todo) when one is started, and leaves done when one is
 * reopened. Off by default: the docs never say Kiro does this, and a caller asking to change one
 * task gets exactly one changed line.
 *
 * <p>Immutable and thread-safe; concurrent writes to one file are the caller's to serialise.
 */
public final class TaskWriter {

  private static final TaskWriter DEFAULTS = builder().build();

  private final boolean fsync;
  private final boolean updateParents;

  private TaskWriter(Builder b) {
    this.fsync = b.fsync;
    this.updateParents = b.updateParents;
  }

  /** fsync on, parents unchanged. */
  public static TaskWriter defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this writer's settings. */
  public Builder toBuilder() {
    return new Builder().fsync(fsync).updateParents(updateParents);
  }

  /**
   * Sets {@code task} of {@code list} to {@code state} and writes the file; returns the list as
   * written (with its new stamp). When nothing changes, nothing is written and {@code list} is
   * returned.
   *
   * @throws StaleWriteException the file changed on disk since {@code list} was read
   * @throws IOException the file could not be written
   */
  public TaskList set(TaskList list, Task task, TaskState state) throws IOException {
    Objects.requireNonNull(state, "state");
    TaskList updated = list.withState(task, state);
    if (updateParents) {
      updated = withParents(updated, task.index());
    }
    return write(list, updated);
  }

  private static TaskList withParents(TaskList list, int index) {
    TaskList current = list;
    Task t = current.tasks().get(index);
    while (t.parent().isPresent()) {
      Task parent = current.tasks().get(t.parent().getAsInt());
      TaskState derived = current.derivedState(parent);
      TaskState now = parent.state();
      TaskState next = now;
      if (derived == TaskState.DONE) {
        next = TaskState.DONE;
      } else if (now == TaskState.DONE) {
        next = derived;
      } else if (derived == TaskState.IN_PROGRESS && now == TaskState.TODO) {
        next = TaskState.IN_PROGRESS;
      }
      current = current.withState(parent, next);
      t = current.tasks().get(parent.index());
    }
    return current;
  }

  /**
   * Writes {@code updated} (made from {@code original} by {@link TaskList#withState}) over the file
   * {@code original} was read from.
   */
  public TaskList write(TaskList original, TaskList updated) throws IOException {
    if (updated == original || updated.text().equals(original.text())) {
      return original;
    }
    if (!updated.path().equals(original.path())
        || updated.text().length() != original.text().length()) {
      throw new IllegalArgumentException("updated list was not derived from the original");
    }
    Path path = original.path();
    byte[] bytes = updated.text().getBytes(StandardCharsets.UTF_8);
    Path dir = path.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      copyPermissions(path, temp);
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        if (fsync) {
          ch.force(true);
        }
      }
      checkUnchanged(original);
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot replace " + path + " atomically", e);
      }
      moved = true;
      if (fsync) {
        syncDirectory(dir);
      }
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
    BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
    FileStamp stamp = new FileStamp(bytes.length, attrs.lastModifiedTime(), TaskList.sha256(bytes));
    return updated.withStamp(stamp);
  }

  private static void checkUnchanged(TaskList original) throws IOException {
    Path path = original.path();
    BasicFileAttributes attrs;
    byte[] now;
    try {
      attrs = TextFile.requireRegularFile(path); // never open a FIFO put in its place
      now = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new StaleWriteException(
          path, "it cannot be read any more: " + e.getClass().getSimpleName());
    }
    Optional<FileStamp> stamp = original.stamp();
    byte[] expected = original.text().getBytes(StandardCharsets.UTF_8);
    long size = stamp.isPresent() ? stamp.get().size() : expected.length;
    if (attrs.size() != size || now.length != size) {
      throw new StaleWriteException(path, "size " + size + " became " + now.length);
    }
    if (stamp.isPresent() && !attrs.lastModifiedTime().equals(stamp.get().lastModified())) {
      throw new StaleWriteException(path, "modification time changed");
    }
    String hash = stamp.isPresent() ? stamp.get().sha256() : TaskList.sha256(expected);
    if (!TaskList.sha256(now).equals(hash)) {
      throw new StaleWriteException(path, "content changed");
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null) {
      Set<PosixFilePermission> perms = view.readAttributes().permissions();
      Files.setPosixFilePermissions(to, perms);
    }
  }

  private static void syncDirectory(Path dir) {
    // Makes the rename durable on Linux; not supported everywhere, and the data is already synced.
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort
    }
  }

  /** Options of a {@link TaskWriter}. */
  public static final class Builder {
    private boolean fsync = true;
    private boolean updateParents;

    private Builder() {}

    /** Flush the new file (and the folder) to disk before and after the rename; default on. */
    public Builder fsync(boolean fsync) {
      this.fsync = fsync;
      return this;
    }

    /** Let ancestors follow the changed task ({@link TaskList#derivedState}); default off. */
    public Builder updateParents(boolean updateParents) {
      this.updateParents = updateParents;
      return this;
    }

    public TaskWriter build() {
      return new TaskWriter(this);
    }
  }
}
