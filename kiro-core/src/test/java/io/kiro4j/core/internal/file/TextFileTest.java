package io.kiro4j.core.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {

  /** Generous: a read that does not block takes milliseconds; one that blocks never returns. */
  static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir Path tmp;

  @Test
  void aFifoInPlaceOfAFileIsReportedWithoutBeingOpened() throws Exception {
    Path fifo = Fifos.make(tmp.resolve("mcp.json"));
    Diagnostics diags = new Diagnostics();
    Optional<TextFile> text = assertTimeoutPreemptively(PROMPTLY, () -> TextFile.read(fifo, diags));
    assertThat(text).isEmpty();
    assertThat(diags.toList())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("CORE-004");
              assertThat(d.isError()).isTrue();
              assertThat(d.path()).isEqualTo(fifo);
              assertThat(d.message()).contains("FIFO");
            });
  }

  @Test
  void aSymlinkToAFifoIsJudgedByWhatItLeadsTo() throws Exception {
    Path fifo = Fifos.make(tmp.resolve("pipe"));
    Path link = Files.createSymbolicLink(tmp.resolve("steering.md"), fifo);
    Diagnostics diags = new Diagnostics();
    assertThat(assertTimeoutPreemptively(PROMPTLY, () -> TextFile.read(link, diags))).isEmpty();
    assertThat(diags.toList()).extracting(Diagnostic::code).containsExactly("CORE-004");
  }

  @Test
  void aFolderInPlaceOfAFileIsNotARegularFile() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("AGENTS.md"));
    Diagnostics diags = new Diagnostics();
    assertThat(TextFile.read(dir, diags)).isEmpty();
    assertThat(diags.toList())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("a folder"));
  }

  @Test
  void aSymlinkToARegularFileIsRead() throws IOException {
    Path target = Files.writeString(tmp.resolve("team.md"), "# Team\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link.md"), target);
    Diagnostics diags = new Diagnostics();
    assertThat(TextFile.read(link, diags)).map(TextFile::text).contains("# Team\n");
    assertThat(diags.toList()).isEmpty();
  }

  @Test
  void readIfPresentIsSilentWhenNothingIsThereAndReportsAnythingElse() throws Exception {
    Diagnostics diags = new Diagnostics();
    assertThat(TextFile.readIfPresent(tmp.resolve("missing.json"), diags)).isEmpty();
    assertThat(diags.toList()).isEmpty();

    Path fifo = Fifos.make(tmp.resolve("fifo.json"));
    assertThat(assertTimeoutPreemptively(PROMPTLY, () -> TextFile.readIfPresent(fifo, diags)))
        .isEmpty();
    Path dangling = Files.createSymbolicLink(tmp.resolve("dangling.json"), tmp.resolve("nowhere"));
    assertThat(TextFile.readIfPresent(dangling, diags)).isEmpty();
    assertThat(diags.toList()).extracting(Diagnostic::code).containsExactly("CORE-004", "CORE-002");
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsOpened() throws IOException {
    Path big = Files.writeString(tmp.resolve("big.md"), "x".repeat(100));
    Diagnostics diags = new Diagnostics();
    assertThat(TextFile.read(big, 99, diags)).isEmpty();
    assertThat(diags.toList()).extracting(Diagnostic::code).containsExactly("CORE-003");
    assertThat(TextFile.read(big, 100, new Diagnostics())).isPresent();
  }

  @Test
  void requireRegularFileNamesWhatThePathIsInstead() throws Exception {
    Path fifo = Fifos.make(tmp.resolve("p"));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> TextFile.requireRegularFile(fifo), NotRegularFileException.class))
        .satisfies(e -> assertThat(e.kind()).isEqualTo("a FIFO (named pipe)"));
  }
}
