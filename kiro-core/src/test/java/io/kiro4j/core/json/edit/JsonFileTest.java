package io.kiro4j.core.json.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.write.AtomicFileWriter;
import io.kiro4j.core.write.StaleWriteException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.BooleanNode;

class JsonFileTest {

  private static final AtomicFileWriter WRITER = AtomicFileWriter.builder().fsync(false).build();
  private static final JsonEdit OFF = JsonEdit.set("/disabled", BooleanNode.TRUE);

  @TempDir Path tmp;

  @Test
  void aFileChangedAfterItWasReadIsNotOverwritten() throws Exception {
    Path file = tmp.resolve("mcp.json");
    Files.writeString(file, "{\"a\": 1}");
    JsonFile opened = JsonFile.open(file);
    JsonText edited = opened.content().orElseThrow().apply(OFF).orElseThrow();
    Files.writeString(file, "{\"a\": 2}");

    assertThatThrownBy(() -> opened.write(edited, WRITER)).isInstanceOf(StaleWriteException.class);
    assertThat(Files.readString(file)).isEqualTo("{\"a\": 2}");
  }

  @Test
  void aMissingFileIsCreatedFromAnEmptyObject() throws Exception {
    Path file = tmp.resolve("settings/cli.json");
    JsonFile opened = JsonFile.open(file);
    assertThat(opened.exists()).isFalse();

    assertThat(opened.write(opened.content().orElseThrow().apply(OFF).orElseThrow(), WRITER))
        .isTrue();
    assertThat(Files.readString(file)).isEqualTo("{\n  \"disabled\": true\n}\n");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAndNeverWritten() throws Exception {
    Path file = tmp.resolve("bad.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});

    EditResult content = JsonFile.open(file).content();

    assertThat(((EditResult.Refused) content).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("EDIT-001");
  }

  @Test
  void writingTheSameTextWritesNothing() throws Exception {
    Path file = tmp.resolve("same.json");
    Files.writeString(file, "{\"disabled\": true}");
    JsonFile opened = JsonFile.open(file);

    assertThat(opened.write(opened.content().orElseThrow().apply(OFF).orElseThrow(), WRITER))
        .isFalse();
  }
}
