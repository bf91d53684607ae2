package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reason code a decision can carry is in the table of docs/cli.md: scripts key on them
 * (`check --batch` is the audit entry point), so a new code must not appear undocumented.
 */
class ReasonCodesDocumentedTest {

  private static final Pattern EMITTED =
      Pattern.compile("(?:Reason\\.(?:of|builtin)|new Reason)\\(\\s*\"([A-Z_]+)\"");
  private static final Pattern DOCUMENTED = Pattern.compile("`([A-Z_]{3,})`");

  @Test
  void everyReasonCodeInTheSourcesIsInTheCliDocsTable() throws IOException {
    Set<String> emitted = new TreeSet<>();
    emitted.add(Reason.DEFAULT);
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = EMITTED.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          emitted.add(m.group(1));
        }
      }
    }
    String docs = Files.readString(Path.of("../docs/cli.md"), StandardCharsets.UTF_8);
    String table = docs.substring(docs.indexOf("Reason codes of tool decisions"));
    table = table.substring(0, table.indexOf("\n## "));
    Set<String> documented = new TreeSet<>();
    for (String line : table.split("\n")) {
      if (line.startsWith("| `")) {
        Matcher m = DOCUMENTED.matcher(line.substring(0, line.indexOf(" |", 2)));
        while (m.find()) {
          documented.add(m.group(1));
        }
      }
    }
    assertThat(emitted).hasSizeGreaterThan(20);
    assertThat(documented).containsAll(emitted);
    assertThat(emitted).containsAll(documented);
  }
}
