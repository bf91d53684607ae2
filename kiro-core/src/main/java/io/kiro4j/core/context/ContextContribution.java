package io.kiro4j.core.context;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where core and the {@link ContextProvider providers} put the candidates of one turn's context, in
 * order. The assembler then counts their tokens, removes duplicates and applies the budget.
 *
 * <p>Not thread-safe: one assembly fills one contribution on one thread.
 *
 * @since 0.2
 */
public final class ContextContribution {

  private final Workspace workspace;
  private final ShownPaths paths;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<ActiveServer> servers = new ArrayList<>();
  private final Set<String> claimed = new HashSet<>();

  ContextContribution(Workspace workspace, ShownPaths paths) {
    this.workspace = workspace;
    this.paths = paths;
  }

  /** Adds the text of {@code path}, starting at {@code line}, to the context. */
  public void add(
      ContextKind kind,
      Path path,
      int line,
      ContextReason reason,
      String text,
      List<Diagnostic> problems) {
    Objects.requireNonNull(path, "path");
    candidates.add(
        new Candidate(
            kind,
            Optional.of(path),
            paths.of(path).display(),
            line,
            reason,
            Optional.of(text),
            List.copyOf(problems)));
  }

  /** Adds text that has no file (the skills list, a hook's output), shown as {@code source}. */
  public void addText(ContextKind kind, String source, ContextReason reason, String text) {
    candidates.add(
        new Candidate(kind, Optional.empty(), source, 1, reason, Optional.of(text), List.of()));
  }

  /**
   * Reads {@code path} whole and adds it; a file that cannot be read (missing, not UTF-8, too
   * large, a FIFO) is {@link #unavailable} with the reader's diagnostic.
   */
  public void addFile(ContextKind kind, Path path, ContextReason reason) {
    Diagnostics problems = new Diagnostics();
    Optional<TextFile> text = TextFile.read(path, problems);
    if (text.isPresent()) {
      add(kind, path, 1, reason, text.get().text(), List.of());
    } else {
      unavailable(kind, path, "cannot be read: " + reason.rule(), problems.toList());
    }
  }

  /** Records a candidate that cannot be included ({@code why}), with the problems found. */
  public void unavailable(ContextKind kind, Path path, String why, List<Diagnostic> problems) {
    candidates.add(
        new Candidate(
            kind,
            Optional.of(path),
            paths.of(path).display(),
            1,
            new ContextReason(why, ""),
            Optional.empty(),
            List.copyOf(problems)));
  }

  /** Records a candidate without a file that cannot be included (an MCP prompt, say). */
  public void unavailable(ContextKind kind, String source, String why, List<Diagnostic> problems) {
    candidates.add(
        new Candidate(
            kind,
            Optional.empty(),
            source,
            1,
            new ContextReason(why, ""),
            Optional.empty(),
            List.copyOf(problems)));
  }

  /** Reports a problem of the request or the workspace that belongs to no single item. */
  public void diagnostic(Diagnostic d) {
    diagnostics.add(Objects.requireNonNull(d, "d"));
  }

  /** Declares the MCP server {@code name} active for this turn (its tools may be offered). */
  public void activeServer(String name, ContextReason reason) {
    servers.add(new ActiveServer(name, reason));
  }

  /**
   * Marks the request's {@code #} reference {@code reference} (as in {@link
   * ContextRequest#references()}) as handled, so that core does not report it unknown.
   */
  public void claimReference(String reference) {
    claimed.add(reference);
  }

  /** The workspace, for showing paths. */
  public Workspace workspace() {
    return workspace;
  }

  List<Candidate> candidates() {
    return candidates;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  List<ActiveServer> servers() {
    return servers;
  }

  /** Where {@code path} leads (remembered). */
  Path canonical(Path path) {
    return paths.of(path).canonical();
  }

  boolean isClaimed(String reference) {
    return claimed.contains(reference);
  }

  /** One candidate: {@code text} empty when it could not be produced. */
  record Candidate(
      ContextKind kind,
      Optional<Path> path,
      String source,
      int line,
      ContextReason reason,
      Optional<String> text,
      List<Diagnostic> diagnostics) {}
}
