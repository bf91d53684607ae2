package io.kiro4j.core.write;

import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file looked like when it was read: size, modification time and SHA-256 of its bytes. A
 * write compares them with the file on disk right before replacing it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size bytes
 * @param lastModified the modification time, empty when only the content is known (text that was
 *     parsed from a string, not read from the file): then only size and hash are compared
 * @param sha256 hex SHA-256 of the content
 * @since 0.2
 */
public record FileStamp(long size, Optional<FileTime> lastModified, String sha256) {

  public FileStamp {
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** The stamp of {@code bytes} read from a file last modified at {@code lastModified}. */
  public static FileStamp of(byte[] bytes, FileTime lastModified) {
    return new FileStamp(bytes.length, Optional.of(lastModified), sha256(bytes));
  }

  /** The stamp of content whose modification time is unknown: size and hash only. */
  public static FileStamp ofContent(byte[] bytes) {
    return new FileStamp(bytes.length, Optional.empty(), sha256(bytes));
  }

  /** Hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
