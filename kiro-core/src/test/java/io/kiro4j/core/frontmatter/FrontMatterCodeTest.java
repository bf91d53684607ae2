package io.kiro4j.core.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every front matter code is unique, well formed and listed in docs/diagnostics.md. */
class FrontMatterCodeTest {

  @Test
  void everyCodeIsUniqueAndDocumentedWithItsSeverity() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "diagnostics.md"), StandardCharsets.UTF_8);
    assertThat(Arrays.stream(FrontMatterCode.values()).map(FrontMatterCode::id))
        .doesNotHaveDuplicates();
    for (FrontMatterCode code : FrontMatterCode.values()) {
      assertThat(code.id()).matches("FM-\\d{3}");
      assertThat(doc).contains("| " + code.id() + " | " + code.severity().label() + " | ");
    }
  }
}
