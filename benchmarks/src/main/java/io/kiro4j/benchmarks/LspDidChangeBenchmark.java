package io.kiro4j.benchmarks;

import io.kiro4j.examples.cli.LintDiagnostics;
import io.kiro4j.examples.lsp.KiroLanguageServer;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
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

/**
 * {@code kiro4j lsp}: from a {@code didChange} of one steering file to the {@code
 * publishDiagnostics} that answers it, over LSP4J's JSON-RPC on in-process pipes, as an editor sees
 * it (debounce 0: the debounce is a wait the editor chooses, not work). The server redoes only the
 * steering section of lint (issue 19's target: at most 50 ms, warm). Each edit alternates between a
 * valid and an invalid inclusion mode, so every answer is a fresh computation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LspDidChange}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class LspDidChangeBenchmark {

  /** Steering files in the workspace besides the one edited. */
  @Param({"100", "1000"})
  public int files;

  private GeneratedWorkspace generated;
  private LanguageServer server;
  private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  private String uri;
  private int version = 1;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    generated = GeneratedWorkspace.create(files);
    Path edited = generated.root.resolve(".kiro/steering/area0/rule-0.md").toRealPath();
    uri = edited.toUri().toString();
    KiroLanguageServer impl =
        KiroLanguageServer.builder()
            .diagnostics(new LintDiagnostics())
            .debounce(Duration.ZERO)
            .root(generated.root)
            .userHome(generated.home)
            .build();
    PipedInputStream serverIn = new PipedInputStream(1 << 20);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 20);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    Launcher<LanguageClient> s = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
    impl.connect(s.getRemoteProxy());
    s.startListening();
    Launcher<LanguageServer> c =
        LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
    c.startListening();
    server = c.getRemoteProxy();
    server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", version, text(version))));
    awaitPublication();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    generated.delete();
  }

  @Benchmark
  public int didChangeToFreshDiagnostics() throws InterruptedException {
    version++;
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text(version)))));
    return awaitPublication().getDiagnostics().size();
  }

  private static String text(int version) {
    String mode = version % 2 == 0 ? "sometimes" : "manual";
    return "---\ninclusion: "
        + mode
        + "\n---\n# Rule\n\nUse the style guide, version "
        + version
        + ".\n";
  }

  private PublishDiagnosticsParams awaitPublication() throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = published.poll(30, TimeUnit.SECONDS);
      if (p == null) {
        throw new IllegalStateException("no diagnostics within 30 s");
      }
      if (p.getUri().equals(uri)) {
        return p;
      }
    }
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
