package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reason code a decision can carry ({@link ReasonCode}) is in the table of docs/cli.md, with
 * the decision it normally gives: scripts key on them (`check --batch` is the audit entry point),
 * so a new code must not appear undocumented.
 */
class ReasonCodesDocumentedTest {

  private static final Pattern DOCUMENTED = Pattern.compile("`([A-Z_]{3,})`");

  /** Code → decisions as the table's second column writes them ({@code allow / deny}). */
  private static Map<String, Set<String>> table() throws IOException {
    String docs = Files.readString(Path.of("../docs/cli.md"), StandardCharsets.UTF_8);
    String table = docs.substring(docs.indexOf("Reason codes of tool decisions"));
    table = table.substring(0, table.indexOf("\n## "));
    Map<String, Set<String>> documented = new TreeMap<>();
    for (String line : table.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split(" \\| ");
      List<String> codes = new ArrayList<>();
      Matcher m = DOCUMENTED.matcher(cells[0]);
      while (m.find()) {
        codes.add(m.group(1));
      }
      List<String> decisions = Arrays.stream(cells[1].split("/")).map(String::strip).toList();
      for (int i = 0; i < codes.size(); i++) {
        // One code per decision (`A` / `B` | allow / deny), or one code with several decisions.
        Set<String> d =
            codes.size() == decisions.size() ? Set.of(decisions.get(i)) : new TreeSet<>(decisions);
        assertThat(documented.put(codes.get(i), d)).as("%s twice", codes.get(i)).isNull();
      }
    }
    return documented;
  }

  @Test
  void everyReasonCodeIsInTheCliDocsTableWithItsDecisions() throws IOException {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (ReasonCode c : ReasonCode.values()) {
      expected.put(
          c.code(),
          c.decisions().stream()
              .map(ReasonCode.Decision::label)
              .collect(Collectors.toCollection(TreeSet::new)));
    }
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(table()).isEqualTo(expected);
  }

  @Test
  void theCodeIsTheConstantsName() {
    for (ReasonCode c : ReasonCode.values()) {
      assertThat(c.code()).isEqualTo(c.name()).matches("[A-Z_]+");
      assertThat(Reason.builtin(c, "m").code()).isEqualTo(c.name());
    }
    assertThat(EnumSet.allOf(ReasonCode.class)).hasSize(ReasonCode.values().length);
  }

  /** No code is written as a string in the sources any more: every reason names a constant. */
  @Test
  void noReasonIsMadeFromAString() throws IOException {
    Pattern literal = Pattern.compile("(?:Reason\\.(?:of|builtin)|new Reason)\\(\\s*\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        assertThat(literal.matcher(Files.readString(f, StandardCharsets.UTF_8)).find())
            .as("%s", f)
            .isFalse();
      }
    }
  }
}
