package io.kiro4j.specs.tasks;

import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What a file looked like when it was read: size, modification time and SHA-256 of its bytes. A
 * write compares all three with the file on disk right before replacing it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size bytes
 * @param lastModified the modification time
 * @param sha256 hex SHA-256 of the content
 */
public record FileStamp(long size, FileTime lastModified, String sha256) {

  public FileStamp {
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(sha256, "sha256");
  }
}
