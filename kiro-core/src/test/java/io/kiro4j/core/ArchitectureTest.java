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
    assertThat(exported).contains("io.kiro4j.core.mcp").doesNotContain("io.kiro4j.core.file");
    exported.remove("io.kiro4j.core.json");
    assertThat(ModuleArchitecture.apiLeaks(classes(), root(), exported))
        .contains(
            "io.kiro4j.core.agent.Agent.position: io.kiro4j.core.json.JsonPosition",
            "io.kiro4j.core.mcp.McpAgent.position: io.kiro4j.core.json.JsonPosition");
  }
}
