package io.kiro4j.core.turn;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.tool.ToolList;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tool-call pipeline of one agent: what happens between the model asking for a tool and the
 * result going back to it. The host brings the model and the executors of built-in tools; kiro4j
 * decides what may happen and records why.
 *
 * <pre>{@code
 * Agent dev = AgentSet.of(ws).find("dev").orElseThrow();
 * try (HookRunner hooks = HookRunner.builder().build()) {
 *   AgentTurn pipeline =
 *       AgentTurn.builder(ws, dev, ToolList.builder(ws, dev).mcpTools(servers).build())
 *           .hooks(HookSource.of(AgentHooks.of(dev)), hooks)
 *           .builtinExecutor(myTools)        // the host runs read, write, shell, ...
 *           .mcpExecutor(servers)            // kiro-mcp's RunningServers
 *           .approver(myDialog)              // asks the user when the rules say "ask"
 *           .build();
 *   Turn turn = pipeline.begin("fix the failing test");
 *   ToolCallRecord r = turn.call(new ToolCall("shell", input));   // for each call the model makes
 *   TurnRecord record = turn.end();                               // stop hooks
 * }
 * }</pre>
 *
 * <h2>One turn</h2>
 *
 * <ol>
 *   <li>{@link #begin}: the prompt hooks ({@code userPromptSubmit}, IDE {@code promptSubmit}) run.
 *       Their output is recorded for the context ({@link Turn#context()}); an IDE hook that fails
 *       blocks the prompt (docs L553–557), and then no tool runs in the turn.
 *   <li>{@link Turn#call}, for each tool call the model makes:
 *       <ol>
 *         <li>resolve the name: a model name, a canonical name, an alias ({@code fs_read}) or
 *             {@code @server/tool} among the offered tools ({@link ToolList#resolve}); a name that
 *             is not offered fails with the reason it is withheld;
 *         <li>permission ({@link PermissionEngine#evaluate}): deny ends the call with its reasons;
 *         <li>{@code preToolUse} hooks: a CLI hook exiting 2, or a failing IDE hook, blocks the
 *             call and its stderr goes back to the model; another failure is a warning and the call
 *             goes on (docs L9446–9448, L9512–9540, L553–557). They run after the rules and before
 *             the user is asked, so a denied call runs no hook and a blocked call never bothers the
 *             user;
 *         <li>ask: the {@link Approver} answers (default: reject);
 *         <li>execute: an MCP tool through the MCP executor, a built-in tool through the host's;
 *         <li>{@code postToolUse} hooks, with {@code tool_response} {@code {"success": ...,
 *             "result"|"error": [text]}} (docs L9541–9566);
 *         <li>the result for the model ({@link ToolCallRecord#result()}).
 *       </ol>
 *   <li>{@link Turn#end}: the stop hooks ({@code stop}, IDE {@code agentStop}) run, unless the
 *       prompt was blocked or the turn cancelled.
 * </ol>
 *
 * Every step is recorded with its outcome and reason ({@link TurnStep}) and given to the {@link
 * TurnListener} as it happens. A hook that times out, crashes or cannot start is in the record
 * ({@link TurnRecord#hookProblems()}).
 *
 * <h2>Concurrency and cancellation</h2>
 *
 * An {@code AgentTurn} is immutable and thread-safe: many turns may run at once, each on its own
 * thread. A {@link Turn} runs its calls one at a time, in the order they arrive, on the calling
 * thread (hooks run on the {@link HookRunner}'s pool and the caller waits; the hooks of one event
 * run concurrently). {@link Turn#cancel()} may be called from any thread: a call that has not
 * started its tool ends {@link CallOutcome#CANCELLED} without running it, a running executor is
 * told through its {@link Cancellation} (kiro-mcp cancels the MCP request), hooks already running
 * finish within their own timeouts, and the stop hooks do not run.
 *
 * @since 0.2
 */
public final class AgentTurn {

  final Workspace workspace;
  final Agent agent;
  final ToolList tools;
  final PermissionEngine permissions;
  final HookSource hooks;
  final Optional<HookRunner> runner;
  final ToolExecutor builtins;
  final ToolExecutor mcp;
  final Approver approver;
  final TurnListener listener;
  final Path workingDirectory;

  private AgentTurn(Builder b) {
    this.workspace = b.workspace;
    this.agent = b.agent;
    this.tools = b.tools;
    this.workingDirectory = b.workingDirectory.orElse(b.workspace.primaryRoot().path());
    this.permissions =
        b.permissions.orElseGet(
            () -> PermissionEngine.of(b.agent, b.workspace, workingDirectory, SessionTrust.none()));
    this.hooks = b.hooks;
    this.runner = b.runner;
    this.builtins = b.builtins;
    this.mcp = b.mcp;
    this.approver = b.approver;
    this.listener = b.listener;
  }

  /** A builder for {@code agent}'s turns in {@code workspace}, offering {@code tools}. */
  public static Builder builder(Workspace workspace, Agent agent, ToolList tools) {
    return new Builder(workspace, agent, tools);
  }

  /** The tools offered to the model. */
  public ToolList tools() {
    return tools;
  }

  /** The agent. */
  public Agent agent() {
    return agent;
  }

  /**
   * Starts a turn: the prompt hooks run now.
   *
   * @param prompt the user's prompt
   * @return the turn; call {@link Turn#end()} when the model has answered
   */
  public Turn begin(String prompt) {
    return new Turn(this, Objects.requireNonNull(prompt, "prompt"));
  }

  /**
   * Runs a whole turn with {@code model}: {@link #begin}, then the calls {@link TurnModel#next}
   * returns, each through the pipeline, until it returns none, then {@link Turn#end()}.
   *
   * @param prompt the user's prompt
   * @param model the host's model
   * @return the record of the turn
   */
  public TurnRecord run(String prompt, TurnModel model) {
    Objects.requireNonNull(model, "model");
    Turn turn = begin(prompt);
    while (turn.promptBlocked().isEmpty() && !turn.isCancelled()) {
      List<ToolCall> calls = model.next(turn);
      if (calls.isEmpty()) {
        break;
      }
      for (ToolCall call : calls) {
        turn.call(call);
      }
    }
    return turn.end();
  }

  /** Builds an {@link AgentTurn}. Not thread-safe. */
  public static final class Builder {
    private final Workspace workspace;
    private final Agent agent;
    private final ToolList tools;
    private Optional<PermissionEngine> permissions = Optional.empty();
    private HookSource hooks = HookSource.none();
    private Optional<HookRunner> runner = Optional.empty();
    private ToolExecutor builtins =
        ToolExecutor.unavailable("the host runs no built-in tools (no executor)");
    private ToolExecutor mcp = ToolExecutor.unavailable("no MCP executor: MCP tools cannot run");
    private Approver approver = Approver.rejectAll();
    private TurnListener listener = TurnListener.none();
    private Optional<Path> workingDirectory = Optional.empty();

    private Builder(Workspace workspace, Agent agent, ToolList tools) {
      this.workspace = Objects.requireNonNull(workspace, "workspace");
      this.agent = Objects.requireNonNull(agent, "agent");
      this.tools = Objects.requireNonNull(tools, "tools");
    }

    /**
     * The agent's compiled permissions (default: {@code PermissionEngine.of(agent, workspace,
     * workingDirectory, SessionTrust.none())}).
     */
    public Builder permissions(PermissionEngine permissions) {
      this.permissions = Optional.of(Objects.requireNonNull(permissions, "permissions"));
      return this;
    }

    /**
     * The hooks that fire and the runner that runs them (default: none). The runner is the
     * caller's: close it when the turns are done.
     */
    public Builder hooks(HookSource hooks, HookRunner runner) {
      this.hooks = Objects.requireNonNull(hooks, "hooks");
      this.runner = Optional.of(Objects.requireNonNull(runner, "runner"));
      return this;
    }

    /** Runs the built-in tools (default: none; every built-in call fails). */
    public Builder builtinExecutor(ToolExecutor executor) {
      this.builtins = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Runs the MCP tools (default: none; every MCP call fails). */
    public Builder mcpExecutor(ToolExecutor executor) {
      this.mcp = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Answers calls the rules ask about (default: {@link Approver#rejectAll()}). */
    public Builder approver(Approver approver) {
      this.approver = Objects.requireNonNull(approver, "approver");
      return this;
    }

    /** Observes every step (default: none). */
    public Builder listener(TurnListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Where hooks run and relative paths are judged (default: the workspace's first root). Also the
     * permission engine's, unless {@link #permissions} is given.
     */
    public Builder workingDirectory(Path workingDirectory) {
      this.workingDirectory =
          Optional.of(Objects.requireNonNull(workingDirectory, "workingDirectory"));
      return this;
    }

    /** The pipeline. */
    public AgentTurn build() {
      return new AgentTurn(this);
    }
  }
}
