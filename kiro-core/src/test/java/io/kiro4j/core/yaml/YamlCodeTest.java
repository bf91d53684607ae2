package io.kiro4j.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every YAML code is unique, well formed and listed in docs/diagnostics.md. */
class YamlCodeTest {

  @Test
  void everyCodeIsUniqueAndDocumentedWithItsSeverity() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "diagnostics.md"), StandardCharsets.UTF_8);
    assertThat(Arrays.stream(YamlCode.values()).map(YamlCode::id)).doesNotHaveDuplicates();
    for (YamlCode code : YamlCode.values()) {
      assertThat(code.id()).matches("YAML-\\d{3}");
      assertThat(code.summary()).doesNotContain("\n");
      assertThat(doc).contains("| " + code.id() + " | " + code.severity().label() + " | ");
    }
  }
}
