package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.steering.FileMatchCoverage;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.KiroLayout;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.power.PowerSet;
import io.kiro4j.specs.SpecSet;
import io.kiro4j.specs.Specs;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the library understands about one workspace, loaded once for {@code inspect} and
 * {@code lint}. Each capability adds its section here as it lands.
 */
final class WorkspaceReport {

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
    this.resolvedAgents =
        agents.agents().stream().map(a -> ResolvedAgent.of(workspace, a)).toList();
    // Each agent's permission rules compiled as a session would (first root as the working
    // directory): their PERM- problems belong in lint and inspect.
    this.permissions =
        agents.agents().stream()
            .map(
                a ->
                    PermissionEngine.of(
                        a, workspace, workspace.primaryRoot().path(), SessionTrust.none()))
            .toList();
    this.skills = SkillSet.of(workspace);
    this.powers = PowerSet.of(workspace);
    this.specs = Specs.of(workspace);
  }

  /** Every diagnostic of every section, in the contract's order. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(KiroArtifacts.of(workspace).diagnostics());
    all.addAll(KiroLayout.of(workspace).diagnostics());
    all.addAll(ignore.diagnostics());
    all.addAll(steering.diagnostics());
    all.addAll(FileMatchCoverage.check(workspace));
    all.addAll(hooks.diagnostics());
    all.addAll(skills.diagnostics());
    all.addAll(powers.diagnostics());
    all.addAll(specs.diagnostics());
    all.addAll(agents.diagnostics());
    all.addAll(mcp.diagnostics());
    resolvedAgents.forEach(r -> all.addAll(r.diagnostics()));
    permissions.forEach(p -> all.addAll(p.diagnostics()));
    return JsonOutput.sorted(workspace, AgentOutput.distinct(machineNotes(all)));
  }

  /**
   * An unset ({@code VAR-001}) or unapproved ({@code VAR-002}) {@code ${VAR}} describes the machine
   * lint runs on, not the file: the docs recommend exactly such references (L1899, L2039-2061) and
   * each user approves them in their own settings. Reported as infos here.
   */
  private static List<Diagnostic> machineNotes(List<Diagnostic> all) {
    List<Diagnostic> out = new ArrayList<>(all.size());
    for (Diagnostic d : all) {
      boolean machine = d.code().equals("VAR-001") || d.code().equals("VAR-002");
      out.add(machine && !d.isError() ? d.withSeverity(Severity.INFO) : d);
    }
    return out;
  }

  boolean hasErrors() {
    return diagnostics().stream().anyMatch(Diagnostic::isError);
  }
}
