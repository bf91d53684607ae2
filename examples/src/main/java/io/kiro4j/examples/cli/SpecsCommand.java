package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.write.StaleWriteException;
import io.kiro4j.specs.SpecConfig;
import io.kiro4j.specs.SpecSet;
import io.kiro4j.specs.Specs;
import io.kiro4j.specs.design.CorrectnessProperty;
import io.kiro4j.specs.requirements.AcceptanceCriterion;
import io.kiro4j.specs.requirements.EarsStatement;
import io.kiro4j.specs.requirements.Requirement;
import io.kiro4j.specs.requirements.RequirementRef;
import io.kiro4j.specs.tasks.Task;
import io.kiro4j.specs.tasks.TaskList;
import io.kiro4j.specs.tasks.TaskProgress;
import io.kiro4j.specs.tasks.TaskState;
import io.kiro4j.specs.tasks.TaskWriter;
import io.kiro4j.specs.trace.TraceReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kiro4j specs}: the specs of a workspace with progress and uncovered criteria; {@code
 * show}, {@code next} and {@code set} for one spec.
 */
@Command(
    name = "specs",
    mixinStandardHelpOptions = true,
    description = {
      "List the specs below .kiro/specs/ with task progress and the acceptance criteria no task"
          + " covers."
    },
    subcommands = {SpecsCommand.Show.class, SpecsCommand.Next.class, SpecsCommand.Set.class})
final class SpecsCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @picocli.CommandLine.Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    SpecSet set = Specs.of(ws);
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      ArrayNode specs = doc.putArray("specs");
      for (io.kiro4j.specs.Spec s : set.specs()) {
        specs.add(summary(ws, s));
      }
      JsonOutput.print(out, doc);
    } else {
      out.println("Specs (" + set.specs().size() + "):");
      for (io.kiro4j.specs.Spec s : set.specs()) {
        out.println("  " + line(s));
        for (Diagnostic d : JsonOutput.sorted(ws, s.diagnostics())) {
          out.println("      " + JsonOutput.line(ws, d));
        }
      }
    }
    out.flush();
    return hasErrors(set.diagnostics());
  }

  static String line(io.kiro4j.specs.Spec s) {
    TaskProgress p = progress(s);
    TraceReport t = s.trace();
    String criteria;
    switch (s.requirementsState()) {
      case ABSENT:
        criteria = "no requirements document";
        break;
      case NOT_READ:
        criteria =
            (s.requirements().isPresent() ? "requirements.md" : "bugfix.md")
                + " not read (REQ-008: no requirement heading with criteria found)";
        break;
      default:
        criteria =
            String.format(
                "criteria %d/%d covered%s",
                t.coveredCount(),
                t.criteria().size(),
                t.uncovered().isEmpty()
                    ? ""
                    : " (uncovered " + String.join(", ", t.uncovered()) + ")");
    }
    return String.format(
        "%-28s %-7s tasks %d/%d done, %d in progress, %d optional; %s",
        s.name(), s.type().label(), p.done(), p.total(), p.inProgress(), p.optional(), criteria);
  }

  static TaskProgress progress(io.kiro4j.specs.Spec s) {
    return s.tasks().map(TaskList::progress).orElse(new TaskProgress(0, 0, 0, 0, 0));
  }

  static int hasErrors(List<Diagnostic> diagnostics) {
    return Diagnostics.anyError(diagnostics) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  /** The contract's entry of {@code kiro4j specs --json}. */
  static ObjectNode summary(Workspace ws, io.kiro4j.specs.Spec s) {
    ObjectNode n = JsonOutput.object();
    n.put("name", s.name());
    JsonOutput.putPath(n, ws, s.dir());
    n.put("type", s.type().label());
    ArrayNode docs = n.putArray("documents");
    s.documents().forEach(docs::add);
    TaskProgress p = progress(s);
    n.putObject("tasks")
        .put("total", p.total())
        .put("done", p.done())
        .put("inProgress", p.inProgress())
        .put("optional", p.optional());
    n.put("requirementsState", s.requirementsState().label());
    ArrayNode uncovered = n.putArray("uncoveredCriteria");
    s.trace().uncovered().forEach(uncovered::add);
    n.set("diagnostics", JsonOutput.diagnostics(ws, s.diagnostics()));
    return n;
  }

  static io.kiro4j.specs.Spec find(SpecSet set, String name) {
    return set.find(name)
        .orElseThrow(
            () ->
                new UsageException(
                    "no spec named '"
                        + name
                        + "' below .kiro/specs/ (known: "
                        + String.join(", ", set.specs().stream().map(s -> s.name()).toList())
                        + ")"));
  }

  static ObjectNode task(Task t) {
    ObjectNode n = JsonOutput.object();
    n.put("id", t.id().orElse(null));
    n.put("title", t.title());
    n.put("line", t.line());
    return n;
  }

  /** {@code kiro4j specs show NAME}: everything about one spec. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one spec: requirements with EARS forms, properties, tasks, coverage.")
  static final class Show implements Callable<Integer> {
    @Mixin WorkspaceOptionsMixin options;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "The folder path below .kiro/specs/.")
    String name;

    @picocli.CommandLine.Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = options.open(List.of(), null);
      io.kiro4j.specs.Spec s = find(Specs.of(ws), name);
      PrintWriter out = HumanOutput.out(spec);
      if (options.json) {
        JsonOutput.print(out, json(ws, s));
      } else {
        text(ws, s, out);
      }
      out.flush();
      return hasErrors(s.diagnostics());
    }

    private static ObjectNode json(Workspace ws, io.kiro4j.specs.Spec s) {
      ObjectNode doc = JsonOutput.document();
      doc.setAll(summary(ws, s));
      doc.remove("diagnostics");
      if (s.config().isPresent()) {
        SpecConfig c = s.config().get();
        doc.putObject("config")
            .put("generationMode", c.generationMode().orElse(null))
            .put("specId", c.specId().orElse(null))
            .put("workflowType", c.workflowType().orElse(null))
            .put("specType", c.specType().orElse(null));
      } else {
        doc.putNull("config");
      }
      TraceReport trace = s.trace();
      ArrayNode reqs = doc.putArray("requirements");
      for (Requirement r : s.allRequirements()) {
        ObjectNode rn = reqs.addObject();
        rn.put("id", r.id());
        rn.put("title", r.title().orElse(null));
        rn.put("userStory", r.userStory().map(u -> u.text()).orElse(null));
        rn.put("line", r.span().line());
        ArrayNode crit = rn.putArray("criteria");
        for (AcceptanceCriterion c : r.criteria()) {
          ObjectNode cn = crit.addObject();
          cn.put("id", c.id());
          cn.put("text", c.text());
          cn.put("line", c.line());
          cn.put("pattern", c.ears().map(e -> e.pattern().label()).orElse(null));
          cn.put("system", c.ears().map(EarsStatement::system).orElse(null));
          ArrayNode by = cn.putArray("coveredBy");
          trace.coveredBy().getOrDefault(c.id(), List.of()).forEach(by::add);
          ArrayNode val = cn.putArray("validatedBy");
          trace.validatedBy().getOrDefault(c.id(), List.of()).forEach(val::add);
        }
      }
      ArrayNode props = doc.putArray("properties");
      for (CorrectnessProperty p : s.design().map(d -> d.properties()).orElse(List.of())) {
        ObjectNode pn = props.addObject();
        pn.put("number", p.number());
        pn.put("title", p.title());
        pn.put("line", p.span().line());
        ArrayNode v = pn.putArray("validates");
        p.validates().forEach(r -> v.add(r.text()));
      }
      ArrayNode tasks = doc.putArray("taskList");
      TaskList list = s.tasks().orElse(null);
      if (list != null) {
        for (Task t : list.tasks()) {
          ObjectNode tn = task(t);
          tasks.add(tn);
          tn.put("state", t.state().label());
          tn.put("optional", t.optional());
          tn.put("checkpoint", t.checkpoint());
          tn.put("depth", t.depth());
          tn.put("parent", list.parent(t).flatMap(Task::id).orElse(null));
          ArrayNode refs = tn.putArray("requirements");
          for (RequirementRef r : t.requirements()) {
            refs.add(r.text());
          }
          ArrayNode tp = tn.putArray("properties");
          t.properties().forEach(tp::add);
        }
      }
      ObjectNode cov = doc.putObject("coverage");
      cov.put("criteria", trace.criteria().size());
      cov.put("covered", trace.coveredCount());
      doc.set("diagnostics", JsonOutput.diagnostics(ws, s.diagnostics()));
      return doc;
    }

    private static void text(Workspace ws, io.kiro4j.specs.Spec s, PrintWriter out) {
      out.println("Spec " + s.name() + " (" + s.type().label() + ") at " + ws.displayPath(s.dir()));
      out.println("  documents: " + String.join(", ", s.documents()));
      TraceReport trace = s.trace();
      for (Requirement r : s.allRequirements()) {
        out.println("  Requirement " + r.id() + r.title().map(t -> ": " + t).orElse(""));
        for (AcceptanceCriterion c : r.criteria()) {
          String tasks = String.join(", ", trace.coveredBy().getOrDefault(c.id(), List.of()));
          out.printf(
              "    %-6s %-18s %s%n",
              c.id(),
              c.ears().map(e -> e.pattern().label()).orElse("(not EARS)"),
              tasks.isEmpty() ? "uncovered" : "tasks " + tasks);
        }
      }
      for (CorrectnessProperty p : s.design().map(d -> d.properties()).orElse(List.of())) {
        out.println(
            "  Property "
                + p.number()
                + ": "
                + p.title()
                + " validates "
                + String.join(", ", p.validates().stream().map(RequirementRef::text).toList()));
      }
      s.tasks()
          .ifPresent(
              list -> {
                out.println("  Tasks:");
                for (Task t : list.tasks()) {
                  out.printf(
                      "    %s[%c]%s %s %s%n",
                      "  ".repeat(t.depth()),
                      t.state().box(),
                      t.optional() ? "*" : " ",
                      t.id().orElse("-"),
                      t.title());
                }
              });
      out.println("  " + line(s));
      List<Diagnostic> diagnostics = JsonOutput.sorted(ws, s.diagnostics());
      out.println("  Diagnostics (" + diagnostics.size() + "):");
      diagnostics.forEach(d -> out.println("    " + JsonOutput.line(ws, d)));
    }
  }

  /** {@code kiro4j specs next NAME}: the "Run all tasks" queue. */
  @Command(
      name = "next",
      mixinStandardHelpOptions = true,
      description =
          "The tasks \"Run all tasks\" would run, first first: incomplete required tasks,"
              + " sub-tasks before their parent, in document order.")
  static final class Next implements Callable<Integer> {
    @Mixin WorkspaceOptionsMixin options;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "The folder path below .kiro/specs/.")
    String name;

    @picocli.CommandLine.Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = options.open(List.of(), null);
      io.kiro4j.specs.Spec s = find(Specs.of(ws), name);
      List<Task> queue = s.tasks().map(TaskList::runQueue).orElse(List.of());
      PrintWriter out = HumanOutput.out(spec);
      if (options.json) {
        ObjectNode doc = JsonOutput.document();
        ArrayNode next = doc.putArray("next");
        queue.forEach(t -> next.add(task(t)));
        JsonOutput.print(out, doc);
      } else {
        for (Task t : queue) {
          out.printf("%-8s %s  (line %d)%n", t.id().orElse("-"), t.title(), t.line());
        }
      }
      out.flush();
      return Kiro4jCli.OK;
    }
  }

  /** {@code kiro4j specs set NAME TASK STATE}: change one checkbox, losslessly and atomically. */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Set a task's state. Only its checkbox character changes; the file is replaced"
            + " atomically, and the write is refused (exit 1) if tasks.md changed on disk since it"
            + " was read."
      })
  static final class Set implements Callable<Integer> {
    @Mixin WorkspaceOptionsMixin options;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description = "The folder path below .kiro/specs/.")
    String name;

    @Parameters(index = "1", paramLabel = "TASK", description = "The task id (2.3) or line:N.")
    String task;

    @Parameters(index = "2", paramLabel = "STATE", description = "todo, in-progress or done.")
    String state;

    @picocli.CommandLine.Spec CommandSpec spec;

    @Override
    public Integer call() {
      TaskState target =
          TaskState.fromLabel(state)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "STATE must be todo, in-progress or done, got '" + state + "'"));
      Workspace ws = options.open(List.of(), null);
      io.kiro4j.specs.Spec s = find(Specs.of(ws), name);
      TaskList list =
          s.tasks().orElseThrow(() -> new UsageException("spec '" + name + "' has no tasks.md"));
      if (list.stamp().isEmpty()) {
        throw new UsageException("cannot read " + ws.displayPath(list.path()));
      }
      Task t =
          list.find(task)
              .orElseThrow(
                  () -> new UsageException("spec '" + name + "' has no task '" + task + "'"));
      PrintWriter out = HumanOutput.out(spec);
      PrintWriter err = HumanOutput.err(spec);
      try {
        TaskList after = TaskWriter.defaults().set(list, t, target);
        boolean changed = after != list;
        if (options.json) {
          ObjectNode doc = JsonOutput.document();
          doc.put("spec", s.name());
          doc.set("task", task(t));
          doc.put("previous", t.state().label());
          doc.put("state", target.label());
          doc.put("changed", changed);
          JsonOutput.putPath(doc, ws, list.path());
          JsonOutput.print(out, doc);
        } else {
          out.println(
              t.key()
                  + " "
                  + t.state().label()
                  + " -> "
                  + target.label()
                  + (changed ? "" : " (unchanged)")
                  + "  "
                  + ws.displayPath(list.path())
                  + ":"
                  + t.line());
        }
        out.flush();
        return Kiro4jCli.OK;
      } catch (StaleWriteException e) {
        err.println("kiro4j: " + e.getMessage());
        err.flush();
        return Kiro4jCli.ERRORS;
      } catch (IOException e) {
        err.println("kiro4j: cannot write " + ws.displayPath(list.path()) + ": " + e.getMessage());
        err.flush();
        return Kiro4jCli.ERRORS;
      }
    }
  }
}
