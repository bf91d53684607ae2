package io.kiro4j.core.write;

import io.kiro4j.core.internal.file.TextFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces or creates a file so that a reader sees the old or the new content, never a mix, and
 * never overwrites a change it did not see.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(path);
 * FileStamp after = AtomicFileWriter.defaults().replace(path, before.stamp(), newBytes);
 * }</pre>
 *
 * <p>How a replace works:
 *
 * <ol>
 *   <li>The new content goes to a temporary file in the same folder (with the file's permissions),
 *       is flushed to disk ({@code fsync}, unless {@link Builder#fsync(boolean) turned off}).
 *   <li>Right before the rename the file on disk is compared with the stamp of what was read (size,
 *       modification time when known, SHA-256). If it changed, the write is refused with a {@link
 *       StaleWriteException} and nothing is replaced.
 *   <li>The temporary file replaces the file with an atomic rename ({@code ATOMIC_MOVE}), and the
 *       folder is synced so the rename survives a crash.
 * </ol>
 *
 * <p><b>The remaining window.</b> Kiro takes no cross-process lock on its files, so nothing can
 * make check-and-rename atomic: an editor that saves between the final comparison and the rename
 * (microseconds) loses its change. The check narrows the window; it cannot close it.
 *
 * <p>Immutable and thread-safe; concurrent writes to one file are the caller's to serialise.
 *
 * @since 0.2
 */
public final class AtomicFileWriter {

  private static final AtomicFileWriter DEFAULTS = builder().build();

  /** Permissions of a file created where the file system is POSIX: {@code rw-r--r--}. */
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private final boolean fsync;

  private AtomicFileWriter(Builder b) {
    this.fsync = b.fsync;
  }

  /** A writer that syncs to disk. */
  public static AtomicFileWriter defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Replaces {@code path} with {@code content} if it still matches {@code expected}.
   *
   * @return the stamp of the new file
   * @throws StaleWriteException the file changed on disk (or disappeared) since it was read
   * @throws IOException the file system cannot write or rename atomically
   */
  public FileStamp replace(Path path, FileStamp expected, byte[] content) throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(content, "content");
    Path dir = path.toAbsolutePath().getParent();
    Set<PosixFilePermission> permissions;
    try {
      permissions = permissionsOf(path);
    } catch (IOException e) {
      throw new StaleWriteException(
          path, "it cannot be read any more: " + e.getClass().getSimpleName());
    }
    Path temp = writeTemp(dir, path, content, permissions);
    boolean moved = false;
    try {
      checkUnchanged(path, expected);
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot replace " + path + " atomically", e);
      }
      moved = true;
      syncDirectory(dir);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
    return stampOf(path, content);
  }

  /** Creates {@code path} ({@code rw-r--r--} on POSIX) and its missing parent folders. */
  public FileStamp create(Path path, byte[] content) throws IOException {
    return create(path, content, NEW_FILE);
  }

  /**
   * Creates {@code path} with {@code content} and, on POSIX file systems, {@code permissions} (the
   * file never exists with wider ones, not even for a moment). Missing parent folders are created.
   *
   * @throws StaleWriteException something already exists at {@code path}; nothing was written
   */
  public FileStamp create(Path path, byte[] content, Set<PosixFilePermission> permissions)
      throws IOException {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = writeTemp(dir, path, content, Set.copyOf(permissions));
    try {
      // link(2) fails if the name exists, atomically: no check-then-rename window for new files.
      Files.createLink(path, temp);
    } catch (FileAlreadyExistsException e) {
      throw new StaleWriteException(path, "it was created by someone else");
    } catch (UnsupportedOperationException e) {
      if (TextFile.isPresent(path)) {
        throw new StaleWriteException(path, "it was created by someone else");
      }
      Files.move(temp, path); // no hard links here: a plain move, which refuses an existing name
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(dir);
    return stampOf(path, content);
  }

  private Path writeTemp(Path dir, Path path, byte[] content, Set<PosixFilePermission> perms)
      throws IOException {
    Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
    try {
      if (perms != null && Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, perms);
      }
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        if (fsync) {
          ch.force(true);
        }
      }
      return temp;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private static void checkUnchanged(Path path, FileStamp expected) throws IOException {
    BasicFileAttributes attrs;
    byte[] now;
    try {
      attrs = TextFile.requireRegularFile(path); // never open a FIFO put in its place
      now = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new StaleWriteException(
          path, "it cannot be read any more: " + e.getClass().getSimpleName());
    }
    if (attrs.size() != expected.size() || now.length != expected.size()) {
      throw new StaleWriteException(path, "size " + expected.size() + " became " + now.length);
    }
    if (expected.lastModified().isPresent()
        && !attrs.lastModifiedTime().equals(expected.lastModified().get())) {
      throw new StaleWriteException(path, "modification time changed");
    }
    if (!FileStamp.sha256(now).equals(expected.sha256())) {
      throw new StaleWriteException(path, "content changed");
    }
  }

  private static Set<PosixFilePermission> permissionsOf(Path path) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    return view == null ? null : view.readAttributes().permissions();
  }

  private static FileStamp stampOf(Path path, byte[] content) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
    return FileStamp.of(content, attrs.lastModifiedTime());
  }

  private void syncDirectory(Path dir) {
    if (!fsync) {
      return;
    }
    // Makes the rename durable on Linux; not supported everywhere, and the data is already synced.
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort
    }
  }

  /** Options of an {@link AtomicFileWriter}. */
  public static final class Builder {
    private boolean fsync = true;

    private Builder() {}

    /** Flush the new file (and the folder) to disk before and after the rename; default on. */
    public Builder fsync(boolean fsync) {
      this.fsync = fsync;
      return this;
    }

    public AtomicFileWriter build() {
      return new AtomicFileWriter(this);
    }
  }
}
