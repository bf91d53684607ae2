package io.kiro4j.examples.cli;

import io.kiro4j.core.hook.run.HookDecision;
import io.kiro4j.core.hook.run.HookOutcome;
import io.kiro4j.core.hook.run.HookResult;
import io.kiro4j.core.hook.run.HookRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j hooks run}: runs the hooks that fire for an event and prints the outcome. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the command hooks that fire for an event (askAgent prompts are listed, not sent) and"
          + " print the outcome: blocked or not, context, prompts, warnings, per-hook results."
          + " Exit 0 whenever an outcome was produced."
    })
final class HooksRunCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Mixin HookEventOptions eventOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    HooksMatchCommand.Matched r = HooksMatchCommand.match(options, eventOptions);
    HookOutcome outcome;
    try (HookRunner runner = HookRunner.builder().build()) {
      Path cwd = r.workspace().primaryRoot().path();
      Optional<JsonNode> given = eventOptions.stdinEvent();
      outcome =
          given.isPresent()
              ? runner.run(r.event(), r.matches(), cwd, given.get())
              : runner.run(r.event(), r.matches(), cwd);
    }
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("blocked", outcome.blocked());
      if (outcome.blockedBy().isPresent()) {
        doc.put("blockedBy", outcome.blockedBy().get());
      } else {
        doc.putNull("blockedBy");
      }
      doc.set("context", JsonOutput.plain(outcome.context()));
      doc.set("prompts", JsonOutput.plain(outcome.prompts()));
      doc.set("warnings", JsonOutput.plain(outcome.warnings()));
      ArrayNode results = doc.putArray("results");
      for (HookResult h : outcome.results()) {
        ObjectNode n = results.addObject();
        n.put("name", h.name());
        n.put("source", h.source());
        if (h.exitCode().isPresent()) {
          n.put("exitCode", h.exitCode().getAsInt());
        } else {
          n.putNull("exitCode");
        }
        n.put("timedOut", h.timedOut());
        n.put("truncated", h.truncated());
        n.put("durationMs", h.duration().toMillis());
        n.put("output", h.output());
        n.put("cached", h.cached());
      }
      doc.set("diagnostics", JsonOutput.diagnostics(r.workspace(), r.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      if (outcome.decision() instanceof HookDecision.Blocked) {
        HookDecision.Blocked b = (HookDecision.Blocked) outcome.decision();
        out.println("BLOCKED by " + b.hook() + ": " + b.message().strip());
      } else {
        out.println("allowed");
      }
      for (HookResult h : outcome.results()) {
        out.printf(
            "  %-30s exit %s%s%s %d ms%n",
            h.name(),
            h.exitCode().isPresent() ? String.valueOf(h.exitCode().getAsInt()) : "-",
            h.timedOut() ? " (timed out)" : "",
            h.truncated() ? " (truncated)" : "",
            h.duration().toMillis());
      }
      outcome.context().forEach(c -> out.println("context: " + c.strip()));
      outcome.prompts().forEach(p -> out.println("prompt: " + p.strip()));
      outcome.warnings().forEach(w -> out.println("warning: " + w));
      JsonOutput.sorted(r.workspace(), r.diagnostics())
          .forEach(d -> out.println(JsonOutput.line(r.workspace(), d)));
    }
    out.flush();
    return Kiro4jCli.OK;
  }
}
