package io.kiro4j.core.hook;

import io.kiro4j.core.agent.AgentHook;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A reference to one entry of a CLI agent's {@code hooks} (docs L9413–9624, L6300–6360): which
 * agent, which position, and the entry itself as the agent model parsed it ({@link AgentHook}, the
 * one type for a hook entry). The hooks engine reads it through the accessors below, which apply
 * the documented defaults.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agent the agent's name
 * @param index the entry's position in its trigger's list, from 0
 * @param entry the entry as written in the agent config
 */
public record AgentHookRef(String agent, int index, AgentHook entry) implements Hook {

  /** The CLI triggers (docs L6351–6355). */
  public static final List<String> TRIGGERS =
      List.of("agentSpawn", "userPromptSubmit", "preToolUse", "postToolUse", "stop");

  /** {@code timeout_ms} default (docs L9613). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(30_000);

  /** {@code max_output_size} default (upstream {@code hook.rs}). */
  public static final int DEFAULT_MAX_OUTPUT_SIZE = 10_240;

  public AgentHookRef {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(entry, "entry");
    if (index < 0) {
      throw new IllegalArgumentException("negative index " + index);
    }
  }

  /**
   * {@code agentSpawn}, {@code userPromptSubmit}, {@code preToolUse}, {@code postToolUse} or {@code
   * stop}.
   */
  public String trigger() {
    return entry.trigger().key();
  }

  /** The shell command. */
  public String command() {
    return entry.command();
  }

  /** The tool matcher; always empty for triggers other than preToolUse and postToolUse. */
  public Optional<String> matcher() {
    return takesMatcher() ? entry.matcher() : Optional.empty();
  }

  /** {@code timeout_ms}, default 30 s. */
  public Duration timeout() {
    return entry.timeoutMs().isPresent()
        ? Duration.ofMillis(entry.timeoutMs().getAsLong())
        : DEFAULT_TIMEOUT;
  }

  /** {@code cache_ttl_seconds}, default 0 (no caching). */
  public Duration cacheTtl() {
    return Duration.ofSeconds(entry.cacheTtlSeconds().orElse(0));
  }

  /** {@code max_output_size}, default 10240 (upstream's; not in the docs). */
  public int maxOutputSize() {
    return (int) Math.min(Integer.MAX_VALUE, entry.maxOutputSize().orElse(DEFAULT_MAX_OUTPUT_SIZE));
  }

  /** {@code <agent>:<trigger>[<index>]}, as {@code kiro4j hooks} prints it (docs/cli.md). */
  @Override
  public String name() {
    return agent + ":" + trigger() + "[" + index + "]";
  }

  @Override
  public String source() {
    return "agent";
  }

  /** True for preToolUse and postToolUse, the triggers whose matcher applies. */
  public boolean takesMatcher() {
    return entry.trigger().takesMatcher();
  }

  /** The CLI trigger an event fires, if any. */
  public static Optional<String> triggerOf(HookEvent event) {
    if (event instanceof HookEvent.PromptSubmit) {
      return Optional.of("userPromptSubmit");
    }
    if (event instanceof HookEvent.AgentStop) {
      return Optional.of("stop");
    }
    if (event instanceof HookEvent.PreToolUse) {
      return Optional.of("preToolUse");
    }
    if (event instanceof HookEvent.PostToolUse) {
      return Optional.of("postToolUse");
    }
    if (event instanceof HookEvent.AgentSpawn) {
      return Optional.of("agentSpawn");
    }
    return Optional.empty();
  }

  /**
   * Why this hook fires for {@code event}, if it does. The matcher (upstream {@code
   * hook_matches_tool}): none or {@code *} match every tool; {@code @builtin} every built-in tool;
   * {@code @server} every tool of that MCP server; otherwise a {@link GlobDialect#TOOL_NAME}
   * pattern. The docs disagree on whether matchers use internal names (L6347) or either form
   * (L9450–9469): both are accepted, by comparing canonical forms too.
   *
   * @param event the event
   * @param toolNames every name of a tool, canonical first (the agent model's table: {@code
   *     fs_write} gives {@code [write, fs_write]}); a name it does not know gives itself
   */
  public Optional<String> matches(HookEvent event, Function<String, List<String>> toolNames) {
    Optional<String> t = triggerOf(event);
    if (t.isEmpty() || !t.get().equals(trigger())) {
      return Optional.empty();
    }
    Optional<String> matcher = matcher();
    if (matcher.isEmpty()) {
      return Optional.of(trigger());
    }
    ToolUse tool = event.tool().orElseThrow();
    String m = matcher.get();
    String name = tool.name();
    if (m.equals("*")) {
      return Optional.of("matcher:*");
    }
    if (m.equals("@builtin")) {
      return tool.isMcp() ? Optional.empty() : Optional.of("matcher:@builtin");
    }
    if (tool.isMcp() && m.equals("@" + tool.server().orElseThrow())) {
      return Optional.of("matcher:" + m);
    }
    List<String> names = toolNames.apply(name);
    if (m.equals(name) || names.contains(m)) {
      return Optional.of("matcher:" + m);
    }
    try {
      Glob glob = Glob.compile(m, GlobDialect.TOOL_NAME);
      for (String n : names) {
        if (glob.matches(n)) {
          return Optional.of("matcher:" + m);
        }
      }
    } catch (GlobSyntaxException e) {
      // Upstream: an invalid glob matches only the identical name, compared above.
    }
    return Optional.empty();
  }
}
