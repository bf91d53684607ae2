package io.kiro4j.core.turn;

import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookMatch;
import io.kiro4j.core.hook.ToolUse;
import io.kiro4j.core.hook.run.HookDecision;
import io.kiro4j.core.hook.run.HookOutcome;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.text.DisplayText;
import io.kiro4j.core.tool.ModelTool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One turn of an {@link AgentTurn}: the prompt's hooks have run; {@link #call} takes each tool call
 * the model makes through the pipeline; {@link #end()} runs the stop hooks and returns the record.
 *
 * <p>Thread-safe: calls run one at a time, in the order they arrive; {@link #cancel()} may be
 * called from any thread.
 *
 * @since 0.2
 */
public final class Turn {

  private static final Logger LOG = LoggerFactory.getLogger(Turn.class);

  /** The longest reason text a RESULT step repeats from the result (the result itself is whole). */
  private static final int SUMMARY_CHARS = 200;

  private final AgentTurn pipeline;
  private final String prompt;
  private final Cancellation cancellation = new Cancellation();
  private final List<TurnStep> steps = new ArrayList<>();
  private final List<ToolCallRecord> calls = new ArrayList<>();
  private final List<HookRun> hookRuns = new ArrayList<>();
  private final List<String> context = new ArrayList<>();
  private final List<String> prompts = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private Optional<String> promptBlocked = Optional.empty();
  private TurnRecord record;

  Turn(AgentTurn pipeline, String prompt) {
    this.pipeline = pipeline;
    this.prompt = prompt;
    synchronized (this) {
      Optional<HookOutcome> o = hooks(Step.PROMPT_SUBMIT, -1, new HookEvent.PromptSubmit(prompt));
      if (o.isPresent() && o.get().blocked()) {
        HookDecision.Blocked b = (HookDecision.Blocked) o.get().decision();
        promptBlocked = Optional.of(b.hook() + ": " + b.message().strip());
        step(null, Step.PROMPT_SUBMIT, -1, "", "blocked", promptBlocked.get());
      } else if (o.isPresent()) {
        step(null, Step.PROMPT_SUBMIT, -1, "", "allowed", hookSummary(o.get()));
      }
    }
  }

  /** The user's prompt. */
  public String prompt() {
    return prompt;
  }

  /** Why a prompt hook blocked the prompt, if one did: then no tool runs in this turn. */
  public synchronized Optional<String> promptBlocked() {
    return promptBlocked;
  }

  /** Text the hooks have added to the model's context so far, in order. */
  public synchronized List<String> context() {
    return List.copyOf(context);
  }

  /** The calls so far, in order. */
  public synchronized List<ToolCallRecord> calls() {
    return List.copyOf(calls);
  }

  /** True once {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancellation.isCancelled();
  }

  /** Cancels the turn (see {@link AgentTurn}, "Concurrency and cancellation"); idempotent. */
  public void cancel() {
    cancellation.cancel();
  }

  /** {@link #call(ToolCall)} with the call's parts. */
  public ToolCallRecord call(String name, JsonNode input) {
    return call(new ToolCall(name, input));
  }

  /**
   * Takes one tool call through the pipeline. Never throws for what the call does: an unknown tool,
   * a denial, a blocking hook, a rejection, a failing tool are outcomes with a result for the
   * model.
   *
   * @param call the call as the model made it
   * @return what happened, with the result for the model
   * @throws IllegalStateException if the turn has ended
   */
  public synchronized ToolCallRecord call(ToolCall call) {
    Objects.requireNonNull(call, "call");
    if (record != null) {
      throw new IllegalStateException("the turn has ended");
    }
    CallState s = new CallState(calls.size(), call);
    try {
      run(s);
    } finally {
      calls.add(s.toRecord());
    }
    return calls.get(calls.size() - 1);
  }

  private void run(CallState s) {
    String name = s.call.name();
    if (promptBlocked.isPresent()) {
      s.end(CallOutcome.PROMPT_BLOCKED, ToolResult.error("The prompt was blocked by a hook."));
      return;
    }
    if (cancellation.isCancelled()) {
      s.end(CallOutcome.CANCELLED, ToolResult.error("The turn was cancelled."));
      return;
    }
    Optional<ModelTool> resolved = pipeline.tools.resolve(name);
    if (resolved.isEmpty()) {
      String why =
          pipeline
              .tools
              .withheld(name)
              .map(w -> w.name() + " is withheld: " + w.reason())
              .orElse(
                  "no tool named '"
                      + shorten(name)
                      + "' is offered to agent '"
                      + agentName()
                      + "'");
      step(s, Step.RESOLVE, s.index, name, "unknown", why);
      s.end(
          CallOutcome.UNKNOWN_TOOL,
          ToolResult.error("Tool '" + shorten(name) + "' is not available: " + why));
      return;
    }
    ModelTool tool = resolved.get();
    s.tool = tool;
    step(s, Step.RESOLVE, s.index, tool.name(), "resolved", resolution(name, tool));
    PermissionDecision decision = pipeline.permissions.evaluate(tool.name(), s.call.input());
    s.permission = decision;
    step(s, Step.PERMISSION, s.index, tool.name(), decision.label(), reasons(decision));
    if (decision instanceof PermissionDecision.Deny) {
      s.end(CallOutcome.DENIED, ToolResult.error("Permission denied: " + reasons(decision)));
      return;
    }
    ToolUse use = new ToolUse(tool.name(), categories(tool), Optional.of(s.call.input()));
    Optional<HookOutcome> pre = hooks(Step.PRE_TOOL_USE, s.index, new HookEvent.PreToolUse(use));
    s.pre = pre;
    if (pre.isPresent()) {
      if (pre.get().blocked()) {
        HookDecision.Blocked b = (HookDecision.Blocked) pre.get().decision();
        step(
            s,
            Step.PRE_TOOL_USE,
            s.index,
            tool.name(),
            "blocked",
            b.hook() + ": " + b.message().strip());
        s.end(CallOutcome.BLOCKED, ToolResult.error(b.message()));
        return;
      }
      step(s, Step.PRE_TOOL_USE, s.index, tool.name(), "allowed", hookSummary(pre.get()));
    }
    if (decision instanceof PermissionDecision.Ask) {
      Approval approval = approve(tool, s.call.input(), (PermissionDecision.Ask) decision);
      s.approval = approval;
      step(
          s,
          Step.APPROVAL,
          s.index,
          tool.name(),
          approval.approved() ? "approved" : "rejected",
          approval.reason());
      if (!approval.approved()) {
        s.end(
            CallOutcome.REJECTED,
            ToolResult.error("The user rejected the tool call: " + approval.reason()));
        return;
      }
    }
    if (cancellation.isCancelled()) {
      step(s, Step.EXECUTE, s.index, tool.name(), "cancelled", "the turn was cancelled");
      s.end(CallOutcome.CANCELLED, ToolResult.error("The turn was cancelled."));
      return;
    }
    ToolExecutor executor = tool.isMcp() ? pipeline.mcp : pipeline.builtins;
    ToolResult result;
    CallOutcome outcome;
    try {
      result = executor.execute(tool, s.call.input(), cancellation);
      if (result == null) {
        throw new IllegalStateException("the executor returned no result");
      }
      outcome = CallOutcome.EXECUTED;
      step(
          s,
          Step.EXECUTE,
          s.index,
          tool.name(),
          "executed",
          (tool.isMcp() ? "MCP server '" + tool.server().orElseThrow() + "'" : "host executor")
              + (result.error() ? "; the tool reported an error" : ""));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      boolean cancelled = cancellation.isCancelled();
      outcome = cancelled ? CallOutcome.CANCELLED : CallOutcome.FAILED;
      String why =
          cancelled
              ? "the turn was cancelled"
              : e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + DisplayText.escape(e.getMessage()));
      result = ToolResult.error(cancelled ? "The turn was cancelled." : "Tool failed: " + why);
      step(s, Step.EXECUTE, s.index, tool.name(), cancelled ? "cancelled" : "failed", why);
    }
    if (outcome != CallOutcome.CANCELLED) {
      Optional<HookOutcome> post =
          hooks(
              Step.POST_TOOL_USE,
              s.index,
              new HookEvent.PostToolUse(use, Optional.of(response(result))));
      s.post = post;
      post.ifPresent(o -> step(s, Step.POST_TOOL_USE, s.index, tool.name(), "ran", hookSummary(o)));
    }
    s.end(outcome, result);
  }

  /**
   * Ends the turn: the stop hooks run (unless the prompt was blocked or the turn cancelled). Later
   * calls return the same record.
   */
  public synchronized TurnRecord end() {
    if (record == null) {
      if (promptBlocked.isEmpty() && !cancellation.isCancelled()) {
        hooks(Step.STOP, -1, new HookEvent.AgentStop())
            .ifPresent(o -> step(null, Step.STOP, -1, "", "ran", hookSummary(o)));
      }
      record =
          new TurnRecord(
              prompt,
              promptBlocked,
              context,
              prompts,
              calls,
              hookRuns,
              warnings,
              steps,
              cancellation.isCancelled());
    }
    return record;
  }

  /** A name the model made up may be of any length: messages quote its start. */
  private static String shorten(String name) {
    return name.length() <= SUMMARY_CHARS ? name : name.substring(0, SUMMARY_CHARS) + "…";
  }

  private String agentName() {
    return pipeline.agent.name();
  }

  private Approval approve(ModelTool tool, JsonNode input, PermissionDecision.Ask ask) {
    try {
      Approval a = pipeline.approver.approve(tool, input, ask);
      return a == null ? Approval.reject("the approver gave no answer") : a;
    } catch (RuntimeException e) {
      // Nobody said yes: the safe answer.
      return Approval.reject("the approver failed (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Runs the hooks {@code event} matches; empty when none does. A runner that cannot run them (it
   * was closed) blocks a prompt or a tool call and warns otherwise: a check that did not run is not
   * a check that passed.
   */
  private Optional<HookOutcome> hooks(Step step, int call, HookEvent event) {
    List<HookMatch> matches = pipeline.hooks.match(event);
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    HookOutcome outcome;
    try {
      outcome =
          pipeline
              .runner
              .orElseThrow(() -> new IllegalStateException("hooks matched but no runner is set"))
              .run(event, matches, pipeline.workingDirectory);
    } catch (RuntimeException e) {
      String why = "the hooks could not run (" + e.getClass().getSimpleName() + ")";
      boolean blocks = step == Step.PROMPT_SUBMIT || step == Step.PRE_TOOL_USE;
      outcome =
          new HookOutcome(
              blocks ? new HookDecision.Blocked("hook runner", why) : new HookDecision.Allowed(),
              List.of(),
              List.of(),
              List.of(why),
              List.of());
    }
    hookRuns.add(new HookRun(step, call, outcome));
    context.addAll(outcome.context());
    prompts.addAll(outcome.prompts());
    warnings.addAll(outcome.warnings());
    return Optional.of(outcome);
  }

  private static String hookSummary(HookOutcome o) {
    StringBuilder b = new StringBuilder();
    b.append(o.results().size()).append(o.results().size() == 1 ? " hook ran" : " hooks ran");
    if (!o.prompts().isEmpty()) {
      b.append(", ").append(o.prompts().size()).append(" askAgent prompt(s)");
    }
    if (!o.context().isEmpty()) {
      b.append(", ").append(o.context().size()).append(" context entr(ies)");
    }
    if (!o.warnings().isEmpty()) {
      b.append("; warnings: ").append(String.join("; ", o.warnings()));
    }
    return b.toString();
  }

  private static String resolution(String name, ModelTool tool) {
    if (name.equals(tool.modelName())) {
      return "'" + name + "' is the model name of " + tool.name() + " (" + tool.reason() + ")";
    }
    return "'" + name + "' names " + tool.name() + " (" + tool.reason() + ")";
  }

  private static String reasons(PermissionDecision d) {
    List<String> out = new ArrayList<>();
    for (Reason r : d.reasons()) {
      out.add(r.message());
    }
    return String.join("; ", out);
  }

  /** The IDE categories of a built-in tool (docs L961–966); MCP tools have none. */
  static Set<String> categories(ModelTool tool) {
    if (tool.builtin().isEmpty()) {
      return Set.of();
    }
    BuiltinTool b = tool.builtin().get();
    switch (b) {
      case READ:
      case GLOB:
      case GREP:
        return Set.of("read");
      case WRITE:
        return Set.of("write");
      case SHELL:
        return Set.of("shell");
      case WEB_FETCH:
      case WEB_SEARCH:
        return Set.of("web");
      default:
        return Set.of();
    }
  }

  /** {@code tool_response} of a postToolUse hook event (docs L9541–9566). */
  private static JsonNode response(ToolResult result) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("success", !result.error());
    n.putArray(result.error() ? "error" : "result").add(result.text());
    return n;
  }

  private void step(CallState s, Step step, int call, String tool, String outcome, String reason) {
    TurnStep t = new TurnStep(steps.size(), step, call, tool, outcome, reason);
    steps.add(t);
    if (s != null) {
      s.steps.add(t);
    }
    try {
      pipeline.listener.onStep(t);
    } catch (RuntimeException e) {
      LOG.warn("turn listener failed on step {}: {}", t.step(), e.toString());
    }
  }

  /** One call's state while it goes through the pipeline. */
  private final class CallState {
    final int index;
    final ToolCall call;
    final List<TurnStep> steps = new ArrayList<>();
    ModelTool tool;
    PermissionDecision permission;
    Approval approval;
    Optional<HookOutcome> pre = Optional.empty();
    Optional<HookOutcome> post = Optional.empty();
    CallOutcome outcome = CallOutcome.FAILED;
    ToolResult result = ToolResult.error("the call did not complete");

    CallState(int index, ToolCall call) {
      this.index = index;
      this.call = call;
    }

    void end(CallOutcome o, ToolResult r) {
      outcome = o;
      result = r;
      String text = r.text().strip();
      String summary =
          text.length() > SUMMARY_CHARS ? text.substring(0, SUMMARY_CHARS) + "…" : text;
      step(
          this,
          Step.RESULT,
          index,
          tool == null ? call.name() : tool.name(),
          o.name().toLowerCase(Locale.ROOT),
          summary);
    }

    ToolCallRecord toRecord() {
      return new ToolCallRecord(
          index,
          call,
          Optional.ofNullable(tool),
          Optional.ofNullable(permission),
          Optional.ofNullable(approval),
          pre,
          post,
          outcome,
          result,
          steps);
    }
  }
}
