package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.Skills;
import io.kiro4j.skills.discovery.Skill;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.internal.python.PythonPath;
import io.kiro4j.skills.prompt.PromptResult;
import io.kiro4j.skills.skill.PropertiesResult;
import io.kiro4j.skills.skill.SkillFile;
import io.kiro4j.skills.validation.SkillReport;
import io.kiro4j.skills.validation.ValidationOptions;
import io.kiro4j.skills.validation.ValidationProfile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kiro4j skills}: the Agent Skills reference CLI ({@code skills-ref validate,
 * read-properties, to-prompt}) with its exact output and exit codes, plus {@code list}.
 */
@Command(
    name = "skills",
    mixinStandardHelpOptions = true,
    description = "Agent Skills (SKILL.md): validate, read-properties, to-prompt, list.",
    subcommands = {
      SkillsCommand.Validate.class,
      SkillsCommand.ReadProperties.class,
      SkillsCommand.ToPrompt.class,
      SkillsCommand.ListSkills.class
    })
final class SkillsCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The path skills-ref works on: a file named {@code skill.md} (any case) stands for its folder;
   * printed as Python's pathlib prints it.
   */
  static String skillPath(String arg) {
    Path p = Path.of(arg);
    String py = PythonPath.str(arg);
    if (SkillFile.isSkillFile(p)) {
      int slash = py.lastIndexOf('/');
      return slash < 0 ? "." : slash == 0 ? "/" : py.substring(0, slash);
    }
    return py;
  }

  /** Click's "does not exist" usage error (exit 2) when an argument names nothing. */
  static boolean allExist(CommandOutput output, List<String> paths, String label) {
    for (String p : paths) {
      if (!Files.exists(Path.of(p))) {
        PrintWriter err = output.err();
        err.println("Usage: " + output.qualifiedName() + " [OPTIONS] " + label);
        err.println("Try '" + output.qualifiedName() + " --help' for help.");
        err.println();
        err.println("Error: Invalid value for '" + label + "': Path '" + p + "' does not exist.");
        err.flush();
        return false;
      }
    }
    return true;
  }

  /** {@code kiro4j skills validate PATH...}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Validate skill folders (or SKILL.md files) as skills-ref does: 'Valid skill: PATH' on"
            + " stdout, or 'Validation failed for PATH:' and '  - ERROR' lines on stderr.",
        "Exit 0 if all are valid, 1 if any is invalid, 2 if a path does not exist."
      })
  static final class Validate implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SKILL_PATH", description = "Skill folders.")
    List<String> paths = new ArrayList<>();

    @Option(
        names = "--profile",
        paramLabel = "PROFILE",
        description = "skills-ref (default, the reference's rules) or kiro (adds Kiro's rules).")
    String profile = "skills-ref";

    @Option(
        names = "--allow-field",
        paramLabel = "NAME",
        description = "Also allow this front matter field (repeatable; lenient).")
    List<String> allowFields = new ArrayList<>();

    @Option(
        names = "--allowed-tools-list",
        description = "Accept allowed-tools as a list of strings (lenient).")
    boolean allowedToolsList;

    @Option(
        names = "--claude-code",
        description = "Accept Claude Code's argument-hint, disable-model-invocation, model.")
    boolean claudeCode;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Mixin CommandOutput output;

    @Override
    public Integer call() {
      ValidationOptions.Builder b = ValidationOptions.builder();
      if (profile.equals("kiro")) {
        b.profile(ValidationProfile.KIRO);
      } else if (!profile.equals("skills-ref")) {
        throw new UsageException("--profile must be skills-ref or kiro, got '" + profile + "'");
      }
      try {
        allowFields.forEach(b::allowField);
      } catch (IllegalArgumentException e) {
        throw new UsageException("invalid --allow-field value: " + e.getMessage());
      }
      ValidationOptions options =
          b.allowedToolsList(allowedToolsList).claudeCodeFields(claudeCode).build();
      if (!allExist(output, paths, "SKILL_PATH")) {
        return Kiro4jCli.USAGE;
      }
      PrintWriter out = output.out();
      PrintWriter err = output.err();
      boolean allValid = true;
      // Only --json needs the tree (and the JSON library's classes a short run would load).
      ObjectNode doc = json ? JsonOutput.document() : null;
      ArrayNode results = json ? doc.putArray("results") : null;
      for (String arg : paths) {
        String path = skillPath(arg);
        SkillReport report = Skills.validate(Path.of(path), options);
        allValid &= report.isValid();
        if (json) {
          ObjectNode r = results.addObject();
          r.put("path", path);
          r.put("valid", report.isValid());
          ArrayNode errors = r.putArray("errors");
          report.errors().forEach(errors::add);
        } else if (report.isValid()) {
          out.println("Valid skill: " + path);
        } else {
          err.println("Validation failed for " + path + ":");
          report.errors().forEach(e -> err.println("  - " + e));
        }
      }
      if (json) {
        JsonOutput.print(out, doc);
      }
      out.flush();
      err.flush();
      return allValid ? Kiro4jCli.OK : Kiro4jCli.ERRORS;
    }
  }

  /** {@code kiro4j skills read-properties PATH}. */
  @Command(
      name = "read-properties",
      mixinStandardHelpOptions = true,
      description = "Print a skill's properties as JSON, exactly as skills-ref does.")
  static final class ReadProperties implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "SKILL_PATH", description = "A skill folder.")
    String path;

    @Mixin CommandOutput output;

    @Override
    public Integer call() {
      if (!allExist(output, List.of(path), "SKILL_PATH")) {
        return Kiro4jCli.USAGE;
      }
      PropertiesResult r = Skills.readProperties(Path.of(skillPath(path)));
      if (r instanceof PropertiesResult.Failed) {
        output.err().println("Error: " + ((PropertiesResult.Failed) r).message());
        output.err().flush();
        return Kiro4jCli.ERRORS;
      }
      output.out().lines(((PropertiesResult.Read) r).properties().toJson());
      output.out().flush();
      return Kiro4jCli.OK;
    }
  }

  /** {@code kiro4j skills to-prompt PATH...}. */
  @Command(
      name = "to-prompt",
      mixinStandardHelpOptions = true,
      description =
          "Print the <available_skills> XML block for skills, exactly as skills-ref does.")
  static final class ToPrompt implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SKILL_PATHS", description = "Skill folders.")
    List<String> paths = new ArrayList<>();

    @Mixin CommandOutput output;

    @Override
    public Integer call() {
      if (!allExist(output, paths, "SKILL_PATHS...")) {
        return Kiro4jCli.USAGE;
      }
      List<Path> dirs = new ArrayList<>();
      paths.forEach(p -> dirs.add(Path.of(skillPath(p))));
      PromptResult r = Skills.toPrompt(dirs);
      if (r instanceof PromptResult.Failed) {
        output.err().println("Error: " + ((PromptResult.Failed) r).message());
        output.err().flush();
        return Kiro4jCli.ERRORS;
      }
      output.out().lines(((PromptResult.Rendered) r).xml());
      output.out().flush();
      return Kiro4jCli.OK;
    }
  }

  /** {@code kiro4j skills list -w DIR}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "List the skills of a workspace: global (~/.kiro/skills) and workspace (.kiro/skills),"
            + " the workspace overriding a global skill of the same name; validated with the kiro"
            + " profile.",
        "JSON: {schema, skills:[{name, description, path, root, scope, valid, resources}],"
            + " shadowed:[...same...], diagnostics}."
      })
  static final class ListSkills implements Callable<Integer> {
    @Mixin WorkspaceOptionsMixin options;

    @Mixin CommandOutput output;

    @Override
    public Integer call() {
      Workspace ws = options.open(List.of(), null);
      SkillSet set = Skills.of(ws);
      PrintWriter out = output.out();
      if (options.json) {
        ObjectNode doc = JsonOutput.document();
        doc.set("skills", skills(ws, set.skills()));
        doc.set("shadowed", skills(ws, set.shadowed()));
        doc.set("diagnostics", JsonOutput.diagnostics(ws, set.diagnostics()));
        JsonOutput.print(out, doc);
      } else {
        out.println("Skills (" + set.skills().size() + "):");
        for (Skill s : set.skills()) {
          out.printf(
              "  %-9s %-28s %s  %s%n",
              s.scope().label(), s.name(), ws.displayPath(s.file()), s.description());
        }
        if (!set.diagnostics().isEmpty()) {
          out.println("Diagnostics (" + set.diagnostics().size() + "):");
          JsonOutput.sorted(ws, set.diagnostics())
              .forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
        }
      }
      out.flush();
      return Diagnostics.anyError(set.diagnostics()) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
    }

    static ArrayNode skills(Workspace ws, List<Skill> skills) {
      ArrayNode arr = JsonOutput.array();
      for (Skill s : skills) {
        ObjectNode n = arr.addObject();
        n.put("name", s.name());
        n.put("description", s.description());
        JsonOutput.putPath(n, ws, s.file());
        n.put("scope", s.scope().label());
        n.put("valid", s.isValid());
        ArrayNode res = n.putArray("resources");
        s.resources(ws).forEach(p -> res.add(Workspace.slashes(s.directory().relativize(p))));
      }
      return arr;
    }
  }
}
