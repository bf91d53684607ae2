package io.kiro4j.examples.lsp;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.text.DisplayText;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiro4j language server: diagnostics for every Kiro file kind, hover, completion of keys and
 * values, go-to-definition for references, and quick fixes, over LSP (Eclipse LSP4J).
 *
 * <p>Diagnostics are computed on one worker thread, {@link Builder#debounce debounced}: a burst of
 * edits gives one run, about the debounce after the last edit. Each run opens the workspace anew
 * with the open documents' editor text {@link io.kiro4j.core.workspace.FileOverlay overlaid}, and
 * asks the {@link DiagnosticSource} for the diagnostics given the files that changed since the last
 * run (the source redoes only what they affect). A document opened and not saved yet is a file of
 * the workspace as long as it is open: its diagnostics come on open and vanish on close.
 * Diagnostics are published for every file that has or had any and for the files that changed.
 *
 * <pre>{@code
 * KiroLanguageServer server = KiroLanguageServer.builder()
 *     .diagnostics((workspace, changed) -> myLint(workspace))
 *     .build();
 * Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
 * server.connect(launcher.getRemoteProxy());
 * launcher.startListening();
 * }</pre>
 *
 * <p>Thread-safe: protocol messages arrive on LSP4J's thread, diagnostics run on the worker.
 *
 * @since 0.2
 */
public final class KiroLanguageServer implements LanguageServer, LanguageClientAware {

  private static final Logger LOG = LoggerFactory.getLogger(KiroLanguageServer.class);

  private final DiagnosticSource source;
  private final QuickFixSource quickFixes;
  private final RuleDocs ruleDocs;
  private final Duration debounce;
  private final Optional<Path> userHome;
  private volatile List<Path> roots;

  private final OpenDocuments documents = new OpenDocuments();
  private final KeyDocs keyDocs = new KeyDocs(new KiroSchemas());
  private final References references = new References();
  private final Documents textService = new Documents();
  private final Workspaces workspaceService = new Workspaces();
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kiro4j-lsp-diagnostics");
            t.setDaemon(true);
            return t;
          });
  private final CompletableFuture<Boolean> exited = new CompletableFuture<>();

  /** The diagnostics last published, by file: what hover and quick fixes look at. */
  private final Map<Path, List<Diagnostic>> published = new ConcurrentHashMap<>();

  private final Object pendingLock = new Object();
  private final Set<Path> pendingFiles = new LinkedHashSet<>();
  private boolean pendingAll;
  private ScheduledFuture<?> scheduled;

  private volatile LanguageClient client;
  private volatile boolean shutdownRequested;
  private volatile boolean clientWatchesFiles;

  private KiroLanguageServer(Builder b) {
    this.source = b.source;
    this.quickFixes = b.quickFixes;
    this.ruleDocs = b.ruleDocs;
    this.debounce = b.debounce;
    this.userHome = Optional.ofNullable(b.userHome);
    this.roots = List.copyOf(b.roots);
  }

  /** A builder; {@link Builder#diagnostics} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Completes when the client sends {@code exit}: {@code true} when a {@code shutdown} came first
   * (the process should exit 0), {@code false} otherwise (exit 1, per the protocol).
   */
  public CompletableFuture<Boolean> exited() {
    return exited;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (roots.isEmpty()) {
      roots = rootsOf(params);
    }
    clientWatchesFiles = canRegisterFileWatchers(params);
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setHoverProvider(true);
    caps.setCompletionProvider(new CompletionOptions(false, List.of("\"", ":", " ")));
    caps.setDefinitionProvider(true);
    caps.setCodeActionProvider(true);
    return CompletableFuture.completedFuture(
        new InitializeResult(caps, new ServerInfo("kiro4j", Kiro.version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    LanguageClient c = client;
    if (clientWatchesFiles && c != null) {
      // Files created or deleted change what the loaders find: ask the client to tell us.
      List<FileSystemWatcher> watchers = new ArrayList<>();
      for (String glob : List.of("**/.kiro/**", "**/AGENTS.md", "**/.kiroignore")) {
        watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
      }
      c.registerCapability(
          new RegistrationParams(
              List.of(
                  new Registration(
                      "kiro4j-files",
                      "workspace/didChangeWatchedFiles",
                      new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }
    schedule(Optional.empty());
  }

  private static boolean canRegisterFileWatchers(InitializeParams params) {
    return Optional.ofNullable(params.getCapabilities())
        .map(ClientCapabilities::getWorkspace)
        .map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
        .map(DidChangeWatchedFilesCapabilities::getDynamicRegistration)
        .orElse(false);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    worker.shutdownNow();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    worker.shutdownNow();
    exited.complete(shutdownRequested);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textService;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  private static List<Path> rootsOf(InitializeParams params) {
    List<Path> out = new ArrayList<>();
    List<WorkspaceFolder> folders = params.getWorkspaceFolders();
    if (folders != null) {
      folders.forEach(f -> OpenDocuments.pathOf(f.getUri()).ifPresent(out::add));
    }
    if (out.isEmpty() && params.getRootUri() != null) {
      OpenDocuments.pathOf(params.getRootUri()).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      out.add(Path.of("").toAbsolutePath());
    }
    return List.copyOf(out);
  }

  /** The workspace as it is now, the open documents' editor text overlaid. */
  private Optional<Workspace> workspace() {
    try {
      WorkspaceOptions.Builder b = WorkspaceOptions.builder().roots(roots);
      userHome.ifPresent(b::userHome);
      return Optional.of(Kiro.open(b.overlay(documents.overlay()).build()));
    } catch (IllegalArgumentException e) {
      LOG.warn("cannot open the workspace: {}", e.getMessage());
      return Optional.empty();
    }
  }

  // ---- diagnostics --------------------------------------------------------------------------

  /** Queues a diagnostics run for {@code changed} (empty: everything) after the debounce. */
  private void schedule(Optional<Path> changed) {
    synchronized (pendingLock) {
      if (changed.isPresent()) {
        pendingFiles.add(changed.get());
      } else {
        pendingAll = true;
      }
      if (scheduled != null) {
        scheduled.cancel(false);
      }
      if (!worker.isShutdown()) {
        scheduled =
            worker.schedule(this::runDiagnostics, debounce.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  private void runDiagnostics() {
    Set<Path> files;
    boolean all;
    synchronized (pendingLock) {
      files = new LinkedHashSet<>(pendingFiles);
      all = pendingAll || files.isEmpty();
      pendingFiles.clear();
      pendingAll = false;
    }
    try {
      Optional<Workspace> ws = workspace();
      if (ws.isEmpty()) {
        return;
      }
      List<Diagnostic> result =
          source.diagnose(ws.get(), all ? Optional.empty() : Optional.of(Set.copyOf(files)));
      publish(result, files);
    } catch (RuntimeException e) {
      // One bad run must not stop the worker: the next edit tries again.
      LOG.error("diagnostics failed", e);
    }
  }

  private void publish(List<Diagnostic> result, Set<Path> changed) {
    Map<Path, List<Diagnostic>> byFile = new HashMap<>();
    for (Diagnostic d : result) {
      byFile.computeIfAbsent(d.path(), k -> new ArrayList<>()).add(d);
    }
    Set<Path> files = new HashSet<>(byFile.keySet());
    files.addAll(published.keySet());
    files.addAll(changed);
    documents.all().forEach(d -> files.add(d.path()));
    LanguageClient c = client;
    for (Path file : files) {
      List<Diagnostic> now = byFile.getOrDefault(file, List.of());
      List<Diagnostic> before = published.get(file);
      boolean open = documents.byPath(file).isPresent();
      if (now.equals(before) && !changed.contains(file) && !(open && before == null)) {
        continue;
      }
      if (now.isEmpty()) {
        published.remove(file);
      } else {
        published.put(file, List.copyOf(now));
      }
      if (c != null) {
        Optional<TextPositions> text = documents.byPath(file).map(d -> new TextPositions(d.text()));
        List<org.eclipse.lsp4j.Diagnostic> lsp = new ArrayList<>(now.size());
        now.forEach(d -> lsp.add(toLsp(d, text)));
        c.publishDiagnostics(new PublishDiagnosticsParams(documents.uriOf(file), lsp));
      }
    }
  }

  private static org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic d, Optional<TextPositions> text) {
    org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic();
    out.setRange(rangeOf(d, text));
    out.setSeverity(
        switch (d.severity()) {
          case ERROR -> DiagnosticSeverity.Error;
          case WARNING -> DiagnosticSeverity.Warning;
          case INFO -> DiagnosticSeverity.Information;
        });
    out.setCode(d.code());
    out.setSource("kiro4j");
    // Output hygiene as for the CLI: control and bidirectional characters shown as escapes.
    out.setMessage(DisplayText.escape(d.message()));
    return out;
  }

  /**
   * The token a diagnostic points at (up to white space, {@code ,} or {@code :}); else its line.
   */
  static Range rangeOf(Diagnostic d, Optional<TextPositions> text) {
    int line = Math.max(d.line() - 1, 0);
    int col = Math.max(d.column() - 1, 0);
    if (text.isEmpty()) {
      return new Range(new Position(line, col), new Position(line, col));
    }
    TextPositions t = text.get();
    String l = t.line(line);
    int end = Math.min(col, l.length());
    while (end < l.length()
        && !Character.isWhitespace(l.charAt(end))
        && ",:".indexOf(l.charAt(end)) < 0) {
      end++;
    }
    if (end == Math.min(col, l.length())) {
      return new Range(new Position(line, 0), new Position(line, l.length()));
    }
    return new Range(new Position(line, Math.min(col, l.length())), new Position(line, end));
  }

  /** Our diagnostics of {@code file} whose lines meet {@code range}. */
  private List<Diagnostic> diagnosticsAt(Path file, Range range) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : published.getOrDefault(file, List.of())) {
      int line = d.line() - 1;
      if (line >= range.getStart().getLine() && line <= range.getEnd().getLine()) {
        out.add(d);
      }
    }
    return out;
  }

  // ---- text documents -----------------------------------------------------------------------

  private final class Documents implements TextDocumentService {

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
      var item = params.getTextDocument();
      documents
          .open(item.getUri(), item.getVersion(), item.getText())
          .ifPresent(d -> schedule(Optional.of(d.path())));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
      String uri = params.getTextDocument().getUri();
      Optional<OpenDocuments.Document> doc = documents.byUri(uri);
      if (doc.isEmpty()) {
        return;
      }
      String text = doc.get().text();
      for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
        if (change.getRange() == null) {
          text = change.getText();
        } else {
          TextPositions t = new TextPositions(text);
          int start = t.offset(change.getRange().getStart());
          int end = Math.max(start, t.offset(change.getRange().getEnd()));
          text = TextPositions.replace(text, start, end, change.getText());
        }
      }
      documents
          .update(uri, params.getTextDocument().getVersion(), text)
          .ifPresent(d -> schedule(Optional.of(d.path())));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
      // The file is read from disk again: its saved text may differ from the editor's.
      documents.close(params.getTextDocument().getUri()).ifPresent(p -> schedule(Optional.of(p)));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
      documents
          .byUri(params.getTextDocument().getUri())
          .ifPresent(d -> schedule(Optional.of(d.path())));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
      Optional<OpenDocuments.Document> doc = documents.byUri(params.getTextDocument().getUri());
      if (doc.isEmpty()) {
        return CompletableFuture.completedFuture(null);
      }
      Position pos = params.getPosition();
      List<String> parts = new ArrayList<>();
      TextPositions text = new TextPositions(doc.get().text());
      for (Diagnostic d : published.getOrDefault(doc.get().path(), List.of())) {
        Range r = rangeOf(d, Optional.of(text));
        if (contains(r, pos)) {
          String head =
              "**"
                  + d.code()
                  + "** ("
                  + d.severity().name().toLowerCase(java.util.Locale.ROOT)
                  + "): "
                  + DisplayText.escape(d.message());
          parts.add(ruleDocs.describe(d.code()).map(s -> head + "\n\n" + s).orElse(head));
        }
      }
      KiroFileKind kind = KiroFileKind.of(doc.get().path());
      keyDocs.hover(kind, KeyDocs.context(kind, text, text.offset(pos))).ifPresent(parts::add);
      if (parts.isEmpty()) {
        return CompletableFuture.completedFuture(null);
      }
      return CompletableFuture.completedFuture(
          new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts))));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
        CompletionParams params) {
      Optional<OpenDocuments.Document> doc = documents.byUri(params.getTextDocument().getUri());
      List<CompletionItem> items = List.of();
      if (doc.isPresent()) {
        KiroFileKind kind = KiroFileKind.of(doc.get().path());
        TextPositions text = new TextPositions(doc.get().text());
        items =
            keyDocs.complete(
                kind, KeyDocs.context(kind, text, text.offset(params.getPosition())), text);
      }
      return CompletableFuture.completedFuture(Either.forLeft(items));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
        definition(DefinitionParams params) {
      Optional<OpenDocuments.Document> doc = documents.byUri(params.getTextDocument().getUri());
      List<Location> out = new ArrayList<>();
      Optional<Workspace> ws = doc.isPresent() ? workspace() : Optional.empty();
      if (ws.isPresent()) {
        Position p = params.getPosition();
        TextPositions text = new TextPositions(doc.get().text());
        Range start = new Range(new Position(0, 0), new Position(0, 0));
        for (Path target :
            references.targets(ws.get(), doc.get().path(), text, p.getLine(), p.getCharacter())) {
          out.add(new Location(target.toUri().toString(), start));
        }
      }
      return CompletableFuture.completedFuture(Either.forLeft(out));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(
        CodeActionParams params) {
      Optional<OpenDocuments.Document> doc = documents.byUri(params.getTextDocument().getUri());
      List<Either<Command, CodeAction>> out = new ArrayList<>();
      List<Diagnostic> here =
          doc.map(d -> diagnosticsAt(d.path(), params.getRange())).orElse(List.of());
      Optional<Workspace> ws = here.isEmpty() ? Optional.empty() : workspace();
      if (ws.isPresent()) {
        String text = doc.get().text();
        TextPositions t = new TextPositions(text);
        Range all = new Range(new Position(0, 0), t.position(text.length()));
        for (QuickFix fix : quickFixes.fixes(ws.get(), doc.get().path(), text, here)) {
          CodeAction action = new CodeAction(fix.title());
          action.setKind(CodeActionKind.QuickFix);
          String uri = documents.uriOf(fix.file());
          action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(all, fix.newText())))));
          out.add(Either.forRight(action));
        }
      }
      return CompletableFuture.completedFuture(out);
    }
  }

  private static boolean contains(Range r, Position p) {
    if (p.getLine() != r.getStart().getLine()) {
      return false;
    }
    return p.getCharacter() >= r.getStart().getCharacter()
        && p.getCharacter() <= r.getEnd().getCharacter();
  }

  private final class Workspaces implements WorkspaceService {

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
      // no settings yet
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
      // Files created or deleted change what the loaders find: everything is looked at again.
      schedule(Optional.empty());
    }
  }

  /** Builds a {@link KiroLanguageServer}. */
  public static final class Builder {
    private DiagnosticSource source;
    private QuickFixSource quickFixes = QuickFixSource.none();
    private RuleDocs ruleDocs = code -> Optional.empty();
    private Duration debounce = Duration.ofMillis(150);
    private Path userHome;
    private final List<Path> roots = new ArrayList<>();

    private Builder() {}

    /** Where diagnostics come from (required). */
    public Builder diagnostics(DiagnosticSource value) {
      this.source = Objects.requireNonNull(value, "value");
      return this;
    }

    /** Where quick fixes come from (default: none). */
    public Builder quickFixes(QuickFixSource value) {
      this.quickFixes = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The text of each code shown when hovering a diagnostic (default: none). */
    public Builder ruleDocs(RuleDocs value) {
      this.ruleDocs = Objects.requireNonNull(value, "value");
      return this;
    }

    /** How long after the last edit diagnostics run (default 150 ms; zero runs at once). */
    public Builder debounce(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("debounce must not be negative");
      }
      this.debounce = value;
      return this;
    }

    /** The folder standing for {@code ~} (default: the real home). */
    public Builder userHome(Path value) {
      this.userHome = Objects.requireNonNull(value, "value");
      return this;
    }

    /** A workspace root; when none is given, the client's workspace folders are used. */
    public Builder root(Path value) {
      roots.add(Objects.requireNonNull(value, "value").toAbsolutePath().normalize());
      return this;
    }

    public KiroLanguageServer build() {
      Objects.requireNonNull(source, "diagnostics(...) is required");
      return new KiroLanguageServer(this);
    }
  }
}
