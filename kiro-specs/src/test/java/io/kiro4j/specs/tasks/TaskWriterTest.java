package io.kiro4j.specs.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.write.StaleWriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskWriterTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path p = dir.resolve("tasks.md");
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  @Test
  void setChangesOnlyTheCheckboxByteAndKeepsCrlfBomTrailingSpacesAndUnicode() throws IOException {
    String text =
        "\uFEFF# Plan \r\n\r\n- [ ] 1. Café ☕  \r\n  - [ ] 1.1 Sub\t\r\n- [x] 2. Done\r\n";
    Path p = write(text);
    TaskList l = TaskList.load(p);
    TaskList after = TaskWriter.defaults().set(l, l.find("1.1").orElseThrow(), TaskState.DONE);
    byte[] expected = text.replace("- [ ] 1.1", "- [x] 1.1").getBytes(StandardCharsets.UTF_8);
    assertThat(Files.readAllBytes(p)).isEqualTo(expected);
    assertThat(after.find("1.1").orElseThrow().state()).isEqualTo(TaskState.DONE);
    assertThat(after.stamp()).isPresent();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(p);
    }
  }

  @Test // issue 7: a file changed on disk since it was read is never overwritten
  void aFileChangedSinceItWasReadIsRefusedAndLeftAsIs() throws IOException {
    Path p = write("- [ ] 1. A\n- [ ] 2. B\n");
    TaskList l = TaskList.load(p);
    String edited = "- [ ] 1. A\n- [ ] 2. B edited by hand\n";
    Files.writeString(p, edited);
    assertThatThrownBy(
            () -> TaskWriter.defaults().set(l, l.find("1").orElseThrow(), TaskState.DONE))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("changed on disk");
    assertThat(Files.readString(p)).isEqualTo(edited);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(p);
    }
  }

  @Test
  void aSameSizeEditIsCaughtByTheModificationTimeOrHash() throws IOException {
    Path p = write("- [ ] 1. A\n");
    TaskList l = TaskList.load(p);
    FileTime before = Files.getLastModifiedTime(p);
    Files.writeString(p, "- [ ] 1. B\n");
    Files.setLastModifiedTime(p, before);
    assertThatThrownBy(() -> TaskWriter.defaults().set(l, l.tasks().get(0), TaskState.DONE))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("content changed");
  }

  @Test
  void aTouchedFileIsRefusedToo() throws IOException {
    Path p = write("- [ ] 1. A\n");
    TaskList l = TaskList.load(p);
    Files.setLastModifiedTime(p, FileTime.fromMillis(0));
    assertThatThrownBy(() -> TaskWriter.defaults().set(l, l.tasks().get(0), TaskState.DONE))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("modification time");
  }

  @Test
  void theFilesPermissionsSurviveTheReplace() throws IOException {
    Path p = write("- [ ] 1. A\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
    TaskList l = TaskList.load(p);
    TaskWriter.builder().fsync(false).build().set(l, l.tasks().get(0), TaskState.DONE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
        .isEqualTo("rw-r-----");
    assertThat(Files.readString(p)).isEqualTo("- [x] 1. A\n");
  }

  @Test
  void settingTheCurrentStateWritesNothing() throws IOException {
    Path p = write("- [x] 1. A\n");
    FileTime before = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(p, before);
    TaskList l = TaskList.load(p);
    assertThat(TaskWriter.defaults().set(l, l.tasks().get(0), TaskState.DONE)).isSameAs(l);
    assertThat(Files.getLastModifiedTime(p)).isEqualTo(before);
  }

  @Test
  void successiveWritesFromTheReturnedListSucceed() throws IOException {
    Path p = write("- [ ] 1. A\n- [ ] 2. B\n");
    TaskWriter w = TaskWriter.defaults();
    TaskList l = TaskList.load(p);
    l = w.set(l, l.find("1").orElseThrow(), TaskState.IN_PROGRESS);
    l = w.set(l, l.find("1").orElseThrow(), TaskState.DONE);
    l = w.set(l, l.find("2").orElseThrow(), TaskState.DONE);
    assertThat(Files.readString(p)).isEqualTo("- [x] 1. A\n- [x] 2. B\n");
  }

  @Test // our reading, documented on TaskWriter: parents follow their required sub-tasks on request
  void withUpdateParentsAnAncestorFollowsItsSubTasks() throws IOException {
    Path p =
        write("- [ ] 1. P\n  - [ ] 1.1 A\n    - [x] 1.1.1 X\n    - [ ] 1.1.2 Y\n  - [x] 1.2 B\n");
    TaskWriter w = TaskWriter.builder().updateParents(true).build();
    TaskList l = TaskList.load(p);
    l = w.set(l, l.find("1.1.2").orElseThrow(), TaskState.DONE);
    assertThat(Files.readString(p))
        .isEqualTo(
            "- [x] 1. P\n  - [x] 1.1 A\n    - [x] 1.1.1 X\n    - [x] 1.1.2 Y\n  - [x] 1.2 B\n");
    l = w.set(l, l.find("1.1.1").orElseThrow(), TaskState.TODO);
    assertThat(Files.readString(p))
        .isEqualTo(
            "- [-] 1. P\n  - [-] 1.1 A\n    - [ ] 1.1.1 X\n    - [x] 1.1.2 Y\n  - [x] 1.2 B\n");
  }

  @Test
  void withoutUpdateParentsOnlyTheNamedTaskChanges() throws IOException {
    Path p = write("- [ ] 1. P\n  - [ ] 1.1 A\n");
    TaskList l = TaskList.load(p);
    TaskWriter.defaults().set(l, l.find("1.1").orElseThrow(), TaskState.DONE);
    assertThat(Files.readString(p)).isEqualTo("- [ ] 1. P\n  - [x] 1.1 A\n");
  }

  @Test
  void anUnreadableFileLoadsAsAnEmptyListWithADiagnostic() throws IOException {
    Path p = dir.resolve("tasks.md");
    Files.write(p, new byte[] {'-', ' ', '[', ' ', ']', ' ', (byte) 0xC3, '\n'});
    TaskList l = TaskList.load(p);
    assertThat(l.tasks()).isEmpty();
    assertThat(l.diagnostics()).extracting(d -> d.code()).containsExactly("CORE-002");
  }
}
