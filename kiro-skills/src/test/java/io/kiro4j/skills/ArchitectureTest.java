package io.kiro4j.skills;

import io.kiro4j.core.arch.ModuleArchitectureContract;

/**
 * kiro-skills's architecture rules (kiro-core's test-jar {@link ModuleArchitectureContract}, issue
 * 15).
 */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("io.kiro4j.skills");
  }
}
