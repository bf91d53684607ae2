package io.kiro4j.core.hook.run;

import io.kiro4j.core.hook.AgentHookRef;
import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.HookAction;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookMatch;
import io.kiro4j.core.hook.IdeHook;
import io.kiro4j.core.hook.IdeTrigger;
import io.kiro4j.core.json.JsonValues;
import io.kiro4j.core.process.StopPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the hooks that matched an event, exactly as Kiro does, on supervised processes ({@link
 * io.kiro4j.core.process.ChildProcess}): no hook can hang the caller, leak a process or fill
 * memory.
 *
 * <pre>{@code
 * try (HookRunner runner = HookRunner.builder().build()) {
 *   HookEvent event = new HookEvent.PromptSubmit("deploy to prod");
 *   HookOutcome outcome = runner.run(event, HookSet.of(ws).match(event));
 *   if (outcome.blocked()) {                        // a promptSubmit command exited non-zero
 *     System.err.println("blocked by " + outcome.blockedBy().orElseThrow());
 *   }
 *   outcome.context().forEach(context::add);        // stdout of the hooks that exited 0
 * }
 * }</pre>
 *
 * <h2>Each command</h2>
 *
 * {@code bash -c <command>} ({@code cmd /C} on Windows) in the hook's working directory (an IDE
 * hook: the root that defines it), with this runner's environment plus {@code USER_PROMPT} when the
 * event has a prompt (cut to 4096 UTF-8 bytes, control characters other than {@code \n}, {@code
 * \r}, {@code \t} removed). Stdin is written on its own thread and closed; stdout and stderr are
 * drained concurrently and capped at the output limit (UTF-8 safe, marked truncated). When the
 * timeout runs out, or once the shell has exited, the whole process tree is stopped with the
 * runner's {@link StopPolicy}, so nothing the hook started survives (except a process that
 * daemonizes itself, see {@code docs/processes.md}).
 *
 * <h2>IDE hooks (docs L553–557)</h2>
 *
 * Exit 0 adds stdout to the context. Any other exit, a timeout or a failure to start sends stderr
 * to the agent (as context) and, for preToolUse and promptSubmit, blocks the tool call or the
 * prompt; for the other events it is a warning. askAgent hooks run nothing: their prompts are in
 * {@link HookOutcome#prompts()}.
 *
 * <h2>Threads</h2>
 *
 * All command hooks of one event run concurrently on a bounded pool; results come back in the order
 * of the matches. {@link #runAsync} returns at once; {@link #run} waits. Close the runner to
 * release its pool (hooks that are running finish first). Thread-safe.
 */
public final class HookRunner implements AutoCloseable {

  /** The output limit per stream when none is given: upstream's {@code max_output_size}. */
  public static final int DEFAULT_MAX_OUTPUT_SIZE = 10 * 1024;

  private final Clock clock;
  private final StopPolicy stopPolicy;
  private final Map<String, String> environment;
  private final int maxOutputSize;
  private final ExecutorService pool;
  private final ResultCache cache;
  private final Function<String, List<String>> toolNames;

  private HookRunner(Builder b) {
    this.clock = b.clock;
    this.stopPolicy = b.stopPolicy;
    this.environment = Map.copyOf(b.environment);
    this.maxOutputSize = b.maxOutputSize;
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            b.concurrency,
            b.concurrency,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "kiro4j-hook-runner-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    executor.allowCoreThreadTimeOut(true);
    this.pool = executor;
    this.cache = new ResultCache(clock);
    this.toolNames = b.toolNames;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The clock the cache reads. */
  public Clock clock() {
    return clock;
  }

  /**
   * Runs one command on the pool, or returns its cached result.
   *
   * @param request the command
   * @return completes with the result; never exceptionally for a failing command
   */
  public CompletableFuture<CommandResult> execute(CommandRequest request) {
    Objects.requireNonNull(request, "request");
    Optional<CommandResult> hit = cache.get(request);
    if (hit.isPresent()) {
      return CompletableFuture.completedFuture(hit.get());
    }
    return CompletableFuture.supplyAsync(
        () -> {
          CommandResult result = CommandExecution.run(request, environment, stopPolicy);
          cache.put(request, result);
          return result;
        },
        pool);
  }

  /**
   * Runs the matched hooks of {@code event}, concurrently, and combines their results in order.
   * Agent hooks run in the current directory.
   *
   * @param event the event
   * @param matches what {@code HookSet.match(event)} returned
   * @return completes with the outcome
   */
  public CompletableFuture<HookOutcome> runAsync(HookEvent event, List<HookMatch> matches) {
    return runAsync(event, matches, Path.of("").toAbsolutePath());
  }

  /**
   * Runs the matched hooks of {@code event}, concurrently, and combines their results in order.
   *
   * @param event the event
   * @param matches the matched hooks, IDE and agent ones in declaration order
   * @param cwd where agent hooks run (and the {@code cwd} of their stdin event); IDE hooks run in
   *     their root
   * @return completes with the outcome
   */
  public CompletableFuture<HookOutcome> runAsync(
      HookEvent event, List<HookMatch> matches, Path cwd) {
    return runAsync(event, matches, cwd, JsonNodeFactory.instance.objectNode());
  }

  /**
   * Runs the matched hooks of {@code event} with the caller's own stdin event for agent hooks: a
   * host that already has the event JSON (as Kiro would send it) passes it whole. Its fields go to
   * the hooks as given, {@code cwd} and {@code tool_name} included; only the fields it lacks are
   * filled from {@code event} and {@code cwd}, as {@link #runAsync(HookEvent, List, Path)} would
   * write them.
   *
   * @param event the event (it decides blocking and {@code USER_PROMPT})
   * @param matches the matched hooks, IDE and agent ones in declaration order
   * @param cwd where agent hooks run; the stdin {@code cwd} when {@code stdinEvent} has none
   * @param stdinEvent the caller's stdin event, a JSON object
   * @return completes with the outcome
   * @throws IllegalArgumentException if {@code stdinEvent} is not a JSON object
   */
  public CompletableFuture<HookOutcome> runAsync(
      HookEvent event, List<HookMatch> matches, Path cwd, JsonNode stdinEvent) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(matches, "matches");
    Objects.requireNonNull(cwd, "cwd");
    Objects.requireNonNull(stdinEvent, "stdinEvent");
    if (!stdinEvent.isObject()) {
      throw new IllegalArgumentException("the stdin event must be a JSON object");
    }
    List<CompletableFuture<CommandResult>> running = new ArrayList<>(matches.size());
    for (HookMatch m : matches) {
      running.add(start(event, m, cwd, stdinEvent));
    }
    return CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0]))
        .thenApply(ignored -> combine(event, matches, running));
  }

  /** {@link #runAsync(HookEvent, List, Path)} and wait for it. */
  public HookOutcome run(HookEvent event, List<HookMatch> matches, Path cwd) {
    try {
      return runAsync(event, matches, cwd).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    }
  }

  /** {@link #runAsync(HookEvent, List, Path, JsonNode)} and wait for it. */
  public HookOutcome run(HookEvent event, List<HookMatch> matches, Path cwd, JsonNode stdinEvent) {
    try {
      return runAsync(event, matches, cwd, stdinEvent).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    }
  }

  /**
   * {@link #run(HookEvent, List, Path, JsonNode)} with the stdin event as plain Java, for callers
   * without Jackson.
   *
   * @param event the event (it decides blocking and {@code USER_PROMPT})
   * @param matches the matched hooks, IDE and agent ones in declaration order
   * @param cwd where agent hooks run; the stdin {@code cwd} when {@code stdinEvent} has none
   * @param stdinEvent the caller's stdin event: maps, lists, strings, numbers, booleans, {@code
   *     null}
   * @return the outcome
   * @throws IllegalArgumentException if {@code stdinEvent} holds something that is no JSON value
   * @since 0.2
   */
  public HookOutcome run(
      HookEvent event, List<HookMatch> matches, Path cwd, Map<String, ?> stdinEvent) {
    return run(event, matches, cwd, JsonValues.toObjectNode(stdinEvent));
  }

  /**
   * {@link #run(HookEvent, List, Path, JsonNode)} with the stdin event as JSON text, as a host
   * received it.
   *
   * @param event the event (it decides blocking and {@code USER_PROMPT})
   * @param matches the matched hooks, IDE and agent ones in declaration order
   * @param cwd where agent hooks run; the stdin {@code cwd} when {@code stdinEvent} has none
   * @param stdinEventJson the caller's stdin event, a JSON object as text
   * @return the outcome
   * @throws IllegalArgumentException if the text is not well-formed JSON or not an object
   * @since 0.2
   */
  public HookOutcome runJson(
      HookEvent event, List<HookMatch> matches, Path cwd, String stdinEventJson) {
    return run(event, matches, cwd, JsonValues.parse(stdinEventJson));
  }

  /** {@link #runAsync} and wait for it. */
  public HookOutcome run(HookEvent event, List<HookMatch> matches) {
    try {
      return runAsync(event, matches).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    }
  }

  private CompletableFuture<CommandResult> start(
      HookEvent event, HookMatch match, Path cwd, JsonNode given) {
    if (match.hook() instanceof AgentHookRef) {
      return execute(agentRequest(event, (AgentHookRef) match.hook(), cwd, given));
    }
    if (match.hook() instanceof IdeHook) {
      IdeHook hook = (IdeHook) match.hook();
      if (hook.action() instanceof HookAction.RunCommand) {
        HookAction.RunCommand cmd = (HookAction.RunCommand) hook.action();
        Map<String, String> env = new LinkedHashMap<>();
        event.prompt().ifPresent(p -> env.put("USER_PROMPT", UserPrompt.sanitize(p)));
        return execute(
            new CommandRequest(
                cmd.command(),
                hook.root().path(),
                env,
                "",
                cmd.timeout(),
                maxOutputSize,
                Optional.empty(),
                Optional.of(Duration.ZERO)));
      }
    }
    return CompletableFuture.completedFuture(null);
  }

  private HookOutcome combine(
      HookEvent event, List<HookMatch> matches, List<CompletableFuture<CommandResult>> running) {
    HookDecision decision = new HookDecision.Allowed();
    List<String> context = new ArrayList<>();
    List<String> prompts = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<HookResult> results = new ArrayList<>();
    List<String> agentContext = new ArrayList<>();
    String agentTrigger = null;
    for (int i = 0; i < matches.size(); i++) {
      HookMatch m = matches.get(i);
      CommandResult r = running.get(i).join();
      if (m.hook() instanceof AgentHookRef) {
        AgentHookRef hook = (AgentHookRef) m.hook();
        agentTrigger = hook.trigger();
        boolean ok = r.succeeded();
        String output = r.failure().orElse(ok ? r.stdout() : r.stderr());
        boolean truncated = ok ? r.stdoutTruncated() : r.stderrTruncated();
        results.add(
            new HookResult(
                hook.name(),
                "agent",
                r.exitCode(),
                r.timedOut(),
                truncated,
                r.duration(),
                output,
                r.cached()));
        String shown = truncated ? output + " ... truncated" : output;
        if (ok) {
          if ((hook.trigger().equals("agentSpawn") || hook.trigger().equals("userPromptSubmit"))
              && !output.isEmpty()) {
            agentContext.add(shown);
          }
        } else if (hook.trigger().equals("preToolUse")
            && r.exitCode().isPresent()
            && r.exitCode().getAsInt() == 2
            && !decision.blocked()) {
          // Exit 2 blocks the tool; stderr goes back to the model (docs L9580-9590).
          decision =
              new HookDecision.Blocked(
                  hook.name(), "PreToolHook blocked the tool execution: " + shown);
        } else {
          // Any other failure, a timeout included, warns and lets the tool run (fail-open).
          warnings.add(agentFailure(hook, r, shown));
        }
        continue;
      }
      if (m.hook() instanceof IdeHook) {
        IdeHook hook = (IdeHook) m.hook();
        if (hook.action() instanceof HookAction.AskAgent) {
          prompts.add(((HookAction.AskAgent) hook.action()).prompt());
          continue;
        }
        HookResult result = ideResult(hook.name(), r);
        results.add(result);
        if (r.succeeded()) {
          if (!r.stdout().isBlank()) {
            context.add(r.stdout());
          }
          continue;
        }
        String why = failure(hook.name(), hook.trigger().jsonName(), r);
        String stderr = result.output();
        context.add(stderr.isBlank() ? why : why + ": " + stderr);
        boolean blocks =
            hook.trigger() == IdeTrigger.PRE_TOOL_USE || hook.trigger() == IdeTrigger.PROMPT_SUBMIT;
        if (blocks && !decision.blocked()) {
          decision = new HookDecision.Blocked(hook.name(), stderr.isBlank() ? why : stderr);
        }
        warnings.add(why);
      }
    }
    if (!agentContext.isEmpty()) {
      context.add(contextBlock(agentTrigger, agentContext));
    }
    return new HookOutcome(decision, context, prompts, warnings, results);
  }

  /** Upstream's {@code format_hook_context}. */
  static String contextBlock(String trigger, List<String> outputs) {
    StringBuilder b = new StringBuilder("--- CONTEXT ENTRY BEGIN ---\n");
    b.append(
        "This section (like others) contains important information that I want you to use in your"
            + " responses. I have gathered this context from valuable programmatic script hooks."
            + " You must follow any requests and consider all of the information in this"
            + " section");
    if (trigger.equals("agentSpawn")) {
      b.append(" for the entire conversation");
    }
    b.append("\n\n");
    for (String o : outputs) {
      b.append(o).append("\n\n");
    }
    return b.append("--- CONTEXT ENTRY END ---\n\n").toString();
  }

  private static String agentFailure(AgentHookRef hook, CommandResult r, String output) {
    if (r.failure().isPresent()) {
      return hook.trigger() + " \"" + hook.command() + "\" " + r.failure().get();
    }
    if (r.timedOut()) {
      return hook.trigger()
          + " \""
          + hook.command()
          + "\" command timed out after "
          + hook.timeout().toMillis()
          + " ms";
    }
    return hook.trigger()
        + " \""
        + hook.command()
        + "\" failed with exit code: "
        + (r.exitCode().isPresent() ? r.exitCode().getAsInt() : -1)
        + ", stderr: "
        + output.strip();
  }

  /**
   * The stdin event of a CLI hook (docs L9480-9560), one line of JSON: {@code given}'s fields as
   * given, then the documented ones it lacks.
   */
  String stdinEvent(HookEvent event, String trigger, Path cwd, JsonNode given) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("hook_event_name", trigger);
    n.put("cwd", cwd.toString());
    event.prompt().ifPresent(p -> n.put("prompt", p));
    event
        .tool()
        .ifPresent(
            t -> {
              // Kiro's name (the docs' example says "read"; upstream sent "fs_read").
              n.put("tool_name", t.isMcp() ? t.name() : toolNames.apply(t.name()).get(0));
              n.set("tool_input", t.input().orElse(JsonNodeFactory.instance.objectNode()));
            });
    if (event instanceof HookEvent.PostToolUse) {
      ((HookEvent.PostToolUse) event).response().ifPresent(r -> n.set("tool_response", r));
    }
    // The caller's fields win, in the caller's order; the documented ones it lacks follow.
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    given.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
    n.properties()
        .forEach(
            e -> {
              if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
              }
            });
    return JsonValues.write(out);
  }

  private CommandRequest agentRequest(
      HookEvent event, AgentHookRef hook, Path cwd, JsonNode given) {
    String stdin = stdinEvent(event, hook.trigger(), cwd, given);
    Map<String, String> env = new LinkedHashMap<>();
    event.prompt().ifPresent(p -> env.put("USER_PROMPT", UserPrompt.sanitize(p)));
    CommandRequest request =
        new CommandRequest(
            hook.command(),
            cwd,
            env,
            stdin,
            hook.timeout(),
            hook.maxOutputSize(),
            Optional.empty(),
            Optional.of(Duration.ZERO));
    if (hook.trigger().equals("agentSpawn") || hook.cacheTtl().isZero()) {
      // "AgentSpawn hooks are never cached" (docs L9624); TTL 0 means no caching.
      return request;
    }
    // Keyed by the hook and its input (upstream keys by the hook only, a bug).
    String key =
        String.join(
            "\u0000",
            hook.name(),
            hook.command(),
            hook.matcher().orElse(""),
            String.valueOf(hook.timeout().toMillis()),
            cwd.toString(),
            stdin);
    return request.withCache(key, Optional.of(hook.cacheTtl()));
  }

  private static HookResult ideResult(String name, CommandResult r) {
    boolean ok = r.succeeded();
    String output = r.failure().orElse(ok ? r.stdout() : r.stderr());
    boolean truncated = ok ? r.stdoutTruncated() : r.stderrTruncated();
    return new HookResult(
        name, "ide", r.exitCode(), r.timedOut(), truncated, r.duration(), output, r.cached());
  }

  private static String failure(String name, String trigger, CommandResult r) {
    if (r.failure().isPresent()) {
      return trigger + " hook '" + name + "' " + r.failure().get();
    }
    if (r.timedOut()) {
      return trigger + " hook '" + name + "' timed out";
    }
    return trigger
        + " hook '"
        + name
        + "' failed with exit code "
        + (r.exitCode().isPresent() ? String.valueOf(r.exitCode().getAsInt()) : "none");
  }

  /** Stops accepting work and lets running hooks finish (their own timeouts bound them). */
  @Override
  public void close() {
    pool.shutdown();
  }

  /** Builds a {@link HookRunner}. Not thread-safe. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private StopPolicy stopPolicy =
        StopPolicy.builder()
            .stdinGrace(Duration.ZERO)
            .termGrace(Duration.ofSeconds(1))
            .killGrace(Duration.ofSeconds(1))
            .outputDrain(Duration.ofMillis(500))
            .build();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private int maxOutputSize = DEFAULT_MAX_OUTPUT_SIZE;
    private int concurrency = Math.max(4, Runtime.getRuntime().availableProcessors());
    private Function<String, List<String>> toolNames = AgentHooks::toolNames;

    private Builder() {}

    /** The clock cache expiry reads (tests pass a controllable one). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How a hook's process tree is stopped (default: SIGTERM, 1 s, SIGKILL, 1 s, drain 0.5 s). */
    public Builder stopPolicy(StopPolicy stopPolicy) {
      this.stopPolicy = Objects.requireNonNull(stopPolicy, "stopPolicy");
      return this;
    }

    /** Adds a variable to every hook's environment (on top of this JVM's). */
    public Builder environment(String name, String value) {
      environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
      return this;
    }

    /** Bytes kept of each output stream for IDE hooks (default 10 KiB). */
    public Builder maxOutputSize(int maxOutputSize) {
      if (maxOutputSize < 0) {
        throw new IllegalArgumentException("maxOutputSize must not be negative");
      }
      this.maxOutputSize = maxOutputSize;
      return this;
    }

    /** How many hooks run at once (default: max(4, processors)). */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1");
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Every name of a tool, canonical first ({@code fs_read} gives {@code [read, fs_read]}): the
     * {@code tool_name} of CLI hooks is the first (Kiro's name, docs L9521); default: the agent
     * model's table, {@link AgentHooks#toolNames}.
     */
    public Builder toolNames(Function<String, List<String>> toolNames) {
      this.toolNames = Objects.requireNonNull(toolNames, "toolNames");
      return this;
    }

    /** The runner. */
    public HookRunner build() {
      return new HookRunner(this);
    }
  }
}
