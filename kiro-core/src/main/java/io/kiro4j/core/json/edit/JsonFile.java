package io.kiro4j.core.json.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.write.AtomicFileWriter;
import io.kiro4j.core.write.FileSnapshot;
import io.kiro4j.core.write.FileStamp;
import io.kiro4j.core.write.StaleWriteException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON configuration file opened for editing: what was read (with its {@link FileStamp}), or
 * nothing when the file does not exist yet. Edit its {@link #content()} with {@link JsonText}, then
 * {@link #write} the result: the file is replaced atomically, and only if nobody changed it since
 * it was read; a new file is created only if the name is still free.
 *
 * <pre>{@code
 * JsonFile file = JsonFile.open(path);
 * EditResult result = file.content()
 *     .orElseThrow()
 *     .apply(JsonEdit.set("/mcpServers/git/disabled", BooleanNode.TRUE));
 * if (result instanceof EditResult.Edited edited) {
 *   file.write(edited.text(), AtomicFileWriter.defaults());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; one {@code JsonFile} is one read, so open it again after a write.
 *
 * @since 0.2
 */
public final class JsonFile {

  private final Path path;
  private final Optional<FileStamp> stamp;
  private final EditResult content;

  private JsonFile(Path path, Optional<FileStamp> stamp, EditResult content) {
    this.path = path;
    this.stamp = stamp;
    this.content = content;
  }

  /**
   * Reads {@code path}. A missing file opens as an empty object, to be created on write. A file
   * that is not UTF-8 or does not parse opens {@link EditResult.Refused refused} ({@code
   * EDIT-001}), and can never be written.
   *
   * @throws IOException when something is at {@code path} but cannot be read (including a FIFO or a
   *     folder in its place, or a file over {@link TextFile#DEFAULT_MAX_BYTES})
   */
  public static JsonFile open(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    if (!TextFile.isPresent(path)) {
      return new JsonFile(
          path, Optional.empty(), new EditResult.Edited(JsonText.emptyObject(path)));
    }
    FileSnapshot snapshot = FileSnapshot.read(path);
    EditResult content;
    try {
      content = JsonText.parse(snapshot.text(), path);
    } catch (CharacterCodingException e) {
      content =
          new EditResult.Refused(
              List.of(
                  Diagnostic.ofFile(
                      JsonEditCode.NOT_PARSEABLE,
                      path,
                      "the file is not UTF-8; it is left as it is")));
    }
    return new JsonFile(path, Optional.of(snapshot.stamp()), content);
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** True when the file existed when it was opened. */
  public boolean exists() {
    return stamp.isPresent();
  }

  /** The text as read, ready to edit, or why it cannot be edited. */
  public EditResult content() {
    return content;
  }

  /**
   * Writes {@code edited} in place of what was read: replaces the file if it is unchanged on disk,
   * or creates it if it did not exist (and still does not). Nothing is written when the text is the
   * same as what was read.
   *
   * @return true when the file was written
   * @throws StaleWriteException the file changed (or appeared) since it was opened
   * @throws IllegalStateException when the file opened {@link EditResult.Refused refused}
   */
  public boolean write(JsonText edited, AtomicFileWriter writer) throws IOException {
    Objects.requireNonNull(edited, "edited");
    Objects.requireNonNull(writer, "writer");
    JsonText original = content.orElseThrow();
    if (stamp.isPresent() && edited.text().equals(original.text())) {
      return false;
    }
    byte[] bytes = edited.text().getBytes(StandardCharsets.UTF_8);
    if (stamp.isPresent()) {
      writer.replace(path, stamp.get(), bytes);
    } else {
      writer.create(path, bytes);
    }
    return true;
  }

  @Override
  public String toString() {
    return "JsonFile[" + path + (exists() ? "" : ", new") + "]";
  }
}
