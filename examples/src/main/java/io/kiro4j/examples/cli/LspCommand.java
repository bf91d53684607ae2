package io.kiro4j.examples.cli;

import io.kiro4j.examples.lsp.KiroLanguageServer;
import io.kiro4j.examples.lsp.QuickFixSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kiro4j lsp}: the language server over stdio, for editors. Standard output carries the
 * protocol only; logs go to standard error.
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = {
      "Run the kiro4j language server over stdin/stdout (LSP): lint's diagnostics as you type,"
          + " hover, completion of keys and values, go-to-definition for references.",
      "Roots: the -w options, else the editor's workspace folders.",
      "Exit 0 after the client's shutdown and exit, 1 when the client exits without shutdown or"
          + " the input ends, 2 on a usage error."
    })
final class LspCommand implements java.util.concurrent.Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(
      names = "--debounce-ms",
      paramLabel = "MS",
      description = "Milliseconds after the last edit before diagnostics run (default: 150).")
  long debounceMs = 150;

  @Override
  public Integer call() throws InterruptedException {
    if (debounceMs < 0 || debounceMs > 60_000) {
      throw new UsageException("--debounce-ms must be between 0 and 60000");
    }
    if (!options.workspaces.isEmpty()) {
      options.open(List.of(), null); // a missing or unreadable -w root is a usage error (exit 2)
    }
    return serve(System.in, System.out);
  }

  /** Serves one client on {@code in}/{@code out} until it exits or the input ends. */
  int serve(InputStream in, OutputStream out) throws InterruptedException {
    KiroLanguageServer server = server();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    // Whichever comes first: the client's exit, or the end of the input (the client died). The
    // wait for the input runs on its own daemon thread, never on the common pool: a get() on a
    // pool thread may run queued pool tasks itself (Java 19+), and this one blocks until the
    // input ends, so serve() on a pool thread would never see the exit.
    CompletableFuture<Boolean> inputEnded = new CompletableFuture<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                listening.get();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // the stream failed or was cancelled: treated as the end of the input
              }
              inputEnded.complete(false);
            },
            "kiro4j-lsp-input");
    waiter.setDaemon(true);
    waiter.start();
    CompletableFuture<Boolean> ended = server.exited().applyToEither(inputEnded, ok -> ok);
    try {
      boolean clean = ended.get();
      listening.cancel(true);
      return clean ? Kiro4jCli.OK : Kiro4jCli.ERRORS;
    } catch (ExecutionException e) {
      return Kiro4jCli.ERRORS;
    }
  }

  KiroLanguageServer server() {
    KiroLanguageServer.Builder b =
        KiroLanguageServer.builder()
            .diagnostics(new LintDiagnostics())
            .quickFixes(QuickFixSource.lintFixes(LspCommand.class.getClassLoader()))
            .ruleDocs(
                code ->
                    io.kiro4j.core.lint.RuleDocs.bundled()
                        .find(code)
                        .map(
                            d ->
                                "**"
                                    + d.code()
                                    + "** ("
                                    + d.severity()
                                    + ") "
                                    + d.meaning()
                                    + d.explanation().map(e -> "\n\n" + e).orElse("")))
            .debounce(Duration.ofMillis(debounceMs));
    List<Path> roots = new ArrayList<>(options.workspaces);
    roots.forEach(b::root);
    Path home = options.explicitUserHome();
    if (home != null) {
      b.userHome(home.toAbsolutePath().normalize());
    }
    return b.build();
  }
}
