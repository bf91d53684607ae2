package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.migrate.Migration;
import io.kiro4j.core.migrate.MigrationStep;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.write.AtomicFileWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j migrate [--write]}: the Amazon Q Developer CLI's folders into Kiro's. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Copies the Amazon Q Developer CLI's configuration into Kiro's folders (docs L10910-10959):"
          + " ~/.aws/amazonq to ~/.kiro and each root's .amazonq to its .kiro — mcp.json to"
          + " settings/mcp.json, prompts/, cli-agents/ to agents/, rules/ to steering/.",
      "A dry run unless --write. Byte for byte, nothing overwritten, same-named MCP servers not"
          + " copied, the legacy folders left as they are."
    })
final class MigrateCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--write", description = "Copy the files (default: only show the plan).")
  boolean write;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    Migration plan = Migration.plan(ws);
    List<Migration.Result> results = write ? plan.apply(AtomicFileWriter.defaults()) : List.of();
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("written", write);
      ArrayNode steps = doc.putArray("steps");
      for (int i = 0; i < plan.steps().size(); i++) {
        MigrationStep step = plan.steps().get(i);
        ObjectNode n = steps.addObject();
        n.put("action", action(step));
        n.put("from", ws.displayPath(step.from()).path());
        n.put("to", ws.displayPath(step.to()).path());
        n.put("detail", detail(step));
        if (step instanceof MigrationStep.MergeServers m) {
          ArrayNode add = n.putArray("servers");
          m.servers().forEach(add::add);
          ArrayNode conflicts = n.putArray("conflicts");
          m.conflicts().forEach(conflicts::add);
        }
        if (write) {
          n.put("status", results.get(i).status().name().toLowerCase(java.util.Locale.ROOT));
          n.put("result", results.get(i).detail());
        }
      }
      doc.set("diagnostics", JsonOutput.diagnostics(ws, plan.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      if (plan.steps().isEmpty()) {
        out.println("Nothing to migrate: no .amazonq folder in the roots, no ~/.aws/amazonq.");
      }
      for (int i = 0; i < plan.steps().size(); i++) {
        MigrationStep step = plan.steps().get(i);
        String line =
            String.format(
                "%-6s %s -> %s  (%s)",
                action(step),
                ws.displayPath(step.from()).path(),
                ws.displayPath(step.to()).path(),
                detail(step));
        out.println(write ? line + ": " + results.get(i).detail() : line);
      }
      plan.diagnostics().forEach(d -> out.println(JsonOutput.line(ws, d)));
      if (!write && plan.steps().stream().anyMatch(s -> s instanceof MigrationStep.Copy)) {
        out.println("Dry run: nothing written. Run again with --write to copy.");
      }
    }
    out.flush();
    boolean failed = results.stream().anyMatch(r -> r.status() == Migration.Status.FAILED);
    boolean errors = Diagnostics.anyError(plan.diagnostics());
    return failed || errors ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  private static String action(MigrationStep step) {
    if (step instanceof MigrationStep.Copy) {
      return "copy";
    }
    return step instanceof MigrationStep.MergeServers ? "merge" : "skip";
  }

  private static String detail(MigrationStep step) {
    if (step instanceof MigrationStep.Copy c) {
      return c.kind();
    }
    if (step instanceof MigrationStep.MergeServers m) {
      return "servers to add: "
          + (m.servers().isEmpty() ? "none" : String.join(", ", m.servers()))
          + (m.conflicts().isEmpty() ? "" : "; already there: " + String.join(", ", m.conflicts()));
    }
    return ((MigrationStep.Skip) step).reason();
  }
}
