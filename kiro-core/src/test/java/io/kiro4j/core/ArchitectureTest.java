package io.kiro4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.arch.ModuleArchitecture;
import io.kiro4j.core.arch.ModuleArchitectureContract;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** kiro-core's architecture rules ({@link ModuleArchitectureContract}, issue 15). */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("io.kiro4j.core");
  }

  @Test
  void apiLeakRuleSeesAnUnexportedPackage() {
    Set<String> exported = new TreeSet<>(ModuleArchitecture.exportedPackages());
    assertThat(exported)
        .contains("io.kiro4j.core.mcp")
        .doesNotContain("io.kiro4j.core.internal.file");
    exported.remove("io.kiro4j.core.json");
    assertThat(ModuleArchitecture.apiLeaks(classes(), root(), exported))
        .contains(
            "io.kiro4j.core.agent.Agent.position: io.kiro4j.core.json.JsonPosition",
            "io.kiro4j.core.mcp.McpAgent.position: io.kiro4j.core.json.JsonPosition");
  }

  @Test
  void internalLeakRuleSeesAnInternalTypeInAnExportedSignature() {
    // Pretend the internal JSON loader were exported: its API returns internal types.
    Set<String> exported = new TreeSet<>(ModuleArchitecture.exportedPackages());
    exported.add("io.kiro4j.core.internal.json");
    assertThat(ModuleArchitecture.internalLeaks(classes(), exported))
        .contains(
            "io.kiro4j.core.internal.json.JsonLoader.parse: io.kiro4j.core.internal.json.JsonResult");
    assertThat(ModuleArchitecture.offTheLine(classes(), root(), exported))
        .containsExactly("io.kiro4j.core.internal.json: exported but internal");
    exported.remove("io.kiro4j.core.text");
    assertThat(ModuleArchitecture.offTheLine(classes(), root(), exported))
        .contains("io.kiro4j.core.text: neither exported nor internal");
  }
}
