package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class OutputHandlerProperties {

  @Provide
  Arbitrary<String> lineText() {
    // Any characters but line breaks, including multi-byte ones.
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('é', '€', '中', '\t')
        .ofMaxLength(30);
  }

  @Property
  void linesDoNotDependOnChunkBoundaries(
      @ForAll @Size(max = 20) List<@From("lineText") String> lines,
      @ForAll @Size(max = 20) List<Boolean> crlf,
      @ForAll boolean lastHasNewline,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 7) Integer> chunkSizes) {
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
  }

  @Property
  void captureKeepsThePrefixAndCountsEveryByte(
      @ForAll @Size(max = 200) List<Byte> data,
      @ForAll @IntRange(min = 0, max = 100) int limit,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 50) Integer> chunkSizes) {
    byte[] bytes = new byte[data.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = data.get(i);
    }

    BoundedCapture capture = BoundedCapture.withLimit(limit);
    feedInChunks(capture, bytes, chunkSizes);

    assertThat(capture.bytes()).isEqualTo(Arrays.copyOf(bytes, Math.min(limit, bytes.length)));
    assertThat(capture.totalBytes()).isEqualTo(bytes.length);
    assertThat(capture.truncated()).isEqualTo(bytes.length > limit);
  }

  @Property
  void truncatedTextIsTheLongestWholeCharacterPrefixWithinTheLimit(
      @ForAll("lineText") String text, @ForAll @IntRange(min = 0, max = 60) int limit) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    BoundedCapture capture = BoundedCapture.withLimit(limit);
    capture.onBytes(bytes, 0, bytes.length);

    String kept = capture.text();

    assertThat(text).startsWith(kept);
    int keptBytes = kept.getBytes(StandardCharsets.UTF_8).length;
    assertThat(keptBytes).isLessThanOrEqualTo(limit);
    if (keptBytes < text.getBytes(StandardCharsets.UTF_8).length) {
      // The next character would not have fitted.
      String next = text.substring(kept.length(), text.offsetByCodePoints(kept.length(), 1));
      assertThat(keptBytes + next.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(limit);
    }
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
