package io.kiro4j.core.workspace;

import io.kiro4j.core.diagnostic.CoreCode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Texts that stand in for files on disk: the unsaved content of documents open in an editor.
 *
 * <p>Loaders read user files through {@link Workspace#read(Path, Diagnostics)}: a file held here is
 * read from memory, any other from disk (whole, strict UTF-8, size-limited, never opening a FIFO).
 * A text for a file not on disk yet (a new document the editor has not saved) makes the file exist
 * for the workspace: {@link Workspace#listFiles} lists it with the files found on disk.
 *
 * <p>Paths are compared after {@link Path#toAbsolutePath()} and {@link Path#normalize()}; give the
 * same spelling the loaders see (the workspace's canonical paths: resolve symlinks first).
 *
 * <pre>{@code
 * FileOverlay open = FileOverlay.empty().with(steeringFile, editorText);
 * Workspace ws = Kiro.open(WorkspaceOptions.builder().root(root).overlay(open).build());
 * SteeringSet.of(ws); // reads steeringFile's editor text, every other file from disk
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class FileOverlay {

  private static final FileOverlay EMPTY = new FileOverlay(Map.of());

  private final Map<Path, String> texts;

  private FileOverlay(Map<Path, String> texts) {
    this.texts = texts;
  }

  /** No text: every file is read from disk. */
  public static FileOverlay empty() {
    return EMPTY;
  }

  /** An overlay holding {@code texts}, file by file. */
  public static FileOverlay of(Map<Path, String> texts) {
    Map<Path, String> copy = new HashMap<>();
    for (Map.Entry<Path, String> e : texts.entrySet()) {
      copy.put(key(e.getKey()), Objects.requireNonNull(e.getValue(), "text"));
    }
    return copy.isEmpty() ? EMPTY : new FileOverlay(Map.copyOf(copy));
  }

  /** This overlay with {@code text} standing for {@code file} (replacing an earlier text). */
  public FileOverlay with(Path file, String text) {
    Objects.requireNonNull(text, "text");
    Map<Path, String> copy = new HashMap<>(texts);
    copy.put(key(file), text);
    return new FileOverlay(Map.copyOf(copy));
  }

  /** This overlay without a text for {@code file}: it is read from disk again. */
  public FileOverlay without(Path file) {
    Path key = key(file);
    if (!texts.containsKey(key)) {
      return this;
    }
    Map<Path, String> copy = new HashMap<>(texts);
    copy.remove(key);
    return new FileOverlay(Map.copyOf(copy));
  }

  /** The text standing for {@code file}, if any. */
  public Optional<String> text(Path file) {
    return Optional.ofNullable(texts.get(key(file)));
  }

  /**
   * The files that have a text here (absolute, normalized).
   *
   * @since 0.2
   */
  public Set<Path> files() {
    return texts.keySet();
  }

  /** True when no file is overlaid. */
  public boolean isEmpty() {
    return texts.isEmpty();
  }

  /**
   * The overlay text of {@code file}, else the file's text read from disk (problems, such as
   * invalid UTF-8 or a FIFO in place of the file, become diagnostics and an empty result). The size
   * limit applies to an overlay text too (its UTF-8 length), so an editor buffer is judged as the
   * saved file would be.
   */
  public Optional<String> read(Path file, long maxBytes, Diagnostics diagnostics) {
    String text = texts.get(key(file));
    if (text == null) {
      Optional<TextFile> read = TextFile.read(file, maxBytes, diagnostics);
      return read.isPresent() ? Optional.of(read.get().text()) : Optional.empty();
    }
    // A char is at most 3 UTF-8 bytes: encode only when the text could be over the limit.
    if ((long) text.length() * 3 > maxBytes) {
      long size = text.getBytes(StandardCharsets.UTF_8).length;
      if (size > maxBytes) {
        diagnostics.add(
            Diagnostic.ofFile(
                CoreCode.FILE_TOO_LARGE,
                file,
                "file is " + size + " bytes, over the limit of " + maxBytes + " bytes; not read"));
        return Optional.empty();
      }
    }
    return Optional.of(text);
  }

  /** {@link #read(Path, long, Diagnostics)} with the default limit of 4 MiB. */
  public Optional<String> read(Path file, Diagnostics diagnostics) {
    return read(file, TextFile.DEFAULT_MAX_BYTES, diagnostics);
  }

  /**
   * {@link #read(Path, Diagnostics)} for an optional file: an overlay text counts as present; a
   * name with nothing on disk (not even a dangling link) and no overlay text gives an empty result
   * and no diagnostic.
   */
  public Optional<String> readIfPresent(Path file, Diagnostics diagnostics) {
    return texts.containsKey(key(file)) || TextFile.isPresent(file)
        ? read(file, diagnostics)
        : Optional.empty();
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  /** Equal when the same files have the same texts. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FileOverlay other && texts.equals(other.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return "FileOverlay" + texts.keySet();
  }
}
