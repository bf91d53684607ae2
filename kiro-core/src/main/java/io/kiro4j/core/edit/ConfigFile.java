package io.kiro4j.core.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.json.edit.EditResult;
import io.kiro4j.core.json.edit.JsonEdit;
import io.kiro4j.core.json.edit.JsonEditCode;
import io.kiro4j.core.json.edit.JsonFile;
import io.kiro4j.core.json.edit.JsonText;
import io.kiro4j.core.write.AtomicFileWriter;
import io.kiro4j.core.write.StaleWriteException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one path every typed edit takes: open the file, decide the edits from what is there, apply
 * them losslessly, validate the result, write it atomically. Any refusal on the way leaves the file
 * as it was.
 */
final class ConfigFile {

  /** Decides the edits from the current text, or refuses. */
  interface Plan {
    Decision decide(JsonText current);
  }

  /** The edits to make (none: nothing to do, with {@code reason}), or a refusal. */
  record Decision(List<JsonEdit> edits, String reason, List<Diagnostic> problems) {
    static Decision edits(List<JsonEdit> edits) {
      return new Decision(edits, "", List.of());
    }

    static Decision nothing(String reason) {
      return new Decision(List.of(), reason, List.of());
    }

    static Decision refuse(Diagnostic... problems) {
      return new Decision(List.of(), "", List.of(problems));
    }

    static Decision refuse(List<Diagnostic> problems) {
      return new Decision(List.of(), "", problems);
    }
  }

  private ConfigFile() {}

  /**
   * Runs {@code plan} on {@code path}; {@code validate} lists the problems of the edited text (an
   * error among them refuses the edit, warnings are reported with the write).
   */
  static EditOutcome edit(
      Path path,
      AtomicFileWriter writer,
      Plan plan,
      Function<JsonText, List<Diagnostic>> validate) {
    if (java.nio.file.Files.isSymbolicLink(path)) {
      // Replacing the link by a file would cut it; writing its target could write outside the
      // workspace (a cloned repository chooses where its links lead). Fail closed.
      return cannot(
          path, "is a symbolic link: kiro4j does not write through links (edit its target)");
    }
    JsonFile file;
    try {
      file = JsonFile.open(path);
    } catch (IOException e) {
      return cannot(path, "cannot be read: " + e.getMessage());
    }
    if (file.content() instanceof EditResult.Refused refused) {
      return new EditOutcome.Refused(refused.diagnostics());
    }
    JsonText current = file.content().orElseThrow();
    Decision decision = plan.decide(current);
    if (!decision.problems().isEmpty() && Diagnostics.anyError(decision.problems())) {
      return new EditOutcome.Refused(decision.problems());
    }
    if (decision.edits().isEmpty()) {
      return new EditOutcome.Unchanged(path, decision.reason(), decision.problems());
    }
    EditResult result = current.applyAll(decision.edits());
    if (result instanceof EditResult.Refused refused) {
      return new EditOutcome.Refused(refused.diagnostics());
    }
    JsonText edited = result.orElseThrow();
    List<Diagnostic> findings = new ArrayList<>(decision.problems());
    findings.addAll(validate.apply(edited));
    if (Diagnostics.anyError(findings)) {
      return new EditOutcome.Refused(findings);
    }
    try {
      boolean written = file.write(edited, writer);
      return written
          ? new EditOutcome.Written(path, !file.exists(), findings)
          : new EditOutcome.Unchanged(path, "the file already says so", findings);
    } catch (StaleWriteException e) {
      return new EditOutcome.Refused(
          List.of(Diagnostic.ofFile(JsonEditCode.STALE, path, e.getMessage())));
    } catch (IOException e) {
      return cannot(path, "cannot be written: " + e.getMessage());
    }
  }

  static EditOutcome cannot(Path path, String message) {
    return new EditOutcome.Refused(
        List.of(Diagnostic.ofFile(ConfigEditCode.CANNOT_WRITE, path, "the file " + message)));
  }
}
