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
import io.kiro4j.core.steering.InclusionMode;
import io.kiro4j.core.steering.SteeringCode;
import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.VariableCode;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.KiroLayout;
import io.kiro4j.core.workspace.LayoutCode;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.yaml.YamlCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** kiro-core's own files: layout, ignore files, steering, hooks, agents, MCP, permissions. */
final class CoreLintContributor implements LintContributor {

  // values(), not Class.getEnumConstants: the reflective call behind the latter is the first of a
  // fresh JVM on every lint's path.
  private static final List<DiagnosticCode> CODES =
      codes(
          CoreCode.values(),
          VariableCode.values(),
          YamlCode.values(),
          FrontMatterCode.values(),
          JsonCode.values(),
          SchemaCode.values(),
          GlobCode.values(),
          IgnoreCode.values(),
          LayoutCode.values(),
          SecretCode.values(),
          SteeringCode.values(),
          HookCode.values(),
          AgentCode.values(),
          McpCode.values(),
          PermissionCode.values(),
          LintCode.values());

  static List<DiagnosticCode> codes(DiagnosticCode[]... enums) {
    List<DiagnosticCode> out = new ArrayList<>();
    for (DiagnosticCode[] e : enums) {
      out.addAll(Arrays.asList(e));
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
    return LintSection.diagnostics(SECTIONS, workspace, config);
  }

  @Override
  public List<LintSection> sections() {
    return SECTIONS;
  }

  /**
   * The sections, in the report's order, with what each reads: agents name hooks' and servers'
   * owners, resolve skills, powers and servers, so those kinds reach the agent checks too.
   */
  private static final List<LintSection> SECTIONS =
      List.of(
          // Folder listing, layout and ignore files: no Kiro file's content changes them.
          LintSection.of(
              "layout",
              Set.of(),
              (ws, c) ->
                  concat(
                      KiroArtifacts.of(ws).diagnostics(),
                      KiroLayout.of(ws).diagnostics(),
                      KiroIgnore.of(ws).diagnostics())),
          LintSection.of(
              "steering",
              EnumSet.of(ArtifactKind.STEERING),
              (ws, c) -> SteeringSet.of(ws).diagnostics()),
          // fileMatch patterns that match no file: walks the workspace, so redone only when a
          // pattern changed (or files were created or deleted).
          LintSection.of(
                  "coverage",
                  EnumSet.of(ArtifactKind.STEERING),
                  (ws, c) -> FileMatchCoverage.check(ws))
              .keyedBy(CoreLintContributor::fileMatchPatterns),
          LintSection.of(
              "hooks",
              EnumSet.of(ArtifactKind.HOOK, ArtifactKind.AGENT),
              (ws, c) -> HookSet.of(ws).diagnostics()),
          LintSection.of(
              "agents", EnumSet.of(ArtifactKind.AGENT), (ws, c) -> AgentSet.of(ws).diagnostics()),
          LintSection.of(
              "mcp",
              EnumSet.of(ArtifactKind.AGENT, ArtifactKind.POWER, ArtifactKind.SETTINGS),
              (ws, c) -> McpConfig.of(ws).diagnostics()),
          LintSection.of(
              "agent-checks",
              EnumSet.of(
                  ArtifactKind.AGENT,
                  ArtifactKind.SKILL,
                  ArtifactKind.POWER,
                  ArtifactKind.SETTINGS),
              (ws, c) -> agentChecks(ws)));

  /** Each agent resolved (tools, resources, servers), then its permission rules compiled. */
  private static List<Diagnostic> agentChecks(Workspace workspace) {
    List<Diagnostic> all = new ArrayList<>();
    AgentSet agents = AgentSet.of(workspace);
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

  /** Each fileMatch file with its patterns and where they are written: what coverage reads. */
  private static Object fileMatchPatterns(Workspace workspace) {
    List<List<Object>> out = new ArrayList<>();
    for (SteeringFile f : SteeringSet.of(workspace).files()) {
      if (f.mode() == InclusionMode.FILE_MATCH) {
        List<Object> entry = new ArrayList<>(List.of(f.path(), f.scope(), f.root()));
        f.patterns().forEach(p -> entry.addAll(List.of(p.pattern(), p.line(), p.column())));
        out.add(entry);
      }
    }
    return out;
  }

  @SafeVarargs
  private static List<Diagnostic> concat(List<Diagnostic>... parts) {
    List<Diagnostic> out = new ArrayList<>();
    for (List<Diagnostic> p : parts) {
      out.addAll(p);
    }
    return out;
  }
}
