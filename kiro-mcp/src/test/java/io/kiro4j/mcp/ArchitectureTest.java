package io.kiro4j.mcp;

import io.kiro4j.core.arch.ModuleArchitectureContract;

/**
 * kiro-mcp's architecture rules (kiro-core's test-jar {@link ModuleArchitectureContract}, issue
 * 15).
 */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("io.kiro4j.mcp");
  }
}
