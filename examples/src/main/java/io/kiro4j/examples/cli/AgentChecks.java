package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.workspace.Workspace;
import java.util.List;

/**
 * Each agent resolved (tools, resources, servers) and its permission rules compiled as a session
 * would (first root as the working directory): their problems belong in lint and inspect. A view of
 * the workspace, so both read the same, computed once.
 */
record AgentChecks(List<ResolvedAgent> resolved, List<PermissionEngine> permissions) {

  static AgentChecks of(Workspace workspace) {
    return workspace.view(AgentChecks.class, AgentChecks::load);
  }

  private static AgentChecks load(Workspace workspace) {
    AgentSet agents = AgentSet.of(workspace);
    return new AgentChecks(
        agents.agents().stream().map(a -> ResolvedAgent.of(workspace, a)).toList(),
        agents.agents().stream()
            .map(
                a ->
                    PermissionEngine.of(
                        a, workspace, workspace.primaryRoot().path(), SessionTrust.none()))
            .toList());
  }
}
