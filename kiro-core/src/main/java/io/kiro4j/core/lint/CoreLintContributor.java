package io.kiro4j.core.lint;

import io.kiro4j.core.agent.Agent;
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
import io.kiro4j.core.steering.FilePattern;
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
import java.util.function.BiFunction;
import java.util.function.Function;

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
          section("layout", Set.of()),
          section("steering", EnumSet.of(ArtifactKind.STEERING)),
          // fileMatch patterns that match no file: walks the workspace, so redone only when a
          // pattern changed (or files were created or deleted).
          section("coverage", EnumSet.of(ArtifactKind.STEERING)).keyedBy(new FileMatchPatterns()),
          section("hooks", EnumSet.of(ArtifactKind.HOOK, ArtifactKind.AGENT)),
          section("agents", EnumSet.of(ArtifactKind.AGENT)),
          section("mcp", EnumSet.of(ArtifactKind.AGENT, ArtifactKind.POWER, ArtifactKind.SETTINGS)),
          section(
              "agent-checks",
              EnumSet.of(
                  ArtifactKind.AGENT,
                  ArtifactKind.SKILL,
                  ArtifactKind.POWER,
                  ArtifactKind.SETTINGS)));

  private static LintSection section(String name, Set<ArtifactKind> kinds) {
    return LintSection.of(name, kinds, new Section(name));
  }

  /**
   * A section's work, chosen by its name: one class rather than a lambda per section, since a fresh
   * JVM links every lambda it reaches through java.lang.invoke, in the interpreter, on each cold
   * lint (benchmarks/README.md, "Cold start").
   */
  private static final class Section
      implements BiFunction<Workspace, LintConfig, List<Diagnostic>> {
    private final String name;

    Section(String name) {
      this.name = name;
    }

    @Override
    public List<Diagnostic> apply(Workspace ws, LintConfig config) {
      switch (name) {
        case "layout":
          return concat(
              KiroArtifacts.of(ws).diagnostics(),
              KiroLayout.of(ws).diagnostics(),
              KiroIgnore.of(ws).diagnostics());
        case "steering":
          return SteeringSet.of(ws).diagnostics();
        case "coverage":
          return FileMatchCoverage.check(ws);
        case "hooks":
          return HookSet.of(ws).diagnostics();
        case "agents":
          return AgentSet.of(ws).diagnostics();
        case "mcp":
          return McpConfig.of(ws).diagnostics();
        case "agent-checks":
          return agentChecks(ws);
        default:
          throw new IllegalStateException("no section " + name);
      }
    }
  }

  /** Each agent resolved (tools, resources, servers), then its permission rules compiled. */
  private static List<Diagnostic> agentChecks(Workspace workspace) {
    List<Diagnostic> all = new ArrayList<>();
    AgentSet agents = AgentSet.of(workspace);
    for (Agent a : agents.agents()) {
      all.addAll(ResolvedAgent.of(workspace, a).diagnostics());
    }
    // Each agent's permission rules compiled as a session would (first root as the working
    // directory): their PERM- problems belong in lint.
    for (Agent a : agents.agents()) {
      all.addAll(
          PermissionEngine.of(a, workspace, workspace.primaryRoot().path(), SessionTrust.none())
              .diagnostics());
    }
    return all;
  }

  /** Each fileMatch file with its patterns and where they are written: what coverage reads. */
  private static final class FileMatchPatterns implements Function<Workspace, Object> {
    @Override
    public Object apply(Workspace workspace) {
      List<List<Object>> out = new ArrayList<>();
      for (SteeringFile f : SteeringSet.of(workspace).files()) {
        if (f.mode() == InclusionMode.FILE_MATCH) {
          List<Object> entry = new ArrayList<>(List.of(f.path(), f.scope(), f.root()));
          for (FilePattern p : f.patterns()) {
            entry.addAll(List.of(p.pattern(), p.line(), p.column()));
          }
          out.add(entry);
        }
      }
      return out;
    }
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
