package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j lint [DIR...]}: every diagnostic, one per line or as JSON. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Report every problem kiro4j finds in the workspace.",
      "Text lines: <path>:<line>:<column>: <severity> <code> <message> for errors and warnings;"
          + " infos are summarised, one line per code: info <code> (<count>): <summary>"
          + " (--verbose lists each).",
      "Exit 0 when there is no error, 1 when there is at least one, 2 on a usage error."
    })
final class LintCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Workspace roots (same as -w).")
  List<Path> roots = new ArrayList<>();

  @Option(
      names = {"-v", "--verbose"},
      description = "List every info diagnostic as its own line instead of a count per code.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    WorkspaceReport report = new WorkspaceReport(options.open(roots, null));
    List<Diagnostic> diagnostics = report.diagnostics();
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.set("diagnostics", JsonOutput.diagnostics(report.workspace, diagnostics));
      JsonOutput.print(out, doc);
    } else {
      Map<String, Integer> infos = new TreeMap<>();
      for (Diagnostic d : diagnostics) {
        if (verbose || d.severity() != Severity.INFO) {
          out.println(JsonOutput.line(report.workspace, d));
        } else {
          infos.merge(d.code(), 1, Integer::sum);
        }
      }
      infos.forEach(
          (code, count) ->
              out.println(
                  "info "
                      + code
                      + " ("
                      + count
                      + ")"
                      + DiagnosticSummaries.summary(code).map(s -> ": " + s).orElse("")));
    }
    out.flush();
    return report.hasErrors() ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }
}
