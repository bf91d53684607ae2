package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the library understands about one workspace, loaded once for {@code inspect} and
 * {@code lint}. Each capability adds its section here as it lands.
 */
final class WorkspaceReport {

  final Workspace workspace;
  final SteeringSet steering;
  final AgentSet agents;
  final McpConfig mcp;
  final List<ResolvedAgent> resolvedAgents;

  WorkspaceReport(Workspace workspace) {
    this.workspace = workspace;
    this.steering = SteeringSet.of(workspace);
    this.agents = AgentSet.of(workspace);
    this.mcp = McpConfig.of(workspace);
    this.resolvedAgents =
        agents.agents().stream().map(a -> ResolvedAgent.of(workspace, a)).toList();
  }

  /** Every diagnostic of every section, in the contract's order. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(steering.diagnostics());
    all.addAll(agents.diagnostics());
    all.addAll(mcp.diagnostics());
    resolvedAgents.forEach(r -> all.addAll(r.diagnostics()));
    return JsonOutput.sorted(workspace, AgentOutput.distinct(all));
  }

  boolean hasErrors() {
    return diagnostics().stream().anyMatch(Diagnostic::isError);
  }
}
