package io.kiro4j.core.internal.file;

import io.kiro4j.core.diagnostic.CoreCode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one user file, read whole as strict UTF-8.
 *
 * <p>Reading never throws for a bad file: an I/O error, invalid UTF-8, a file over the size limit
 * or something that is not a regular file becomes a diagnostic and an empty result, so one broken
 * file never hides the good ones.
 *
 * <p>Only regular files are opened. A FIFO (named pipe), socket or device in place of a
 * configuration file is reported as {@link CoreCode#NOT_A_REGULAR_FILE} without being opened:
 * opening a FIFO for reading blocks until some process writes to it, so a cloned repository with a
 * FIFO named {@code .kiro/settings/mcp.json} would otherwise hang every loader (and {@code kiro4j
 * lint}). Symlinks are followed (global steering is often symlinked, docs L18380–18402); the check
 * is on what the link leads to. The check is a {@code stat} before the {@code open}: a file swapped
 * for a FIFO between the two can still block, which needs a writer racing the read in the folder
 * being read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the file
 * @param text its decoded content (a BOM, if any, is kept: parsers skip it so columns stay right)
 */
public record TextFile(Path path, String text) {

  /** Files larger than this (4 MiB) are refused unless a caller passes its own limit. */
  public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

  public TextFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /** Reads {@code path} with the {@link #DEFAULT_MAX_BYTES default size limit}. */
  public static Optional<TextFile> read(Path path, Diagnostics diagnostics) {
    return read(path, DEFAULT_MAX_BYTES, diagnostics);
  }

  /**
   * Reads {@code path} if anything is there: a name that does not exist (not even as a dangling
   * symlink) gives an empty result and no diagnostic; anything else is {@link #read(Path,
   * Diagnostics) read}, so a FIFO or a broken symlink in place of the file is reported. For
   * optional configuration files ({@code mcp.json}, {@code AGENTS.md}, {@code cli.json}, ...).
   */
  public static Optional<TextFile> readIfPresent(Path path, Diagnostics diagnostics) {
    return isPresent(path) ? read(path, diagnostics) : Optional.empty();
  }

  /**
   * True when something exists at {@code path}, a dangling symlink included (without following
   * links, and without opening anything).
   */
  public static boolean isPresent(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The attributes of {@code path} (symlinks followed) when it is a regular file; opens nothing.
   * Call it before opening a user file any other way than through {@link #read}.
   *
   * @throws NotRegularFileException when {@code path} is a FIFO, socket, device or folder
   * @throws IOException when {@code path} cannot be examined (missing, no permission, ...)
   */
  public static BasicFileAttributes requireRegularFile(Path path) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attrs.isRegularFile()) {
      throw new NotRegularFileException(path, kindOf(path, attrs));
    }
    return attrs;
  }

  /**
   * The {@link CoreCode#NOT_A_REGULAR_FILE} diagnostic for {@code path}, found not to be a regular
   * file (for example while listing a folder); examines it without opening it.
   */
  public static Diagnostic notRegularFile(Path path) {
    String kind;
    try {
      kind = kindOf(path, Files.readAttributes(path, BasicFileAttributes.class));
    } catch (IOException e) {
      kind = "a special file (FIFO, socket or device)";
    }
    return notRegularFile(path, kind);
  }

  private static Diagnostic notRegularFile(Path path, String kind) {
    return Diagnostic.ofFile(
        CoreCode.NOT_A_REGULAR_FILE, path, "not a regular file but " + kind + "; not read");
  }

  /** What a non-regular file is, from its mode where the platform tells it. */
  private static String kindOf(Path path, BasicFileAttributes attrs) {
    if (attrs.isDirectory()) {
      return "a folder";
    }
    try {
      // The "unix" view is a stat, like readAttributes: nothing is opened.
      int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
      switch (type) {
        case 0010000:
          return "a FIFO (named pipe)";
        case 0140000:
          return "a socket";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view (Windows): the generic wording below
    }
    return "a special file (FIFO, socket or device)";
  }

  /** Reads {@code path}, refusing files over {@code maxBytes}. */
  public static Optional<TextFile> read(Path path, long maxBytes, Diagnostics diagnostics) {
    try {
      byte[] bytes;
      // A stat first, never an open of a FIFO or device (it could block); its size serves the
      // size check, and the read below still stops at the limit if the file grows meanwhile.
      long size = requireRegularFile(path).size();
      if (size > maxBytes) {
        diagnostics.add(
            Diagnostic.ofFile(
                CoreCode.FILE_TOO_LARGE,
                path,
                "file is " + size + " bytes, over the limit of " + maxBytes + " bytes; not read"));
        return Optional.empty();
      }
      try (SeekableByteChannel channel = Files.newByteChannel(path)) {
        bytes = readAll(channel, (int) Math.min(size, Integer.MAX_VALUE - 16), maxBytes);
      }
      if (bytes == null) {
        diagnostics.add(
            Diagnostic.ofFile(
                CoreCode.FILE_TOO_LARGE,
                path,
                "file grew over the limit of " + maxBytes + " bytes while read; not read"));
        return Optional.empty();
      }
      return Optional.of(new TextFile(path, decodeStrict(bytes)));
    } catch (CharacterCodingException e) {
      diagnostics.add(
          Diagnostic.ofFile(CoreCode.UNREADABLE_FILE, path, "file is not valid UTF-8; not read"));
    } catch (NotRegularFileException e) {
      diagnostics.add(notRegularFile(path, e.kind()));
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.ofFile(
              CoreCode.UNREADABLE_FILE,
              path,
              "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage()));
    }
    return Optional.empty();
  }

  /** Reads to the end; null if that is more than {@code maxBytes} (the file grew). */
  private static byte[] readAll(SeekableByteChannel channel, int expected, long maxBytes)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(Math.max(expected, 0) + 1);
    while (true) {
      if (!buffer.hasRemaining()) {
        if (buffer.capacity() > maxBytes) {
          return null;
        }
        long grown = Math.min(maxBytes + 1, (long) buffer.capacity() * 2 + 8192);
        ByteBuffer bigger = ByteBuffer.allocate((int) grown);
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
      if (channel.read(buffer) < 0) {
        break;
      }
    }
    if (buffer.position() > maxBytes) {
      return null;
    }
    return java.util.Arrays.copyOf(buffer.array(), buffer.position());
  }

  /**
   * {@code bytes} decoded as strict UTF-8 (a BOM, if any, is kept): the one decoding of user files.
   *
   * @throws CharacterCodingException when the bytes are not valid UTF-8
   */
  public static String decodeStrict(byte[] bytes) throws CharacterCodingException {
    // The JDK's decoder is fast on valid text and turns malformed input into U+FFFD; only then
    // decode again strictly, to tell a real U+FFFD from broken bytes.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
