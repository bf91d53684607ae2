package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputHandlerProperties {

  static Gen<String> lineText() {
    // Any characters but line breaks, including multi-byte ones.
    return Gen.strings().withCharRange(' ', '~').withChars('é', '€', '中', '\t').ofMaxLength(30);
  }

  @Test
  void linesDoNotDependOnChunkBoundaries() {
    Property.forAll(
            lineText().list().ofMaxSize(20),
            Gen.booleans().list().ofMaxSize(20),
            Gen.booleans(),
            Gen.ints(1, 7).list().ofMinSize(1).ofMaxSize(10))
        .check(
            (lines, crlf, lastHasNewline, chunkSizes) -> {
              StringBuilder text = new StringBuilder();
              for (int i = 0; i < lines.size(); i++) {
                text.append(lines.get(i));
                boolean last = i == lines.size() - 1;
                if (!last || lastHasNewline) {
                  text.append(i < crlf.size() && crlf.get(i) ? "\r\n" : "\n");
                }
              }
              List<String> expected = new ArrayList<>(lines);
              if (!lines.isEmpty() && !lastHasNewline && lines.get(lines.size() - 1).isEmpty()) {
                expected.remove(expected.size() - 1); // an empty unterminated tail is no line
              }

              List<String> received = new ArrayList<>();
              OutputHandler handler = OutputHandler.lines(received::add, 1000, tooLong -> {});
              feedInChunks(handler, text.toString().getBytes(StandardCharsets.UTF_8), chunkSizes);
              handler.onEnd();

              assertThat(received).isEqualTo(expected);
            });
  }

  @Test
  void captureKeepsThePrefixAndCountsEveryByte() {
    Property.forAll(
            Gen.ints(Byte.MIN_VALUE, Byte.MAX_VALUE).map(Integer::byteValue).list().ofMaxSize(200),
            Gen.ints(0, 100),
            Gen.ints(1, 50).list().ofMinSize(1).ofMaxSize(10))
        .check(
            (data, limit, chunkSizes) -> {
              byte[] bytes = new byte[data.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = data.get(i);
              }

              BoundedCapture capture = BoundedCapture.withLimit(limit);
              feedInChunks(capture, bytes, chunkSizes);

              assertThat(capture.bytes())
                  .isEqualTo(Arrays.copyOf(bytes, Math.min(limit, bytes.length)));
              assertThat(capture.totalBytes()).isEqualTo(bytes.length);
              assertThat(capture.truncated()).isEqualTo(bytes.length > limit);
            });
  }

  @Test
  void truncatedTextIsTheLongestWholeCharacterPrefixWithinTheLimit() {
    Property.forAll(lineText(), Gen.ints(0, 60))
        .check(
            (text, limit) -> {
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              BoundedCapture capture = BoundedCapture.withLimit(limit);
              capture.onBytes(bytes, 0, bytes.length);

              String kept = capture.text();

              assertThat(text).startsWith(kept);
              int keptBytes = kept.getBytes(StandardCharsets.UTF_8).length;
              assertThat(keptBytes).isLessThanOrEqualTo(limit);
              if (keptBytes < text.getBytes(StandardCharsets.UTF_8).length) {
                // The next character would not have fitted.
                String next =
                    text.substring(kept.length(), text.offsetByCodePoints(kept.length(), 1));
                assertThat(keptBytes + next.getBytes(StandardCharsets.UTF_8).length)
                    .isGreaterThan(limit);
              }
            });
  }

  private static void feedInChunks(OutputHandler handler, byte[] bytes, List<Integer> sizes) {
    int offset = 0;
    int turn = 0;
    while (offset < bytes.length) {
      int size = Math.min(sizes.get(turn++ % sizes.size()), bytes.length - offset);
      // Copy into a fresh, larger array: the handler must honour offset and length.
      byte[] chunk = new byte[size + 4];
      System.arraycopy(bytes, offset, chunk, 2, size);
      handler.onBytes(chunk, 2, size);
      offset += size;
    }
  }
}
