package io.kiro4j.core.context;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The context of one turn: the items that go to the model, in order, what was left out and why, the
 * MCP servers active for the turn, and the problems met.
 *
 * <pre>{@code
 * AssembledContext ctx = ContextAssembler.of(ws).assemble(request);
 * for (ContextItem item : ctx.items()) {
 *   System.out.println(item.kind().label() + " " + item.source() + " " + item.reason().label());
 * }
 * ctx = ctx.withHookOutput("userPromptSubmit:lint", hookStdout);   // from the turn pipeline
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class AssembledContext {

  private final Agent agent;
  private final List<ContextItem> items;
  private final List<DroppedItem> dropped;
  private final List<ActiveServer> activeServers;
  private final List<Diagnostic> diagnostics;
  private final int contextWindow;
  private final TokenCounter counter;

  AssembledContext(
      Agent agent,
      List<ContextItem> items,
      List<DroppedItem> dropped,
      List<ActiveServer> activeServers,
      List<Diagnostic> diagnostics,
      int contextWindow,
      TokenCounter counter) {
    this.agent = agent;
    this.items = List.copyOf(items);
    this.dropped = List.copyOf(dropped);
    this.activeServers = List.copyOf(activeServers);
    this.diagnostics = List.copyOf(diagnostics);
    this.contextWindow = contextWindow;
    this.counter = counter;
  }

  /**
   * The agent the context was assembled for: the one requested, else the default agent (the
   * built-in {@code kiro_default} in IDE mode; {@code chat.defaultAgent} or {@code kiro_default} in
   * CLI mode).
   */
  public Agent agent() {
    return agent;
  }

  /** What goes to the model, in order. */
  public List<ContextItem> items() {
    return items;
  }

  /** Candidates left out (over budget, duplicates, unreadable), in the order they came. */
  public List<DroppedItem> dropped() {
    return dropped;
  }

  /**
   * The MCP servers whose tools may be offered this turn, in order: the agent's configuration, then
   * active powers' servers. A power that is not active contributes none.
   */
  public List<ActiveServer> activeServers() {
    return activeServers;
  }

  /** Every problem met: the request's, the items' and the dropped candidates'. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** True when a diagnostic is an error. */
  public boolean hasErrors() {
    return Diagnostics.anyError(diagnostics);
  }

  /** The model's context window the budget was computed from. */
  public int contextWindow() {
    return contextWindow;
  }

  /** The tokens context files may take: 75% of the context window (docs L7142). */
  public int contextFileBudget() {
    return (int) (contextWindow * 3L / 4);
  }

  /** The tokens the included context files take (never more than {@link #contextFileBudget()}). */
  public int contextFileTokens() {
    return items.stream().filter(i -> i.kind().isContextFile()).mapToInt(ContextItem::tokens).sum();
  }

  /** The tokens of every item. */
  public int totalTokens() {
    return items.stream().mapToInt(ContextItem::tokens).sum();
  }

  /**
   * This context with a hook's output appended (hook output is not a context file: it is not
   * budgeted). The turn pipeline calls this with the output of {@code userPromptSubmit} / {@code
   * promptSubmit} hooks.
   *
   * @param hook how the hook is shown, for example {@code userPromptSubmit:lint}
   * @param output what the hook printed for the model
   */
  public AssembledContext withHookOutput(String hook, String output) {
    Objects.requireNonNull(hook, "hook");
    Objects.requireNonNull(output, "output");
    List<ContextItem> more = new ArrayList<>(items);
    more.add(
        new ContextItem(
            ContextKind.HOOK_OUTPUT,
            Optional.empty(),
            "hook:" + hook,
            1,
            new ContextReason("hook output added by the turn", "docs L553, L9494–9510"),
            output,
            counter.count(output),
            List.of()));
    return new AssembledContext(
        agent, more, dropped, activeServers, diagnostics, contextWindow, counter);
  }
}
