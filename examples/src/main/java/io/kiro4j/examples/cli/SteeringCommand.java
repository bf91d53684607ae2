package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.steering.AppliedSteering;
import io.kiro4j.core.steering.AutoCandidate;
import io.kiro4j.core.steering.SteeringRequest;
import io.kiro4j.core.steering.SteeringSelection;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j steering}: which steering applies to the given files and references, and why. */
@Command(
    name = "steering",
    mixinStandardHelpOptions = true,
    description = {
      "Show the steering that applies to a request: the files worked on (--file) and the #name"
          + " references in the prompt (--ref), each with the reason it applies, plus the auto"
          + " candidates for the model to choose from."
    })
final class SteeringCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description =
          "A file being worked on, relative to the current directory or absolute (repeatable).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--ref",
      paramLabel = "NAME",
      description =
          "A #name reference: a manual file by file name, an auto file by name (repeatable).")
  List<String> refs = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    SteeringSet steering = SteeringSet.of(ws);
    SteeringRequest.Builder req =
        SteeringRequest.builder().workingDirectory(Path.of("").toAbsolutePath());
    files.forEach(req::file);
    for (String r : refs) {
      try {
        req.reference(r);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    SteeringSelection sel = steering.select(req.build());
    List<Diagnostic> diagnostics = new ArrayList<>(steering.diagnostics());
    diagnostics.addAll(sel.diagnostics());

    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      ArrayNode applied = doc.putArray("applied");
      for (AppliedSteering a : sel.applied()) {
        ObjectNode n = applied.addObject();
        n.put("name", a.file().name());
        JsonOutput.putPath(n, ws, a.file().path());
        n.put("scope", a.file().scope().label());
        n.put("mode", a.file().mode().label());
        n.put("reason", a.reason().label());
      }
      ArrayNode candidates = doc.putArray("autoCandidates");
      for (AutoCandidate c : sel.autoCandidates()) {
        ObjectNode n = candidates.addObject();
        n.put("name", c.name());
        n.put("description", c.description());
        JsonOutput.putPath(n, ws, c.file().path());
        n.put("scope", c.file().scope().label());
      }
      doc.set("diagnostics", JsonOutput.diagnostics(ws, diagnostics));
      JsonOutput.print(out, doc);
    } else {
      out.println("Applied steering (" + sel.applied().size() + "):");
      for (AppliedSteering a : sel.applied()) {
        out.printf(
            "  %-9s %-10s %-28s %s  [%s]%n",
            a.file().scope().label(),
            a.file().mode().label(),
            a.file().name(),
            ws.displayPath(a.file().path()),
            a.reason().label());
      }
      out.println("Auto candidates (" + sel.autoCandidates().size() + "):");
      for (AutoCandidate c : sel.autoCandidates()) {
        out.printf("  %-28s %s%n", c.name(), c.description());
      }
      if (!diagnostics.isEmpty()) {
        out.println("Diagnostics (" + diagnostics.size() + "):");
        JsonOutput.sorted(ws, diagnostics).forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
      }
    }
    out.flush();
    return Diagnostics.anyError(diagnostics) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }
}
