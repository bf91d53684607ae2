package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kiro4j lsp} driven by a real LSP client: LSP4J's client launcher talking JSON-RPC to the
 * command's server over in-process pipes.
 */
class LspCommandTest {

  @TempDir Path root;
  @TempDir Path home;

  private LanguageServer server;
  private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
  private CompletableFuture<Integer> exit;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(root.resolve(".kiro/steering"));
    Files.writeString(
        root.resolve(".kiro/steering/style.md"), "---\ninclusion: always\n---\nBe brief.\n");
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/api.md"), "# API\n");
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    LspCommand command = new LspCommand();
    new CommandLine(command)
        .parseArgs("-w", root.toString(), "--user-home", home.toString(), "--debounce-ms", "0");
    exit = new CompletableFuture<>();
    // Its own thread, not the common pool: a stuck server must not starve the next test.
    Thread serving =
        new Thread(
            () -> {
              try {
                exit.complete(command.serve(serverIn, serverOut));
              } catch (InterruptedException e) {
                exit.complete(-1);
              } finally {
                try {
                  serverOut.close();
                } catch (IOException ignored) {
                  // closing a pipe
                }
              }
            },
            "lsp-under-test");
    serving.setDaemon(true);
    serving.start();
    Launcher<LanguageServer> client =
        LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
    client.startListening();
    server = client.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    InitializeResult result = server.initialize(init).get(10, TimeUnit.SECONDS);
    assertThat(result.getCapabilities().getHoverProvider().getLeft()).isTrue();
    server.initialized(new InitializedParams());
  }

  @AfterEach
  void stop() throws Exception {
    if (!exit.isDone()) {
      server.shutdown().get(10, TimeUnit.SECONDS);
      server.exit();
      exit.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void diagnosticsFollowTheEditorTextOnOpenAndChange() throws Exception {
    Path file = root.resolve(".kiro/steering/style.md");
    String uri = file.toUri().toString();
    // The editor's text, not the file on disk: an unknown inclusion mode (STEER-001).
    open(uri, "---\ninclusion: sometimes\n---\nBe brief.\n");
    PublishDiagnosticsParams p = next(uri, d -> !d.getDiagnostics().isEmpty());
    assertThat(p.getDiagnostics()).anySatisfy(d -> assertThat(codeOf(d)).isEqualTo("STEER-001"));
    org.eclipse.lsp4j.Diagnostic d =
        p.getDiagnostics().stream().filter(x -> codeOf(x).equals("STEER-001")).findFirst().get();
    assertThat(d.getRange().getStart().getLine()).isEqualTo(1);

    // An incremental edit: "sometimes" -> "manual".
    change(uri, 2, new Range(new Position(1, 11), new Position(1, 20)), "manual");
    PublishDiagnosticsParams fixed = next(uri, x -> x.getDiagnostics().isEmpty());
    assertThat(fixed.getDiagnostics()).isEmpty();
    assertThat(Files.readString(file)).contains("inclusion: always"); // disk untouched
  }

  @Test // a document the editor has not saved is a file of the workspace while it is open
  void aNewUnsavedFileIsDiagnosedOnOpenAndChangeAndClearedOnClose() throws Exception {
    Path file = root.toRealPath().resolve(".kiro/steering/new.md");
    String uri = file.toUri().toString();
    open(uri, "---\ninclusion: sometimes\n---\nNew rule.\n");
    next(uri, x -> x.getDiagnostics().stream().anyMatch(d -> codeOf(d).equals("STEER-001")));

    change(uri, 2, new Range(new Position(1, 11), new Position(1, 20)), "manual");
    assertThat(next(uri, x -> x.getDiagnostics().isEmpty()).getDiagnostics()).isEmpty();
    change(uri, 3, new Range(new Position(1, 11), new Position(1, 17)), "never");
    next(uri, x -> x.getDiagnostics().stream().anyMatch(d -> codeOf(d).equals("STEER-001")));

    // Closed without saving: the file is gone, and so are its diagnostics.
    server
        .getTextDocumentService()
        .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    assertThat(next(uri, x -> x.getDiagnostics().isEmpty()).getDiagnostics()).isEmpty();
    assertThat(Files.exists(file)).isFalse();
  }

  @Test // an unsaved agent that names a server no config defines: found through the overlay
  void aNewUnsavedAgentIsLintedWithTheRestOfTheWorkspace() throws Exception {
    Path agent = root.toRealPath().resolve(".kiro/agents/new.json");
    String uri = agent.toUri().toString();
    open(uri, "{\"name\": \"new\", \"bogus\": 1}");
    PublishDiagnosticsParams p = next(uri, x -> !x.getDiagnostics().isEmpty());
    assertThat(p.getDiagnostics()).allSatisfy(d -> assertThat(d.getSource()).isEqualTo("kiro4j"));
  }

  @Test // lint's --fix rules as code actions: STEER-006, a comma-joined fileMatchPattern
  void aLintFixIsOfferedAsAQuickFix() throws Exception {
    String uri = root.resolve(".kiro/steering/style.md").toUri().toString();
    open(uri, "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nBe brief.\n");
    PublishDiagnosticsParams p =
        next(uri, x -> x.getDiagnostics().stream().anyMatch(d -> codeOf(d).equals("STEER-006")));
    org.eclipse.lsp4j.Diagnostic d =
        p.getDiagnostics().stream().filter(x -> codeOf(x).equals("STEER-006")).findFirst().get();
    org.eclipse.lsp4j.CodeActionParams params =
        new org.eclipse.lsp4j.CodeActionParams(
            new TextDocumentIdentifier(uri),
            d.getRange(),
            new org.eclipse.lsp4j.CodeActionContext(List.of(d)));
    List<
            org.eclipse.lsp4j.jsonrpc.messages.Either<
                org.eclipse.lsp4j.Command, org.eclipse.lsp4j.CodeAction>>
        actions = server.getTextDocumentService().codeAction(params).get(10, TimeUnit.SECONDS);
    assertThat(actions).hasSize(1);
    org.eclipse.lsp4j.CodeAction action = actions.get(0).getRight();
    String newText = action.getEdit().getChanges().get(uri).get(0).getNewText();
    assertThat(newText).contains("fileMatchPattern: [\"*.ts\", \"*.tsx\"]").endsWith("Be brief.\n");
  }

  @Test
  void hoverShowsTheRuleOfADiagnosticAndTheDescriptionOfAKey() throws Exception {
    String uri = root.resolve(".kiro/steering/style.md").toUri().toString();
    open(uri, "---\ninclusion: sometimes\n---\nBe brief.\n");
    next(uri, d -> !d.getDiagnostics().isEmpty());
    Hover onValue = hover(uri, 1, 13);
    assertThat(onValue.getContents().getRight().getValue())
        .contains("STEER-001")
        .contains("not one of always, fileMatch, manual, auto");
    Hover onKey = hover(uri, 1, 3);
    assertThat(onKey.getContents().getRight().getValue())
        .contains("**inclusion**")
        .contains("When the steering file is loaded");
  }

  @Test
  void hoverOnAnAgentJsonKeyShowsTheSchemaDescription() throws Exception {
    Files.createDirectories(root.resolve(".kiro/agents"));
    Path agent = root.resolve(".kiro/agents/dev.json");
    Files.writeString(agent, "{}");
    String uri = agent.toUri().toString();
    open(
        uri, "{\n  \"name\": \"dev\",\n  \"mcpServers\": { \"x\": { \"command\": \"srv\" } }\n}\n");
    assertThat(hover(uri, 2, 28).getContents().getRight().getValue())
        .contains("**command**")
        .contains("local (stdio) server");
    assertThat(hover(uri, 1, 4).getContents().getRight().getValue()).contains("agent's name");
  }

  @Test
  void completionOffersFrontMatterKeysAndValues() throws Exception {
    String uri = root.resolve(".kiro/steering/style.md").toUri().toString();
    open(uri, "---\ninclusion: \nfi\n---\n");
    assertThat(labels(complete(uri, 1, 11)))
        .containsExactly("always", "fileMatch", "manual", "auto");
    List<CompletionItem> keys = complete(uri, 2, 2);
    assertThat(labels(keys)).contains("fileMatchPattern", "name").doesNotContain("inclusion");
    CompletionItem pattern =
        keys.stream().filter(i -> i.getLabel().equals("fileMatchPattern")).findFirst().get();
    assertThat(pattern.getTextEdit().getLeft().getNewText()).isEqualTo("fileMatchPattern: ");
  }

  @Test
  void skillAndPowerFrontMatterKeysAreCompletedAndDescribed() throws Exception {
    String skill = root.resolve(".kiro/skills/pdf/SKILL.md").toUri().toString();
    open(skill, "---\nname: pdf\nde\n---\n");
    assertThat(labels(complete(skill, 2, 2)))
        .contains("description", "license", "allowed-tools")
        .doesNotContain("name");
    assertThat(hover(skill, 1, 1).getContents().getRight().getValue())
        .contains("Must match the folder name");
    String power = home.resolve(".kiro/powers/db/POWER.md").toUri().toString();
    open(power, "---\nname: db\nkey\n---\n");
    assertThat(labels(complete(power, 2, 3))).contains("keywords", "displayName");
  }

  @Test
  void completionOffersAgentMcpAndHookKeysAndEnumValues() throws Exception {
    Files.createDirectories(root.resolve(".kiro/agents"));
    String agent = root.resolve(".kiro/agents/dev.json").toUri().toString();
    open(agent, "{\n  \"name\": \"dev\",\n  \"\"\n}\n");
    List<CompletionItem> agentKeys = complete(agent, 2, 3);
    assertThat(labels(agentKeys))
        .contains("tools", "resources", "mcpServers")
        .doesNotContain("name");
    assertThat(agentKeys.get(0).getTextEdit().getLeft().getNewText()).startsWith("\"");

    Files.createDirectories(root.resolve(".kiro/settings"));
    String mcp = root.resolve(".kiro/settings/mcp.json").toUri().toString();
    open(mcp, "{ \"mcpServers\": { \"git\": { \"type\": \"\", \"c\" } } }");
    assertThat(labels(complete(mcp, 0, 37))).containsExactly("stdio", "http");
    assertThat(labels(complete(mcp, 0, 43)))
        .contains("command", "args", "env")
        .doesNotContain("type");

    Files.createDirectories(root.resolve(".kiro/hooks"));
    String hook = root.resolve(".kiro/hooks/review.kiro.hook").toUri().toString();
    open(hook, "{\n  \"when\": { \"type\": },\n  \"then\": { \"type\": \"a\" }\n}\n");
    assertThat(labels(complete(hook, 1, 20))).contains("fileEdited", "userTriggered");
    List<CompletionItem> then = complete(hook, 2, 22);
    assertThat(labels(then)).containsExactly("askAgent", "runCommand");
    assertThat(then.get(0).getTextEdit().getLeft().getNewText()).isEqualTo("\"askAgent\"");
  }

  @Test
  void definitionFollowsFileReferencesAndResources() throws Exception {
    String steering = root.resolve(".kiro/steering/style.md").toUri().toString();
    open(steering, "Read #[[file:docs/api.md]] first.\n");
    assertThat(definition(steering, 0, 10)).containsExactly(root.resolve("docs/api.md"));
    // Outside the root: refused, as the steering loader refuses it.
    open(steering, "Read #[[file:../x.md]] first.\n");
    assertThat(definition(steering, 0, 10)).isEmpty();

    Files.createDirectories(root.resolve(".kiro/skills/pdf"));
    Files.writeString(
        root.resolve(".kiro/skills/pdf/SKILL.md"), "---\nname: pdf\ndescription: PDFs.\n---\n");
    Files.createDirectories(root.resolve(".kiro/agents"));
    String agent = root.resolve(".kiro/agents/dev.json").toUri().toString();
    open(
        agent,
        "{\n  \"resources\": [\"file://docs/api.md\", \"skill://.kiro/skills/pdf/SKILL.md\"]\n}\n");
    assertThat(definition(agent, 1, 22)).containsExactly(root.resolve("docs/api.md"));
    assertThat(definition(agent, 1, 50)).containsExactly(root.resolve(".kiro/skills/pdf/SKILL.md"));
  }

  @Test
  void shutdownThenExitEndsTheServerWithZero() throws Exception {
    server.shutdown().get(10, TimeUnit.SECONDS);
    server.exit();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void exitWithoutShutdownEndsTheServerWithOne() throws Exception {
    server.exit();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(1);
  }

  @Test
  void aMissingWorkspaceRootIsAUsageError() {
    assertThat(Kiro4jCli.run("lsp", "-w", root.resolve("missing").toString())).isEqualTo(2);
    assertThat(Kiro4jCli.run("lsp", "--debounce-ms", "-1")).isEqualTo(2);
  }

  // ---- client side ----

  private void open(String uri, String text) {
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
  }

  private void change(String uri, int version, Range range, String text) {
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(range, text))));
  }

  private Hover hover(String uri, int line, int character) throws Exception {
    return server
        .getTextDocumentService()
        .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(10, TimeUnit.SECONDS);
  }

  private List<CompletionItem> complete(String uri, int line, int character) throws Exception {
    return server
        .getTextDocumentService()
        .completion(
            new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
        .get(10, TimeUnit.SECONDS)
        .getLeft();
  }

  private List<Path> definition(String uri, int line, int character) throws Exception {
    List<? extends Location> locations =
        server
            .getTextDocumentService()
            .definition(
                new DefinitionParams(
                    new TextDocumentIdentifier(uri), new Position(line, character)))
            .get(10, TimeUnit.SECONDS)
            .getLeft();
    List<Path> out = new ArrayList<>();
    locations.forEach(l -> out.add(Path.of(java.net.URI.create(l.getUri()))));
    return out;
  }

  private static List<String> labels(List<CompletionItem> items) {
    return items.stream().map(CompletionItem::getLabel).toList();
  }

  private static String codeOf(org.eclipse.lsp4j.Diagnostic d) {
    return d.getCode().getLeft();
  }

  /** The next publication for {@code uri} that {@code wanted} accepts (others are skipped). */
  private PublishDiagnosticsParams next(
      String uri, java.util.function.Predicate<PublishDiagnosticsParams> wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = published.poll(200, TimeUnit.MILLISECONDS);
      if (p != null && p.getUri().equals(uri) && wanted.test(p)) {
        return p;
      }
    }
    throw new AssertionError("no matching publishDiagnostics for " + uri);
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
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }

  @SuppressWarnings("unused")
  private static Optional<String> none() {
    return Optional.empty();
  }
}
