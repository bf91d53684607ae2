package io.kiro4j.core.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in the class Javadoc of this package, run as written. */
class IgnoreSnippetsTest {

  @Test
  void ignoreFileExample() {
    IgnoreFile file =
        IgnoreFile.parse("secrets/\n!secrets/public.txt\n*.pem\n", Path.of(".kiroignore"));
    assertThat(file.rules()).hasSize(3);
    assertThat(file.diagnostics()).extracting(Diagnostic::code).containsExactly("IGN-002");
    assertThat(file.diagnostics().get(0).line()).isEqualTo(2);
  }

  @Test
  void ignoreRulesExample(@TempDir Path home) {
    IgnoreRules rules =
        IgnoreRules.builder()
            .add("", IgnoreFile.parse("secrets/\n!secrets/public.txt\n", Path.of(".kiroignore")))
            .add("web", IgnoreFile.parse("!.env\n", Path.of("web/.kiroignore")))
            .addGlobal(IgnoreFile.read(home.resolve(".kiro/settings/kiroignore")))
            .build();
    assertThat(rules.isIgnored("secrets/public.txt", false)).isTrue();
  }
}
