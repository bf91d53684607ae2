package io.kiro4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.DiagnosticCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every JSON-xxx and SCHEMA-xxx code is in docs/diagnostics.md with its severity, and only those.
 */
class JsonCodesDocumentedTest {

  private static final Path DOC = Path.of("..", "docs", "diagnostics.md");
  private static final Pattern ROW = Pattern.compile("^\\| ((?:JSON|SCHEMA)-\\d{3}) \\| (\\w+)");

  @Test
  void everyCodeIsDocumentedWithItsSeverityAndNoOtherCodeIs() throws Exception {
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        documented.add(row.group(1) + " " + row.group(2));
      }
    }

    List<String> declared = new ArrayList<>();
    for (DiagnosticCode code : JsonCode.values()) {
      declared.add(code.id() + " " + code.severity().label());
    }
    for (DiagnosticCode code : SchemaCode.values()) {
      declared.add(code.id() + " " + code.severity().label());
    }
    assertThat(documented).containsExactlyElementsOf(declared);
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    List<String> ids = new ArrayList<>();
    for (DiagnosticCode code : JsonCode.values()) {
      ids.add(code.id());
    }
    for (DiagnosticCode code : SchemaCode.values()) {
      ids.add(code.id());
    }

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("(JSON|SCHEMA)-\\d{3}"));
    assertThat(JsonCode.values())
        .allSatisfy(c -> assertThat(c.summary()).isNotBlank().endsWith("."));
    assertThat(SchemaCode.values())
        .allSatisfy(c -> assertThat(c.summary().toLowerCase(Locale.ROOT)).isNotBlank());
  }
}
