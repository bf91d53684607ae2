package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.steering.FileMatchCoverage;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.KiroLayout;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.power.PowerSet;
import io.kiro4j.specs.Specs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of lint's report, in the report's order. Each collects its diagnostics from the
 * workspace's views; the language server recomputes only the parts whose files changed ({@link
 * #affectedBy}), {@code kiro4j lint} all of them.
 */
enum LintSection {
  LAYOUT(
      ws ->
          concat(
              KiroArtifacts.of(ws).diagnostics(),
              KiroLayout.of(ws).diagnostics(),
              KiroIgnore.of(ws).diagnostics())),
  STEERING(ws -> SteeringSet.of(ws).diagnostics()),
  /** fileMatch patterns that match no file: walks the workspace, so redone only when needed. */
  COVERAGE(FileMatchCoverage::check),
  HOOKS(ws -> HookSet.of(ws).diagnostics()),
  SKILLS(ws -> SkillSet.of(ws).diagnostics()),
  POWERS(ws -> PowerSet.of(ws).diagnostics()),
  SPECS(ws -> Specs.of(ws).diagnostics()),
  AGENTS(ws -> AgentSet.of(ws).diagnostics()),
  MCP(ws -> McpConfig.of(ws).diagnostics()),
  AGENT_CHECKS(
      ws -> {
        AgentChecks checks = AgentChecks.of(ws);
        List<Diagnostic> all = new ArrayList<>();
        checks.resolved().forEach(r -> all.addAll(r.diagnostics()));
        checks.permissions().forEach(p -> all.addAll(p.diagnostics()));
        return all;
      });

  private final Function<Workspace, List<Diagnostic>> collect;

  LintSection(Function<Workspace, List<Diagnostic>> collect) {
    this.collect = collect;
  }

  /** This part's diagnostics, as found in {@code workspace}. */
  List<Diagnostic> collect(Workspace workspace) {
    return collect.apply(workspace);
  }

  /**
   * The parts whose diagnostics may change when the text of {@code file} changes (its kind by where
   * it lies, the table of {@link ArtifactKind}); every part for a file of no known kind. Agents
   * read servers, skills and powers when resolved, so those kinds reach {@link #AGENT_CHECKS} too.
   */
  static Set<LintSection> affectedBy(Workspace workspace, Path file) {
    Path name = file.getFileName();
    if (name != null && name.toString().equals("AGENTS.md") && file.getParent() != null) {
      for (WorkspaceRoot root : workspace.roots()) {
        if (root.path().equals(file.getParent())) {
          return EnumSet.of(STEERING, COVERAGE);
        }
      }
    }
    List<Path> kiroDirs = new ArrayList<>();
    kiroDirs.add(workspace.globalKiroDir());
    workspace.roots().forEach(r -> kiroDirs.add(r.kiroDir()));
    for (Path kiro : kiroDirs) {
      if (!file.startsWith(kiro) || file.getNameCount() < kiro.getNameCount() + 2) {
        continue;
      }
      String folder = file.getName(kiro.getNameCount()).toString();
      String rest = Workspace.slashes(kiro.resolve(folder).relativize(file));
      for (ArtifactKind kind : ArtifactKind.values()) {
        if (kind.folder().equals(folder) && kind.accepts(rest)) {
          return of(kind, rest);
        }
      }
    }
    return EnumSet.allOf(LintSection.class);
  }

  private static Set<LintSection> of(ArtifactKind kind, String rest) {
    return switch (kind) {
      case STEERING -> EnumSet.of(STEERING, COVERAGE);
      case HOOK -> EnumSet.of(HOOKS);
      case SPEC -> EnumSet.of(SPECS);
      case AGENT -> EnumSet.of(AGENTS, HOOKS, MCP, AGENT_CHECKS);
      case SKILL -> EnumSet.of(SKILLS, AGENT_CHECKS);
      case POWER -> EnumSet.of(POWERS, MCP, AGENT_CHECKS);
      case SETTINGS ->
          rest.equals("mcp.json")
              ? EnumSet.of(MCP, AGENT_CHECKS)
              : EnumSet.allOf(LintSection.class); // cli.json, kiroignore: read by many parts
    };
  }

  /**
   * The report's diagnostics from every part's, finished as {@code kiro4j lint} finishes them (the
   * library's {@link io.kiro4j.core.lint.Linter#finish}: machine notes as infos, {@code
   * .kiro4j.yaml}, suppressions), in the contract's order.
   */
  static List<Diagnostic> finish(Workspace workspace, List<Diagnostic> all) {
    return WorkspaceReport.LINTER.finish(workspace, all).diagnostics();
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
