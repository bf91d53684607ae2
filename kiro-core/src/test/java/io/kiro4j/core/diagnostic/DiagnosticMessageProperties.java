package io.kiro4j.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A message is folded onto one line exactly as the pattern folds it, shortcut or not. */
class DiagnosticMessageProperties {

  @Test
  void messageFoldingEqualsThePattern() {
    Gen<String> messages =
        Gen.of(
                "a", " ", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u0085", "\u2028", "\u2029",
                "é")
            .list()
            .ofMinSize(0)
            .ofMaxSize(10)
            .map(p -> String.join("", p));
    Property.forAll(messages)
        .tries(20_000)
        .check(
            m ->
                assertThat(new Diagnostic(Severity.INFO, "X-001", m, Path.of("f"), 1, 1).message())
                    .as("%s", m)
                    .isEqualTo(m.strip().replaceAll("\\s*\\R\\s*", " ")));
  }
}
