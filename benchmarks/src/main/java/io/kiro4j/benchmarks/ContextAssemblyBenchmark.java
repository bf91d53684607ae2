package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.context.ContextAssembler;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextRequest;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assembling the context of one turn (issue 16, target ≤ 2 ms warm) in a workspace of 1,000
 * steering files ({@link GeneratedWorkspace}: a quarter always, half fileMatch), 100 skills and 20
 * powers (each with a keyword, an MCP server and two steering files). The request works on one
 * {@code .tsx} file, its prompt activates one power, and one skill is activated: 379 items. The
 * workspace is opened and the assembler built once; the steering, skills and powers are loaded in
 * the first (warm-up) turn, as in a running session.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ContextAssembly}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContextAssemblyBenchmark {

  private GeneratedWorkspace generated;
  private ContextAssembler assembler;
  private ContextRequest ideTurn;
  private ContextRequest cliTurn;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    generated = GeneratedWorkspace.create(1_000);
    for (int i = 0; i < 100; i++) {
      write(
          generated.root.resolve(".kiro/skills/skill-" + i + "/SKILL.md"),
          "---\nname: skill-"
              + i
              + "\ndescription: Handles task family "
              + i
              + " when asked about it.\n---\n\n# Skill "
              + i
              + "\n\nStep one. Step two.\n");
    }
    for (int i = 0; i < 20; i++) {
      Path power = generated.home.resolve(".kiro/powers/power-" + i);
      write(
          power.resolve("POWER.md"),
          "---\nname: power-"
              + i
              + "\ndescription: Service "
              + i
              + "\nkeywords: [\"service"
              + i
              + "\", \"topic"
              + i
              + "\"]\n---\n# Power "
              + i
              + "\n\nUse the tools of service "
              + i
              + ".\n");
      write(power.resolve("mcp.json"), "{\"mcpServers\": {\"api\": {\"command\": \"svc\"}}}");
      write(power.resolve("steering/guide.md"), "Always check the quota of service " + i + ".");
      write(power.resolve("steering/manual.md"), "---\ninclusion: manual\n---\nManual " + i);
    }
    assembler =
        ContextAssembler.of(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(generated.root)
                    .userHome(generated.home)
                    .environment(Environment.empty())
                    .build()));
    ideTurn =
        ContextRequest.builder()
            .mode(ContextMode.IDE)
            .file(generated.root.resolve("src/components/forms/TextField.tsx"))
            .prompt("wire the form to service7 and show the result")
            .skill("skill-42")
            .build();
    cliTurn =
        ContextRequest.builder()
            .mode(ContextMode.CLI)
            .prompt("wire the form to service7 and show the result")
            .build();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    generated.delete();
  }

  /** The IDE turn: steering by inclusion mode, one power, the skills list and one skill. */
  @Benchmark
  public int assembleIdeTurn() {
    return assembler.assemble(ideTurn).items().size();
  }

  /** The CLI default agent's turn: every steering file (1,000) and the skills list. */
  @Benchmark
  public int assembleCliDefaultAgentTurn() {
    return assembler.assemble(cliTurn).items().size();
  }
}
