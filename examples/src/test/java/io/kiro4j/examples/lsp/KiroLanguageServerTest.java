package io.kiro4j.examples.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.CoreCode;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's own behaviour with a stand-in {@link DiagnosticSource} (each diagnostic says which
 * text it saw), over LSP4J's client launcher and pipes.
 */
class KiroLanguageServerTest {

  @TempDir Path root;
  @TempDir Path home;

  private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  private final List<Optional<Set<Path>>> calls = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Registration> registrations = new LinkedBlockingQueue<>();
  private LanguageServer server;
  private KiroLanguageServer impl;

  /** One diagnostic per file of the root's steering folder, carrying the text it was read as. */
  private final DiagnosticSource echo =
      (ws, changed) -> {
        calls.add(changed);
        try (var files = Files.list(ws.primaryRoot().path().resolve(".kiro/steering"))) {
          return files
              .map(
                  f ->
                      Diagnostic.of(
                          CoreCode.UNREADABLE_FILE,
                          f,
                          1,
                          1,
                          ws.read(f, new Diagnostics()).orElse("?").strip()))
              .toList();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };

  private void start(Duration debounce, QuickFixSource fixes) throws Exception {
    Files.createDirectories(root.resolve(".kiro/steering"));
    Files.writeString(root.resolve(".kiro/steering/a.md"), "disk");
    impl =
        KiroLanguageServer.builder()
            .diagnostics(echo)
            .quickFixes(fixes)
            .debounce(debounce)
            .userHome(home)
            .build();
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    Launcher<LanguageClient> s = LSPLauncher.createServerLauncher(impl, serverIn, serverOut);
    impl.connect(s.getRemoteProxy());
    s.startListening();
    Launcher<LanguageServer> c =
        LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
    c.startListening();
    server = c.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setRootUri(root.toUri().toString());
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    ClientCapabilities caps = new ClientCapabilities();
    caps.setWorkspace(workspace);
    init.setCapabilities(caps);
    server.initialize(init).get(10, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.shutdown().get(10, TimeUnit.SECONDS);
      server.exit();
      assertThat(impl.exited().get(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aBurstOfEditsIsDiagnosedOnceWithTheLastText() throws Exception {
    start(Duration.ofMillis(300), QuickFixSource.none());
    String uri = root.resolve(".kiro/steering/a.md").toUri().toString();
    nextMessage(uri, "disk"); // the first run, for everything
    calls.clear();
    open(uri, "v1");
    for (int v = 2; v <= 6; v++) {
      server
          .getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(uri, v),
                  List.of(new TextDocumentContentChangeEvent("v" + v))));
    }
    nextMessage(uri, "v6");
    Thread.sleep(500);
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).contains(Set.of(root.resolve(".kiro/steering/a.md").toRealPath()));
  }

  @Test
  void closingADocumentDiagnosesTheFileAsItIsOnDiskAgain() throws Exception {
    start(Duration.ZERO, QuickFixSource.none());
    String uri = root.resolve(".kiro/steering/a.md").toUri().toString();
    open(uri, "editor");
    nextMessage(uri, "editor");
    server
        .getTextDocumentService()
        .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    nextMessage(uri, "disk");
  }

  @Test
  void aQuickFixFromTheSeamIsOfferedAsAnEditOfTheWholeFile() throws Exception {
    start(
        Duration.ZERO,
        (ws, file, text, diagnostics) ->
            diagnostics.stream()
                .map(d -> new QuickFix("Fix " + d.code(), d.code(), file, text + " fixed"))
                .toList());
    String uri = root.resolve(".kiro/steering/a.md").toUri().toString();
    open(uri, "broken");
    nextMessage(uri, "broken");
    Range line0 = new Range(new Position(0, 0), new Position(0, 3));
    List<Either<Command, CodeAction>> actions =
        server
            .getTextDocumentService()
            .codeAction(
                new CodeActionParams(
                    new TextDocumentIdentifier(uri), line0, new CodeActionContext(List.of())))
            .get(10, TimeUnit.SECONDS);
    assertThat(actions)
        .singleElement()
        .satisfies(
            a -> {
              CodeAction action = a.getRight();
              assertThat(action.getTitle()).isEqualTo("Fix CORE-002");
              assertThat(action.getEdit().getChanges().get(uri))
                  .singleElement()
                  .satisfies(e -> assertThat(e.getNewText()).isEqualTo("broken fixed"));
            });
  }

  @Test
  void theServerAsksToBeToldOfFilesCreatedAndDeletedAndThenLooksAtEverything() throws Exception {
    start(Duration.ZERO, QuickFixSource.none());
    String uri = root.resolve(".kiro/steering/a.md").toUri().toString();
    nextMessage(uri, "disk");
    Registration r = registrations.poll(20, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    assertThat(r.getMethod()).isEqualTo("workspace/didChangeWatchedFiles");
    Files.writeString(root.resolve(".kiro/steering/b.md"), "new");
    calls.clear();
    server
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(
                    new FileEvent(
                        root.resolve(".kiro/steering/b.md").toUri().toString(),
                        FileChangeType.Created))));
    nextMessage(root.resolve(".kiro/steering/b.md").toUri().toString(), "new");
    assertThat(calls).containsExactly(Optional.empty());
  }

  private void open(String uri, String text) {
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
  }

  private void nextMessage(String uri, String message) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = published.poll(200, TimeUnit.MILLISECONDS);
      if (p != null
          && p.getUri().equals(uri)
          && p.getDiagnostics().stream().anyMatch(d -> d.getMessage().getLeft().equals(message))) {
        return;
      }
    }
    throw new AssertionError("no diagnostics saying '" + message + "' for " + uri);
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

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
      registrations.addAll(params.getRegistrations());
      return CompletableFuture.completedFuture(null);
    }
  }
}
