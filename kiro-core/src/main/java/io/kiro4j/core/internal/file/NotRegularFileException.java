package io.kiro4j.core.internal.file;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A path names something other than a regular file (a FIFO, a socket, a device, a folder) where a
 * file was to be read. Thrown by {@link TextFile#requireRegularFile} <em>before</em> anything is
 * opened: opening a FIFO for reading blocks until a writer appears, which would hang a loader.
 *
 * <p>Thread-safe: its own fields are final.
 */
public final class NotRegularFileException extends FileSystemException {

  private static final long serialVersionUID = 1L;

  private final String kind;

  NotRegularFileException(Path path, String kind) {
    super(path.toString(), null, "not a regular file but " + kind);
    this.kind = kind;
  }

  /** What the path is instead, for messages: {@code "a FIFO (named pipe)"}, {@code "a folder"}. */
  public String kind() {
    return kind;
  }
}
