package io.kiro4j.benchmarks.cold;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.PermissionOptions;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * The library's first call in a fresh JVM, for {@code benchmarks/cold/run.sh}: {@code Kiro.open},
 * load the agents, decide one shell call. Prints the decision and the milliseconds from the first
 * line of {@code main} to the decision (the JVM's own start is what hyperfine adds around it).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.kiro4j.benchmarks.cold.FirstDecision
 * WORKSPACE USER_HOME}
 */
public final class FirstDecision {

  private FirstDecision() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder().root(Path.of(args[0])).userHome(Path.of(args[1])).build());
    AgentSet agents = AgentSet.of(ws);
    PermissionEngine engine =
        PermissionEngine.of(
            agents.defaultAgent(),
            ws,
            ws.primaryRoot().path(),
            SessionTrust.none(),
            PermissionOptions.builder().build());
    PermissionDecision d = engine.evaluate("shell", Map.of("command", "git status"));
    long micros = (System.nanoTime() - start) / 1_000;
    System.out.println(d.label() + " in " + micros / 1000 + "." + (micros % 1000) / 100 + " ms");
  }
}
