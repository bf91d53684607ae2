package io.kiro4j.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The table of codes in {@code docs/diagnostics.md}, for tests that keep each module's code enums
 * and the documentation in step. Shared with other modules through kiro-core's test jar.
 */
public final class DiagnosticCodeTable {

  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+-\\d{3}) \\| (\\w+)");

  private DiagnosticCodeTable() {}

  /** The documented rows as {@code "CODE severity"}, in file order, for the given prefixes. */
  public static List<String> documented(Path doc, Set<String> prefixes) {
    List<String> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
        Matcher m = ROW.matcher(line);
        if (m.find() && prefixes.contains(m.group(1).substring(0, m.group(1).indexOf('-')))) {
          rows.add(m.group(1) + " " + m.group(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * Asserts that exactly the codes of {@code enums} are documented, each with its severity, and
   * that ids are unique and well formed.
   */
  @SafeVarargs
  public static void assertDocumented(Path doc, Class<? extends DiagnosticCode>... enums) {
    List<DiagnosticCode> codes = new ArrayList<>();
    for (Class<? extends DiagnosticCode> e : enums) {
      codes.addAll(Arrays.asList(e.getEnumConstants()));
    }
    Set<String> prefixes =
        codes.stream()
            .map(c -> c.id().substring(0, c.id().indexOf('-')))
            .collect(Collectors.toSet());
    List<String> declared = codes.stream().map(c -> c.id() + " " + c.severity().label()).toList();
    assertThat(codes).extracting(DiagnosticCode::id).doesNotHaveDuplicates();
    assertThat(codes).allSatisfy(c -> assertThat(c.id()).matches("[A-Z]+-\\d{3}"));
    assertThat(codes).allSatisfy(c -> assertThat(c.summary()).isNotBlank().doesNotContain("\n"));
    assertThat(documented(doc, prefixes)).containsExactlyInAnyOrderElementsOf(declared);
  }
}
