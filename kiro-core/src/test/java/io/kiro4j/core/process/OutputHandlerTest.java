package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputHandlerTest {

  private final List<String> lines = new ArrayList<>();
  private final List<String> tooLong = new ArrayList<>();

  private static void feed(OutputHandler handler, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    handler.onBytes(bytes, 0, bytes.length);
  }

  @Test
  void linesSplitOnNewlineAndDropTheCarriageReturnBeforeIt() {
    OutputHandler handler = OutputHandler.lines(lines::add, 100, tooLong::add);

    feed(handler, "a\r\nb\nc\rd\n\r\n");

    assertThat(lines).containsExactly("a", "b", "c\rd", "");
  }

  @Test
  void lastLineWithoutNewlineIsDeliveredAtEndOfStream() {
    OutputHandler handler = OutputHandler.lines(lines::add, 100, tooLong::add);

    feed(handler, "one\ntw");
    feed(handler, "o");
    assertThat(lines).containsExactly("one");
    handler.onEnd();

    assertThat(lines).containsExactly("one", "two");
  }

  @Test
  void multiByteCharacterSplitAcrossChunksIsDecodedWhole() {
    OutputHandler handler = OutputHandler.lines(lines::add, 100, tooLong::add);
    byte[] bytes = "é€\n".getBytes(StandardCharsets.UTF_8);

    for (byte b : bytes) {
      handler.onBytes(new byte[] {b}, 0, 1);
    }

    assertThat(lines).containsExactly("é€");
  }

  @Test
  void lineLongerThanTheLimitGoesToTheErrorCallbackAndTheNextLineStillArrives() {
    OutputHandler handler = OutputHandler.lines(lines::add, 10, tooLong::add);

    feed(handler, "0123456789ABCDEF");
    feed(handler, "GHIJ\nok\n");

    assertThat(tooLong).containsExactly("0123456789ABCDEF");
    assertThat(lines).containsExactly("ok");
  }

  @Test
  void lineOfExactlyTheLimitIsKeptEvenWithCrlf() {
    OutputHandler handler = OutputHandler.lines(lines::add, 10, tooLong::add);

    feed(handler, "0123456789\r\n0123456789\n0123456789A\n");

    assertThat(lines).containsExactly("0123456789", "0123456789");
    assertThat(tooLong).containsExactly("0123456789A");
  }

  @Test
  void endlessLineReportsOnlyItsBeginningAndKeepsMemoryBounded() {
    OutputHandler handler = OutputHandler.lines(lines::add, 1024, tooLong::add);
    byte[] chunk = new byte[8192];
    java.util.Arrays.fill(chunk, (byte) 'x');

    for (int i = 0; i < 1000; i++) {
      handler.onBytes(chunk, 0, chunk.length);
    }
    handler.onEnd();

    assertThat(tooLong).hasSize(1);
    assertThat(tooLong.get(0)).hasSize(LineSplitter.TOO_LONG_HEAD_BYTES);
    assertThat(lines).isEmpty();
  }

  @Test
  void maxLineBytesMustBePositive() {
    assertThatThrownBy(() -> OutputHandler.lines(lines::add, 0, tooLong::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLineBytes");
  }

  @Test
  void boundedCaptureKeepsTheLimitAndSaysItTruncated() {
    BoundedCapture capture = BoundedCapture.withLimit(5);

    feed(capture, "hello world");
    capture.onEnd();

    assertThat(capture.text()).isEqualTo("hello");
    assertThat(capture.truncated()).isTrue();
    assertThat(capture.totalBytes()).isEqualTo(11);
    assertThat(capture.ended()).isTrue();
  }

  @Test
  void boundedCaptureUnderTheLimitIsNotTruncated() {
    BoundedCapture capture = BoundedCapture.withLimit(5);

    feed(capture, "hi");

    assertThat(capture.text()).isEqualTo("hi");
    assertThat(capture.truncated()).isFalse();
  }

  @Test
  void truncationNeverCutsACharacterInHalf() {
    // "aé€😀" is 1 + 2 + 3 + 4 bytes.
    String text = "aé€😀";
    for (int limit = 0; limit <= 10; limit++) {
      BoundedCapture capture = BoundedCapture.withLimit(limit);
      feed(capture, text + "!");

      String kept = capture.text();
      assertThat(text).startsWith(kept);
      assertThat(kept.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limit);
      assertThat(kept).doesNotContain("\uFFFD");
    }
    BoundedCapture cut = BoundedCapture.withLimit(6);
    feed(cut, text);
    assertThat(cut.text()).isEqualTo("aé€");
  }

  @Test
  void malformedBytesBecomeReplacementCharacters() {
    BoundedCapture capture = BoundedCapture.withLimit(100);
    capture.onBytes(new byte[] {'a', (byte) 0xFF, 'b'}, 0, 3);

    assertThat(capture.text()).isEqualTo("a\uFFFDb");
  }

  @Test
  void zeroLimitCountsButKeepsNothing() {
    BoundedCapture capture = BoundedCapture.withLimit(0);
    feed(capture, "abc");

    assertThat(capture.bytes()).isEmpty();
    assertThat(capture.totalBytes()).isEqualTo(3);
    assertThat(capture.truncated()).isTrue();
  }
}
