package io.kiro4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.kiro4j.core.arch.ModuleArchitecture;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** kiro-core's architecture rules ({@link ModuleArchitecture}, issue 15). */
class ArchitectureTest {

  private static final String ROOT = "io.kiro4j.core";

  /** Today's leaks of unexported types into the API; a new one fails, a fixed one must go. */
  private static final Set<String> ALLOWED_LEAKS = Set.of();

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = ModuleArchitecture.importMain(ROOT);
  }

  @Test
  void noPackageCycles() {
    ModuleArchitecture.assertNoPackageCycles(classes, ROOT);
  }

  @Test
  void dependsOnNoSiblingModule() {
    ModuleArchitecture.assertDependencyDirection(classes, ROOT);
  }

  @Test
  void apiUsesOnlyExportedPackages() {
    Set<String> leaks =
        ModuleArchitecture.apiLeaks(classes, ROOT, ModuleArchitecture.exportedPackages());
    assertThat(leaks).containsExactlyInAnyOrderElementsOf(ALLOWED_LEAKS);
  }

  @Test
  void apiLeakRuleSeesAnUnexportedPackage() {
    Set<String> exported = new java.util.TreeSet<>(ModuleArchitecture.exportedPackages());
    assertThat(exported).contains("io.kiro4j.core.mcp").doesNotContain("io.kiro4j.core.file");
    exported.remove("io.kiro4j.core.json");
    assertThat(ModuleArchitecture.apiLeaks(classes, ROOT, exported))
        .contains(
            "io.kiro4j.core.agent.Agent.position: io.kiro4j.core.json.JsonPosition",
            "io.kiro4j.core.mcp.McpAgent.position: io.kiro4j.core.json.JsonPosition");
  }
}
