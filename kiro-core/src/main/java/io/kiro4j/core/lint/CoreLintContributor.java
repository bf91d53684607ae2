package io.kiro4j.core.lint;

import io.kiro4j.core.agent.AgentCode;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.diagnostic.CoreCode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.glob.GlobCode;
import io.kiro4j.core.hook.HookCode;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.ignore.IgnoreCode;
import io.kiro4j.core.internal.frontmatter.FrontMatterCode;
import io.kiro4j.core.internal.secret.SecretCode;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.json.SchemaCode;
import io.kiro4j.core.mcp.McpCode;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.steering.FileMatchCoverage;
import io.kiro4j.core.steering.SteeringCode;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.VariableCode;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.KiroLayout;
import io.kiro4j.core.workspace.LayoutCode;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.yaml.YamlCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** kiro-core's own files: layout, ignore files, steering, hooks, agents, MCP, permissions. */
final class CoreLintContributor implements LintContributor {

  private static final List<DiagnosticCode> CODES =
      codes(
          CoreCode.class,
          VariableCode.class,
          YamlCode.class,
          FrontMatterCode.class,
          JsonCode.class,
          SchemaCode.class,
          GlobCode.class,
          IgnoreCode.class,
          LayoutCode.class,
          SecretCode.class,
          SteeringCode.class,
          HookCode.class,
          AgentCode.class,
          McpCode.class,
          PermissionCode.class,
          LintCode.class);

  @SafeVarargs
  static List<DiagnosticCode> codes(Class<? extends DiagnosticCode>... enums) {
    List<DiagnosticCode> out = new ArrayList<>();
    for (Class<? extends DiagnosticCode> e : enums) {
      out.addAll(Arrays.asList(e.getEnumConstants()));
    }
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return "core";
  }

  @Override
  public List<DiagnosticCode> codes() {
    return CODES;
  }

  @Override
  public List<Diagnostic> diagnostics(Workspace workspace, LintConfig config) {
    List<Diagnostic> all = new ArrayList<>(KiroArtifacts.of(workspace).diagnostics());
    all.addAll(KiroLayout.of(workspace).diagnostics());
    all.addAll(KiroIgnore.of(workspace).diagnostics());
    all.addAll(SteeringSet.of(workspace).diagnostics());
    all.addAll(FileMatchCoverage.check(workspace));
    all.addAll(HookSet.of(workspace).diagnostics());
    AgentSet agents = AgentSet.of(workspace);
    all.addAll(agents.diagnostics());
    all.addAll(McpConfig.of(workspace).diagnostics());
    agents.agents().forEach(a -> all.addAll(ResolvedAgent.of(workspace, a).diagnostics()));
    // Each agent's permission rules compiled as a session would (first root as the working
    // directory): their PERM- problems belong in lint.
    agents
        .agents()
        .forEach(
            a ->
                all.addAll(
                    PermissionEngine.of(
                            a, workspace, workspace.primaryRoot().path(), SessionTrust.none())
                        .diagnostics()));
    return all;
  }
}
