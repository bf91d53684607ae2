package io.kiro4j.core.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSensitivityTest {

  @Test
  void autoProbesTheFileSystemOfTheFolder(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("Probe"));
    Path flipped = tmp.resolve("pROBE");
    boolean expected = Files.exists(flipped) && Files.isSameFile(dir, flipped);
    assertThat(CaseSensitivity.AUTO.ignoresCase(dir)).isEqualTo(expected);
  }

  @Test
  void explicitSettingsNeverProbe(@TempDir Path tmp) {
    Path missing = tmp.resolve("no/such/dir");
    assertThat(CaseSensitivity.SENSITIVE.ignoresCase(missing)).isFalse();
    assertThat(CaseSensitivity.INSENSITIVE.ignoresCase(missing)).isTrue();
  }

  @Test
  void autoFallsBackToTheOsDefaultForAMissingFolder(@TempDir Path tmp) {
    String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
    assertThat(CaseSensitivity.AUTO.ignoresCase(tmp.resolve("missing")))
        .isEqualTo(os.startsWith("mac") || os.startsWith("windows"));
  }

  @Test
  void foldMakesCaseVariantsEqual() {
    assertThat(CaseSensitivity.fold("/Work/SECRETS/Key")).isEqualTo("/work/secrets/key");
    assertThat(CaseSensitivity.fold("ÄÖÜ")).isEqualTo(CaseSensitivity.fold("äöü"));
  }
}
