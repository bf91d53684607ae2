package io.kiro4j.core.write;

import io.kiro4j.core.internal.file.TextFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file's bytes as they were read, with the {@link FileStamp} a later {@link
 * AtomicFileWriter#replace replace} checks against.
 *
 * <pre>{@code
 * FileSnapshot before = FileSnapshot.read(path);
 * String edited = before.text().replace("\"disabled\": false", "\"disabled\": true");
 * AtomicFileWriter.defaults().replace(path, before.stamp(), edited.getBytes(UTF_8));
 * }</pre>
 *
 * <p>Immutable and thread-safe ({@link #bytes()} returns a copy).
 *
 * @since 0.2
 */
public final class FileSnapshot {

  private final Path path;
  private final byte[] bytes;
  private final FileStamp stamp;

  private FileSnapshot(Path path, byte[] bytes, FileStamp stamp) {
    this.path = path;
    this.bytes = bytes;
    this.stamp = stamp;
  }

  /** Reads {@code path} whole with the {@link TextFile#DEFAULT_MAX_BYTES default size limit}. */
  public static FileSnapshot read(Path path) throws IOException {
    return read(path, TextFile.DEFAULT_MAX_BYTES);
  }

  /**
   * Reads {@code path} whole. Only regular files are opened (a FIFO in place of the file would
   * block the read).
   *
   * @throws io.kiro4j.core.internal.file.NotRegularFileException when {@code path} is a FIFO,
   *     socket, device or folder
   * @throws IOException when the file is missing, unreadable or larger than {@code maxBytes}
   */
  public static FileSnapshot read(Path path, long maxBytes) throws IOException {
    Objects.requireNonNull(path, "path");
    BasicFileAttributes attrs = TextFile.requireRegularFile(path);
    if (attrs.size() > maxBytes) {
      throw new IOException(path + " is " + attrs.size() + " bytes, over the limit of " + maxBytes);
    }
    byte[] bytes = Files.readAllBytes(path);
    return new FileSnapshot(path, bytes, FileStamp.of(bytes, attrs.lastModifiedTime()));
  }

  /** The file that was read. */
  public Path path() {
    return path;
  }

  /** A copy of the bytes that were read. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** What the file looked like: pass it to {@link AtomicFileWriter#replace}. */
  public FileStamp stamp() {
    return stamp;
  }

  /**
   * The bytes decoded as strict UTF-8 (a BOM, if any, is kept).
   *
   * @throws CharacterCodingException when the file is not valid UTF-8
   */
  public String text() throws CharacterCodingException {
    return TextFile.decodeStrict(bytes);
  }
}
