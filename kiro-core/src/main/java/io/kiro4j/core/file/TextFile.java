package io.kiro4j.core.file;

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
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one user file, read whole as strict UTF-8.
 *
 * <p>Reading never throws for a bad file: an I/O error, invalid UTF-8 or a file over the size limit
 * becomes a diagnostic and an empty result, so one broken file never hides the good ones.
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

  /** Reads {@code path}, refusing files over {@code maxBytes}. */
  public static Optional<TextFile> read(Path path, long maxBytes, Diagnostics diagnostics) {
    try {
      byte[] bytes;
      // One open for the size check and the read: a stat per file adds up over a workspace.
      try (SeekableByteChannel channel = Files.newByteChannel(path)) {
        long size = channel.size();
        if (size > maxBytes) {
          diagnostics.add(
              Diagnostic.ofFile(
                  CoreCode.FILE_TOO_LARGE,
                  path,
                  "file is "
                      + size
                      + " bytes, over the limit of "
                      + maxBytes
                      + " bytes; not read"));
          return Optional.empty();
        }
        bytes = readAll(channel, (int) size, maxBytes);
      }
      if (bytes == null) {
        diagnostics.add(
            Diagnostic.ofFile(
                CoreCode.FILE_TOO_LARGE,
                path,
                "file grew over the limit of " + maxBytes + " bytes while read; not read"));
        return Optional.empty();
      }
      // The JDK's decoder is fast on valid text and turns malformed input into U+FFFD; only then
      // decode again strictly, to tell a real U+FFFD from broken bytes.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      }
      return Optional.of(new TextFile(path, text));
    } catch (CharacterCodingException e) {
      diagnostics.add(
          Diagnostic.ofFile(CoreCode.UNREADABLE_FILE, path, "file is not valid UTF-8; not read"));
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
}
