package io.kiro4j.examples.cli;

import io.kiro4j.core.edit.EditOutcome;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/**
 * How every editing command reports its {@link EditOutcome}: one line (or a JSON document with
 * {@code "schema": 1}, {@code "outcome"}, the file and the diagnostics) and the exit code (1 when
 * refused).
 */
final class EditOutput {

  private EditOutput() {}

  /** {@code workspace} or {@code global} (kiro-cli's default, docs L7373–7377) as a scope. */
  static Scope scope(String option) {
    return switch (option.toLowerCase(Locale.ROOT)) {
      case "global" -> Scope.GLOBAL;
      case "workspace" -> Scope.WORKSPACE;
      default -> throw new UsageException("--scope is workspace or global, not '" + option + "'");
    };
  }

  static int report(
      CommandSpec spec, Workspace ws, boolean json, String what, EditOutcome outcome) {
    HumanOutput out = HumanOutput.out(spec);
    String kind;
    java.nio.file.Path file = null;
    String reason = null;
    if (outcome instanceof EditOutcome.Written w) {
      kind = w.created() ? "created" : "written";
      file = w.file();
    } else if (outcome instanceof EditOutcome.Unchanged u) {
      kind = "unchanged";
      file = u.file();
      reason = u.reason();
    } else {
      kind = "refused";
    }
    if (json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("outcome", kind);
      doc.put("action", what);
      if (file != null) {
        JsonOutput.putPath(doc, ws, file);
      }
      if (reason != null) {
        doc.put("reason", reason);
      }
      doc.set("diagnostics", JsonOutput.diagnostics(ws, outcome.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      out.println(
          what
              + ": "
              + kind
              + (reason != null ? " (" + reason + ")" : "")
              + (file != null ? " " + ws.displayPath(file).path() : ", nothing written"));
      JsonOutput.sorted(ws, outcome.diagnostics())
          .forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
    }
    out.flush();
    return outcome instanceof EditOutcome.Refused ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }
}
