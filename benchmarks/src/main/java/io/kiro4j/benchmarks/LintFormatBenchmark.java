package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.lint.LintReport;
import io.kiro4j.core.lint.Linter;
import io.kiro4j.core.lint.SarifLog;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.DisplayPath;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kiro4j lint --format sarif} against {@code --json} (issue 19; target: SARIF adds at most
 * 10%). Each operation opens the workspace, lints it with every contributor and writes the whole
 * document, as one CLI run does: {@code json} builds the CLI's {@code --json} document (the shape
 * of {@code JsonOutput.diagnostic}) with Jackson, {@code sarif} calls {@link SarifLog#write}.
 *
 * <p>Workspaces: {@code sample} is {@code examples/sample-workspace} (run from the repository
 * root); {@code generated} is 2,000 steering files of {@link GeneratedWorkspace} plus 1,000 with a
 * comma-joined pattern and an unknown key (a warning and an info each), so that the output is
 * large.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LintFormat}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LintFormatBenchmark {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @Param({"sample", "generated"})
  public String workspace;

  private GeneratedWorkspace generated;
  private WorkspaceOptions options;
  private Linter linter;
  private LintReport report;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    linter = Linter.discover(LintFormatBenchmark.class.getClassLoader());
    Path root;
    Path home;
    if (workspace.equals("sample")) {
      Path examples =
          Files.isDirectory(Path.of("examples")) ? Path.of("examples") : Path.of("../examples");
      root = examples.resolve("sample-workspace").toAbsolutePath().normalize();
      home = examples.resolve("sample-home").toAbsolutePath().normalize();
    } else {
      generated = GeneratedWorkspace.create(2_000);
      root = generated.root;
      home = generated.home;
      Path noisy = Files.createDirectories(root.resolve(".kiro/steering/noisy"));
      for (int i = 0; i < 1_000; i++) {
        Files.writeString(
            noisy.resolve("n" + i + ".md"),
            "---\ninclusion: fileMatch\nfileMatchPattern: \"src/a"
                + i
                + "/*.ts,src/b/*.tsx\"\n"
                + "title: rule "
                + i
                + "\n---\nBody "
                + i
                + ".\n");
      }
    }
    options =
        WorkspaceOptions.builder()
            .root(root)
            .userHome(home)
            .environment(Environment.empty())
            .build();
    report = lint();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (generated != null) {
      generated.delete();
    }
  }

  private LintReport lint() {
    return linter.lint(Kiro.open(options));
  }

  /** Lint, then the {@code --json} document. */
  @Benchmark
  public int json() {
    return jsonDocument(lint());
  }

  /** Lint, then the SARIF log. */
  @Benchmark
  public int sarif() {
    return SarifLog.write(lint()).length();
  }

  /** Lint alone: the part both formats share. */
  @Benchmark
  public int lintOnly() {
    return lint().diagnostics().size();
  }

  /** The {@code --json} document of a report linted once (on a loaded machine, the stable part). */
  @Benchmark
  public int jsonDocumentOnly() {
    return jsonDocument(report);
  }

  /** The SARIF log of a report linted once. */
  @Benchmark
  public int sarifDocumentOnly() {
    return SarifLog.write(report).length();
  }

  private static int jsonDocument(LintReport report) {
    Workspace ws = report.workspace();
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("schema", 1);
    ArrayNode arr = doc.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode n = arr.addObject();
      DisplayPath dp = ws.displayPath(d.path());
      n.put("path", dp.path());
      if (dp.root().isPresent()) {
        n.put("root", dp.root().getAsInt());
      } else {
        n.putNull("root");
      }
      n.put("line", d.line());
      n.put("column", d.column());
      n.put("severity", d.severity().label());
      n.put("code", d.code());
      n.put("message", d.message());
    }
    return MAPPER.writeValueAsString(doc).length();
  }
}
