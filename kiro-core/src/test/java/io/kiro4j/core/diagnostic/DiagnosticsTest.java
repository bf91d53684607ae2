package io.kiro4j.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collector's cap and its CORE-001 note. */
class DiagnosticsTest {

  private static final Path FILE = Path.of(".kiro/steering/generated.md");

  private static Diagnostic numbered(int i) {
    return Diagnostic.of(CoreCode.UNREADABLE_FILE, FILE, i + 1, 1, "problem " + i);
  }

  @Test
  void pastTheCapDiagnosticsAreCountedAndOneCore001SaysHowMany() {
    Diagnostics d = new Diagnostics(3);
    for (int i = 0; i < 5; i++) {
      d.add(numbered(i));
    }
    List<Diagnostic> all = d.toList();
    assertThat(all).hasSize(4);
    assertThat(all.get(3).code()).isEqualTo("CORE-001");
    assertThat(all.get(3).message()).isEqualTo("2 more diagnostics were dropped after the first 3");
  }

  @Test
  void aNestedCollectorsCore001KeepsItsCountInAFullEnclosingCollector() {
    Diagnostics inner = new Diagnostics(3);
    for (int i = 0; i < 10; i++) {
      inner.add(numbered(i));
    }
    Diagnostics outer = new Diagnostics(3);
    outer.addAll(inner.toList());
    List<Diagnostic> all = outer.toList();
    assertThat(all)
        .extracting(Diagnostic::code)
        .containsExactly("CORE-002", "CORE-002", "CORE-002", "CORE-001");
    assertThat(all.get(3).message()).isEqualTo("7 more diagnostics were dropped after the first 3");
  }
}
