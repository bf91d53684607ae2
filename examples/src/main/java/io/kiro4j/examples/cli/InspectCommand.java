package io.kiro4j.examples.cli;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.steering.FileReference;
import io.kiro4j.core.steering.InclusionMode;
import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import io.kiro4j.skills.discovery.Skill;
import io.kiro4j.skills.power.Power;
import io.kiro4j.skills.power.PowerServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kiro4j inspect [DIR...]}: the human report of everything the library understands about a
 * workspace. With no root it inspects the bundled sample workspace (and, unless a user home is
 * given, the bundled sample home).
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Report everything kiro4j understands about a workspace, section per capability.",
      "With no DIR and no -w, inspects the bundled sample workspace."
    })
final class InspectCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Workspace roots (same as -w).")
  List<Path> roots = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws;
    if (roots.isEmpty() && options.workspaces.isEmpty()) {
      Path sample = sampleDir();
      ws = options.open(List.of(sample.resolve("sample-workspace")), sample.resolve("sample-home"));
    } else {
      ws = options.open(roots, null);
    }
    WorkspaceReport report = new WorkspaceReport(ws);
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      JsonOutput.print(out, json(report));
    } else {
      text(report, out);
    }
    out.flush();
    return report.hasErrors() ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  /** The bundled sample: {@code -Dkiro4j.sample} (set by the launcher), else {@code ./examples}. */
  static Path sampleDir() {
    String prop = System.getProperty("kiro4j.sample");
    Path dir = prop != null ? Path.of(prop) : Path.of("examples");
    if (!Files.isDirectory(dir.resolve("sample-workspace"))) {
      throw new UsageException(
          "no workspace given and the bundled sample is not at "
              + dir.toAbsolutePath()
              + "/sample-workspace; pass DIR or -w DIR");
    }
    return dir.toAbsolutePath().normalize();
  }

  private static ObjectNode json(WorkspaceReport report) {
    Workspace ws = report.workspace;
    ObjectNode doc = JsonOutput.document();
    doc.put("version", Kiro.version());
    doc.put("docsSnapshot", Kiro.docsSnapshot());
    ArrayNode roots = doc.putArray("roots");
    for (WorkspaceRoot r : ws.roots()) {
      roots.addObject().put("index", r.index()).put("path", r.path().toString());
    }
    doc.put("userHome", ws.userHome().toString());
    ObjectNode artifactsNode = doc.putObject("artifacts");
    KiroArtifacts artifacts = KiroArtifacts.of(ws);
    for (ArtifactKind kind : ArtifactKind.values()) {
      ArrayNode list = artifactsNode.putArray(kind.label());
      for (KiroArtifacts.Artifact a : artifacts.files(kind)) {
        ObjectNode n = list.addObject();
        JsonOutput.putPath(n, ws, a.path());
        n.put("scope", a.scope().label());
      }
    }
    ArrayNode ignoreFiles = doc.putObject("ignore").putArray("files");
    for (Path f : report.ignore.files()) {
      ObjectNode n = ignoreFiles.addObject();
      JsonOutput.putPath(n, ws, f);
    }
    ObjectNode steering = doc.putObject("steering");
    ArrayNode files = steering.putArray("files");
    for (SteeringFile f : report.steering.files()) {
      files.add(steeringFile(ws, f));
    }
    ArrayNode shadowed = steering.putArray("shadowed");
    for (SteeringFile f : report.steering.shadowed()) {
      shadowed.add(steeringFile(ws, f));
    }
    doc.putObject("hooks").set("hooks", HooksCommand.hooksJson(ws, report.hooks));
    doc.set("agents", agentsSection(report));
    doc.set("permissions", PermissionTable.json(ws));
    ObjectNode mcp = doc.putObject("mcp");
    mcp.set("servers", AgentOutput.servers(ws, report.mcp));
    ObjectNode skills = doc.putObject("skills");
    skills.set("skills", SkillsCommand.ListSkills.skills(ws, report.skills.skills()));
    skills.set("shadowed", SkillsCommand.ListSkills.skills(ws, report.skills.shadowed()));
    ArrayNode powers = doc.putArray("powers");
    for (Power p : report.powers.powers()) {
      powers.add(PowersCommand.power(ws, p, false, List.of()));
    }
    ArrayNode specs = doc.putArray("specs");
    for (io.kiro4j.specs.Spec s : report.specs.specs()) {
      specs.add(SpecsCommand.summary(ws, s));
    }
    doc.set("diagnostics", JsonOutput.diagnostics(ws, report.diagnostics()));
    return doc;
  }

  /** {@code "agents": {"default", "agents": [resolved views], "overridden": [headers]}}. */
  private static ObjectNode agentsSection(WorkspaceReport report) {
    Workspace ws = report.workspace;
    ObjectNode section = JsonOutput.object();
    section.put("default", report.agents.defaultAgent().name());
    ArrayNode agents = section.putArray("agents");
    for (ResolvedAgent r : report.resolvedAgents) {
      ObjectNode n = agents.addObject();
      AgentOutput.resolved(n, ws, r);
      n.put("description", r.agent().config().description().orElse(null));
      n.put("format", r.agent().format().name().toLowerCase(java.util.Locale.ROOT));
    }
    ArrayNode overridden = section.putArray("overridden");
    report.agents.overridden().forEach(a -> overridden.add(AgentOutput.agentHeader(ws, a)));
    return section;
  }

  private static ObjectNode steeringFile(Workspace ws, SteeringFile f) {
    ObjectNode n = JsonOutput.object();
    n.put("name", f.name());
    JsonOutput.putPath(n, ws, f.path());
    n.put("scope", f.scope().label());
    n.put("mode", f.mode().label());
    ArrayNode patterns = n.putArray("fileMatchPatterns");
    f.patternStrings().forEach(patterns::add);
    n.put("autoName", f.autoName().orElse(null));
    n.put("description", f.description().orElse(null));
    n.put(
        "foundational",
        f.isFoundational() && f.scope() == io.kiro4j.core.workspace.Scope.WORKSPACE);
    ArrayNode refs = n.putArray("fileReferences");
    for (FileReference r : f.references()) {
      refs.addObject().put("target", r.target()).put("line", r.line()).put("column", r.column());
    }
    n.set("frontMatter", JsonOutput.plain(f.frontMatter()));
    return n;
  }

  private static void text(WorkspaceReport report, PrintWriter out) {
    Workspace ws = report.workspace;
    out.println(
        "kiro4j " + Kiro.version() + " (Kiro documentation snapshot " + Kiro.docsSnapshot() + ")");
    out.println();
    out.println("Workspace");
    for (WorkspaceRoot r : ws.roots()) {
      out.println("  root " + r.index() + ": " + r.path());
    }
    out.println("  user home: " + ws.userHome() + "  (global files in ~/.kiro)");
    out.println();
    out.println("Kiro files found (global ~/.kiro, then each root's .kiro):");
    KiroArtifacts artifacts = KiroArtifacts.of(ws);
    for (ArtifactKind kind : ArtifactKind.values()) {
      long global =
          artifacts.files(kind).stream()
              .filter(a -> a.scope() == io.kiro4j.core.workspace.Scope.GLOBAL)
              .count();
      long local = artifacts.files(kind).size() - global;
      out.printf("  %-9s %3d global, %3d workspace%n", kind.label(), global, local);
    }
    out.println();
    out.println("Ignore files (.kiroignore; files the agent must not read):");
    if (report.ignore.files().isEmpty()) {
      out.println("  none");
    }
    for (Path f : report.ignore.files()) {
      out.println("  " + ws.displayPath(f));
    }
    out.println();

    List<SteeringFile> files = report.steering.files();
    out.println(
        "Steering: "
            + files.size()
            + " files"
            + (report.steering.shadowed().isEmpty()
                ? ""
                : ", " + report.steering.shadowed().size() + " global shadowed by workspace"));
    for (InclusionMode mode : REPORT_ORDER) {
      List<SteeringFile> ofMode = files.stream().filter(f -> f.mode() == mode).toList();
      if (ofMode.isEmpty()) {
        continue;
      }
      out.println("  " + heading(mode) + ":");
      for (SteeringFile f : ofMode) {
        out.printf(
            "    %-9s %-24s %s%s%n",
            f.scope().label(), f.name(), ws.displayPath(f.path()), detail(f));
        for (FileReference r : f.references()) {
          out.println("              references " + r.token());
        }
      }
    }
    for (SteeringFile f : report.steering.shadowed()) {
      out.println(
          "  shadowed: " + ws.displayPath(f.path()) + " (a workspace file of the same path wins)");
    }
    out.println("  Conflicting instructions: workspace steering wins over global (docs L1065).");
    out.println();

    HooksCommand.printHooks(out, ws, report.hooks);
    out.println();
    agentsText(report, out);
    PermissionTable.text(ws, out);
    out.println(
        "Skills: "
            + report.skills.skills().size()
            + (report.skills.shadowed().isEmpty()
                ? ""
                : ", " + report.skills.shadowed().size() + " overridden by workspace skills"));
    for (Skill s : report.skills.skills()) {
      out.printf(
          "  %-9s %-24s %s  %s%n",
          s.scope().label(), s.name(), ws.displayPath(s.file()), s.description());
    }
    out.println();
    out.println("Powers: " + report.powers.powers().size());
    for (Power p : report.powers.powers()) {
      out.printf(
          "  %-9s %-24s %s  keywords %s, MCP %s%n",
          p.scope().label(),
          p.name(),
          ws.displayPath(p.file()),
          p.keywords(),
          p.mcpServers().stream().map(PowerServer::installedName).toList());
    }
    out.println();
    out.println("Specs: " + report.specs.specs().size());
    for (io.kiro4j.specs.Spec s : report.specs.specs()) {
      out.println("  " + SpecsCommand.line(s));
    }
    out.println();

    List<Diagnostic> diagnostics = report.diagnostics();
    out.println("Diagnostics: " + summary(diagnostics));
    diagnostics.forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
  }

  private static void agentsText(WorkspaceReport report, PrintWriter out) {
    Workspace ws = report.workspace;
    out.println(
        "Agents: "
            + report.agents.agents().size()
            + " (default: "
            + report.agents.defaultAgent().name()
            + "; workspace .kiro/agents wins over ~/.kiro/agents, docs L6564)");
    for (ResolvedAgent r : report.resolvedAgents) {
      out.printf(
          "  %-9s %-20s %s%n",
          r.agent().scope().label(),
          r.agent().name(),
          r.agent().path().map(p -> ws.displayPath(p).path()).orElse("(built in)"));
      if (r.agent().path().isEmpty()) {
        continue;
      }
      out.println("      tools " + r.tools() + ", allowed " + r.allowedTools());
      r.prompt()
          .ifPresent(
              p ->
                  out.println(
                      "      prompt "
                          + r.agent()
                              .promptFile()
                              .map(f -> "(" + ws.displayPath(f).path() + ") ")
                              .orElse("")
                          + p.length()
                          + " characters"));
      r.resources()
          .forEach(
              res ->
                  out.println(
                      "      resource "
                          + res.uri()
                          + " -> "
                          + res.files().size()
                          + " files ["
                          + res.resolvedBy()
                          + "]"));
    }
    for (io.kiro4j.core.agent.Agent a : report.agents.overridden()) {
      out.println(
          "  overridden: "
              + a.path().map(p -> ws.displayPath(p).path()).orElse(a.name())
              + " (a workspace agent of the same name wins)");
    }
    out.println();
    out.println(
        "MCP servers (mcp.json files): "
            + report.mcp.servers().size()
            + " (agent > workspace > user; a same-named entry replaces the lower one)");
    for (io.kiro4j.core.mcp.McpServer s : report.mcp.servers()) {
      out.printf(
          "  %-24s %-9s %-5s %s%s%n",
          s.name(),
          s.layer().label(),
          s.transport().label(),
          ws.displayPath(s.origin()).path(),
          s.disabled() ? "  (disabled)" : "");
    }
    for (io.kiro4j.core.mcp.McpServer s : report.mcp.overridden()) {
      out.println("  replaced: " + s.name() + " in " + ws.displayPath(s.origin()).path());
    }
    out.println();
  }

  private static final List<InclusionMode> REPORT_ORDER =
      List.of(
          InclusionMode.AGENTS,
          InclusionMode.ALWAYS,
          InclusionMode.FILE_MATCH,
          InclusionMode.MANUAL,
          InclusionMode.AUTO);

  private static String heading(InclusionMode mode) {
    switch (mode) {
      case AGENTS:
        return "AGENTS.md (always included, no modes)";
      case ALWAYS:
        return "always (every interaction)";
      case FILE_MATCH:
        return "fileMatch (when a matching file is worked on)";
      case MANUAL:
        return "manual (when referenced as #name)";
      case AUTO:
        return "auto (offered to the model by description)";
      default:
        return mode.label();
    }
  }

  private static String detail(SteeringFile f) {
    StringBuilder b = new StringBuilder();
    if (f.isFoundational() && f.scope() == io.kiro4j.core.workspace.Scope.WORKSPACE) {
      b.append("  [foundation]");
    }
    if (!f.patterns().isEmpty()) {
      b.append("  patterns ").append(f.patternStrings());
    }
    if (f.mode() == InclusionMode.MANUAL) {
      b.append("  #").append(f.fileName());
    }
    if (f.mode() == InclusionMode.AUTO) {
      b.append("  name '").append(f.autoName().orElse("")).append("'");
      f.description().ifPresent(d -> b.append(": ").append(d));
    }
    return b.toString();
  }

  private static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings =
        diagnostics.stream()
            .filter(d -> d.severity() == io.kiro4j.core.diagnostic.Severity.WARNING)
            .count();
    long infos = diagnostics.size() - errors - warnings;
    return errors + " errors, " + warnings + " warnings, " + infos + " infos";
  }
}
