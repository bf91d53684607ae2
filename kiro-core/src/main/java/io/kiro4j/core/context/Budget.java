package io.kiro4j.core.context;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a contribution's candidates into the assembled context: counts tokens, drops duplicates and
 * unreadable candidates, and keeps context files within 75% of the context window (docs L7142),
 * walking the candidates in order and dropping each file that no longer fits.
 */
final class Budget {

  private Budget() {}

  static AssembledContext apply(
      ContextContribution c, Agent agent, int contextWindow, TokenCache tokens) {
    Workspace ws = c.workspace();
    long budget = contextWindow * 3L / 4;
    long used = 0;
    List<ContextItem> items = new ArrayList<>();
    List<DroppedItem> dropped = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(c.diagnostics());
    Set<Path> seen = new HashSet<>();
    int overflow = 0;
    long overflowTokens = 0;
    Path firstOver = null;
    for (ContextContribution.Candidate k : c.candidates()) {
      diagnostics.addAll(k.diagnostics());
      if (k.text().isEmpty()) {
        dropped.add(
            new DroppedItem(k.kind(), k.path(), k.source(), k.reason().rule(), 0, k.diagnostics()));
        continue;
      }
      String text = k.text().get();
      int n = tokens.count(text);
      if (k.path().isPresent()
          && k.kind() != ContextKind.AGENT_PROMPT
          && !seen.add(c.canonical(k.path().get()))) {
        dropped.add(
            new DroppedItem(
                k.kind(),
                k.path(),
                k.source(),
                "already in context (" + k.reason().rule() + ")",
                n,
                k.diagnostics()));
        continue;
      }
      if (k.kind().isContextFile() && used + n > budget) {
        dropped.add(
            new DroppedItem(
                k.kind(),
                k.path(),
                k.source(),
                "over the context file budget: "
                    + n
                    + " tokens, "
                    + (budget - used)
                    + " of "
                    + budget
                    + " left (75% of "
                    + contextWindow
                    + ", docs L7142)",
                n,
                k.diagnostics()));
        overflow++;
        overflowTokens += n;
        if (firstOver == null) {
          firstOver = k.path().orElse(ws.primaryRoot().kiroDir());
        }
        continue;
      }
      if (k.kind().isContextFile()) {
        used += n;
      }
      items.add(
          new ContextItem(
              k.kind(), k.path(), k.source(), k.line(), k.reason(), text, n, k.diagnostics()));
    }
    if (overflow > 0) {
      diagnostics.add(
          Diagnostic.ofFile(
              ContextCode.OVER_BUDGET,
              firstOver,
              overflow
                  + (overflow == 1 ? " context file" : " context files")
                  + " ("
                  + overflowTokens
                  + " tokens) dropped: context files are limited to "
                  + budget
                  + " tokens, 75% of a "
                  + contextWindow
                  + "-token context window (docs L7142)"));
    }
    return new AssembledContext(
        agent, items, dropped, c.servers(), diagnostics, contextWindow, tokens.counter());
  }
}
