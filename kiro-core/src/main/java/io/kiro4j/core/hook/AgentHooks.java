package io.kiro4j.core.hook;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentHook;
import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.agent.HookTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hooks of a CLI agent ({@code hooks} in its config, parsed by {@code io.kiro4j.core.agent}) as
 * {@link AgentHookRef}s with the documented defaults, and which fire for an event.
 *
 * <pre>{@code
 * Agent agent = AgentSet.of(ws).find("dev").orElseThrow();
 * HookEvent event = new HookEvent.PreToolUse(ToolUse.named("fs_write"));
 * List<HookMatch> matches = AgentHooks.of(agent).match(event);
 * HookOutcome outcome = runner.run(event, matches, cwd);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgentHooks {

  private final String agent;
  private final List<AgentHookRef> hooks;

  private AgentHooks(String agent, List<AgentHookRef> hooks) {
    this.agent = agent;
    this.hooks = List.copyOf(hooks);
  }

  /** The hooks of {@code agent}, by trigger (agentSpawn, userPromptSubmit, ...) then list order. */
  public static AgentHooks of(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    List<AgentHookRef> out = new ArrayList<>();
    for (HookTrigger trigger : HookTrigger.values()) {
      List<AgentHook> entries = agent.config().hooks(trigger);
      for (int i = 0; i < entries.size(); i++) {
        out.add(new AgentHookRef(agent.name(), i, entries.get(i)));
      }
    }
    return new AgentHooks(agent.name(), out);
  }

  /** The agent's name. */
  public String agent() {
    return agent;
  }

  /** Every hook, by trigger then list order. */
  public List<AgentHookRef> hooks() {
    return hooks;
  }

  /**
   * Every name of a tool, canonical first ({@code fs_write} gives {@code [write, fs_write]}), from
   * the agent model's table; other names give themselves.
   */
  public static List<String> toolNames(String name) {
    return BuiltinTool.byName(name).map(BuiltinTool::names).orElse(List.of(name));
  }

  /** The hooks that fire for {@code event}, in order, each with why. */
  public List<HookMatch> match(HookEvent event) {
    List<HookMatch> out = new ArrayList<>();
    for (AgentHookRef h : hooks) {
      h.matches(event, AgentHooks::toolNames).ifPresent(r -> out.add(new HookMatch(h, r)));
    }
    return List.copyOf(out);
  }
}
