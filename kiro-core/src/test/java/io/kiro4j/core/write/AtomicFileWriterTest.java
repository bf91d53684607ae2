package io.kiro4j.core.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.internal.file.NotRegularFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

  @TempDir Path dir;

  private final AtomicFileWriter writer = AtomicFileWriter.builder().fsync(false).build();

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void replaceWritesTheNewBytesKeepsPermissionsAndLeavesNoTemporaryFile() throws IOException {
    Path p = Files.writeString(dir.resolve("mcp.json"), "{}\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    FileSnapshot before = FileSnapshot.read(p);
    FileStamp after = writer.replace(p, before.stamp(), "{\"a\": 1}\n".getBytes(UTF_8));
    assertThat(Files.readString(p)).isEqualTo("{\"a\": 1}\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
        .isEqualTo("rw-------");
    assertThat(after).isEqualTo(FileSnapshot.read(p).stamp());
    assertThat(files()).containsExactly(p);
  }

  @Test
  void aFileChangedSinceItWasReadIsRefusedAndLeftAsIs() throws IOException {
    Path p = Files.writeString(dir.resolve("a.json"), "{}");
    FileSnapshot before = FileSnapshot.read(p);
    Files.writeString(p, "{ }");
    assertThatThrownBy(() -> writer.replace(p, before.stamp(), "x".getBytes(UTF_8)))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("changed on disk");
    assertThat(Files.readString(p)).isEqualTo("{ }");
    assertThat(files()).containsExactly(p);
  }

  @Test
  void aSameSizeEditWithTheOldModificationTimeIsCaughtByTheHash() throws IOException {
    Path p = Files.writeString(dir.resolve("a.json"), "{\"a\":1}");
    FileSnapshot before = FileSnapshot.read(p);
    FileTime time = Files.getLastModifiedTime(p);
    Files.writeString(p, "{\"a\":2}");
    Files.setLastModifiedTime(p, time);
    assertThatThrownBy(() -> writer.replace(p, before.stamp(), "x".getBytes(UTF_8)))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("content changed");
  }

  @Test
  void aTouchedFileIsRefused() throws IOException {
    Path p = Files.writeString(dir.resolve("a.json"), "{}");
    FileSnapshot before = FileSnapshot.read(p);
    Files.setLastModifiedTime(p, FileTime.fromMillis(0));
    assertThatThrownBy(() -> writer.replace(p, before.stamp(), "x".getBytes(UTF_8)))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("modification time");
  }

  @Test
  void aContentOnlyStampComparesSizeAndHash() throws IOException {
    Path p = Files.writeString(dir.resolve("a.md"), "- [ ] 1. A\n");
    writer.replace(p, FileStamp.ofContent("- [ ] 1. A\n".getBytes(UTF_8)), "ok".getBytes(UTF_8));
    assertThat(Files.readString(p)).isEqualTo("ok");
    assertThatThrownBy(
            () -> writer.replace(p, FileStamp.ofContent("ko".getBytes(UTF_8)), new byte[0]))
        .isInstanceOf(StaleWriteException.class);
  }

  @Test
  void aDeletedFileIsNotRecreatedByReplace() throws IOException {
    Path p = Files.writeString(dir.resolve("a.json"), "{}");
    FileSnapshot before = FileSnapshot.read(p);
    Files.delete(p);
    assertThatThrownBy(() -> writer.replace(p, before.stamp(), "x".getBytes(UTF_8)))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("cannot be read");
    assertThat(files()).isEmpty();
  }

  @Test
  void createMakesParentsAndRefusesAnExistingName() throws IOException {
    Path p = dir.resolve(".kiro/agents/new.json");
    writer.create(p, "{}".getBytes(UTF_8));
    assertThat(Files.readString(p)).isEqualTo("{}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
        .isEqualTo("rw-r--r--");
    assertThatThrownBy(() -> writer.create(p, "other".getBytes(UTF_8)))
        .isInstanceOf(StaleWriteException.class);
    assertThat(Files.readString(p)).isEqualTo("{}");
    try (Stream<Path> s = Files.list(p.getParent())) {
      assertThat(s).containsExactly(p);
    }
  }

  @Test
  void createWithOwnerOnlyPermissionsNeverExposesTheFile() throws IOException {
    Path p = dir.resolve("token.json");
    writer.create(p, "secret".getBytes(UTF_8), PosixFilePermissions.fromString("rw-------"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
        .isEqualTo("rw-------");
  }

  @Test
  void aFifoIsNeverOpenedBySnapshotOrReplace() throws Exception {
    Path fifo = dir.resolve("mcp.json");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mk.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(mk.exitValue()).isZero();
    assertThatThrownBy(() -> FileSnapshot.read(fifo)).isInstanceOf(NotRegularFileException.class);
    assertThatThrownBy(() -> writer.replace(fifo, FileStamp.ofContent(new byte[0]), new byte[0]))
        .isInstanceOf(StaleWriteException.class);
  }

  @Test
  void snapshotRefusesAFileOverTheLimitAndDecodesStrictUtf8() throws IOException {
    Path p = Files.write(dir.resolve("a.json"), new byte[] {(byte) 0xC3, (byte) 0x28});
    assertThatThrownBy(() -> FileSnapshot.read(p, 1)).hasMessageContaining("over the limit");
    assertThatThrownBy(() -> FileSnapshot.read(p).text())
        .isInstanceOf(java.nio.charset.CharacterCodingException.class);
  }
}
