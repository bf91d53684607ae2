package io.kiro4j.examples;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.steering.AppliedSteering;
import io.kiro4j.core.steering.ExpandedSteering;
import io.kiro4j.core.steering.SteeringRequest;
import io.kiro4j.core.steering.SteeringSelection;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Path;

/**
 * Builds the steering part of a prompt the way Kiro does: which files apply to the file being
 * edited, with their {@code #[[file:...]]} references inlined.
 *
 * <pre>
 * java -cp examples/target/kiro4j.jar io.kiro4j.examples.SteeringExample \
 *     examples/sample-workspace examples/sample-home components/ui/Button.tsx
 * </pre>
 */
public final class SteeringExample {

  private SteeringExample() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: SteeringExample WORKSPACE USER_HOME FILE [#ref...]");
      System.exit(2);
    }
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder().root(Path.of(args[0])).userHome(Path.of(args[1])).build());
    SteeringSet steering = SteeringSet.of(ws);
    SteeringRequest.Builder request =
        SteeringRequest.builder().workingDirectory(ws.primaryRoot().path()).file(Path.of(args[2]));
    for (int i = 3; i < args.length; i++) {
      request.reference(args[i]);
    }
    SteeringSelection selection = steering.select(request.build());
    for (AppliedSteering applied : selection.applied()) {
      ExpandedSteering expanded = steering.expand(applied.file());
      System.out.println(
          "<!-- " + applied.file().name() + ": " + applied.reason().label() + " -->");
      System.out.println(expanded.text().strip());
      System.out.println();
    }
    selection
        .autoCandidates()
        .forEach(
            c ->
                System.out.println(
                    "<!-- available: " + c.name() + " — " + c.description() + " -->"));
    steering.diagnostics().forEach(d -> System.err.println(d));
  }
}
