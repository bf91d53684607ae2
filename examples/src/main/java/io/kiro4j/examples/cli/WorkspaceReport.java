package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.lint.Linter;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.power.PowerSet;
import io.kiro4j.specs.SpecSet;
import io.kiro4j.specs.Specs;
import java.util.List;

/**
 * Everything the library understands about one workspace, loaded once for {@code inspect} and
 * {@code lint}. Each capability adds its section here as it lands. Not thread-safe (one per command
 * run).
 */
final class WorkspaceReport {

  /** The linter of every command: core plus the contributors of kiro-skills and kiro-specs. */
  static final Linter LINTER = Linter.discover(WorkspaceReport.class.getClassLoader());

  final Workspace workspace;
  final KiroIgnore ignore;
  final SteeringSet steering;
  final HookSet hooks;
  final AgentSet agents;
  final McpConfig mcp;
  final List<ResolvedAgent> resolvedAgents;
  final List<PermissionEngine> permissions;
  final SkillSet skills;
  final PowerSet powers;
  final SpecSet specs;

  WorkspaceReport(Workspace workspace) {
    this.workspace = workspace;
    this.ignore = KiroIgnore.of(workspace);
    this.steering = SteeringSet.of(workspace);
    this.hooks = HookSet.of(workspace);
    this.agents = AgentSet.of(workspace);
    this.mcp = McpConfig.of(workspace);
    this.resolvedAgents = AgentChecks.of(workspace).resolved();
    this.permissions = AgentChecks.of(workspace).permissions();
    this.skills = SkillSet.of(workspace);
    this.powers = PowerSet.of(workspace);
    this.specs = Specs.of(workspace);
  }

  private List<Diagnostic> diagnostics;

  /**
   * Every diagnostic of every section, in the contract's order, with the workspace's {@code
   * .kiro4j.yaml} and suppressions applied: the library's {@link Linter} with the skills and specs
   * contributors found on the class path. Linted on first use.
   */
  List<Diagnostic> diagnostics() {
    if (diagnostics == null) {
      diagnostics = LINTER.lint(workspace).diagnostics();
    }
    return diagnostics;
  }

  boolean hasErrors() {
    return Diagnostics.anyError(diagnostics());
  }
}
