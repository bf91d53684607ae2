package io.kiro4j.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ApiSignature}: what a line says and how a change reads. */
class ApiSignatureTest {

  @Test
  void aChangedMemberReadsAsOneRemovedAndOneAddedLine() {
    List<String> committed = List.of("a.A public final class", "a.A public void a.A.run()");
    List<String> current = List.of("a.A public final class", "a.A public void a.A.run(int)");
    assertThat(ApiSignature.diff(committed, current))
        .containsExactly("- a.A public void a.A.run()", "+ a.A public void a.A.run(int)");
    assertThat(ApiSignature.diff(current, current)).isEmpty();
  }

  @Test
  void linesNameTypesMembersAndSealedHierarchiesOfExportedPackagesOnly() {
    List<String> api =
        ApiSignature.of(
            ModuleArchitecture.importMain("io.kiro4j.core"),
            Set.of("io.kiro4j.core", "io.kiro4j.core.hook"));
    assertThat(api)
        .contains(
            "io.kiro4j.core.Kiro public final class",
            "io.kiro4j.core.Kiro public static java.lang.String io.kiro4j.core.Kiro.version()")
        .anyMatch(
            l -> l.startsWith("io.kiro4j.core.hook.HookEvent public sealed interface permits "))
        .noneMatch(l -> l.startsWith("io.kiro4j.core.internal."))
        .noneMatch(l -> l.startsWith("io.kiro4j.core.agent."))
        .isSorted();
  }
}
