package io.kiro4j.core.write;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write was refused because the file changed on disk after it was read (size, modification time
 * or content differ), or appeared where a new file was to be created. Read the file again and
 * retry. Nothing was written.
 *
 * <p>Thread-safe: its own fields are final.
 *
 * @since 0.2
 */
public final class StaleWriteException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;

  StaleWriteException(Path path, String what) {
    super(path + " changed on disk since it was read (" + what + "); not written, read it again");
    this.path = path;
  }

  /** The file that changed. */
  public Path path() {
    return path;
  }
}
