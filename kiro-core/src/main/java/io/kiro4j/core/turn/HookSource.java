package io.kiro4j.core.turn;

import io.kiro4j.core.hook.AgentHooks;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookMatch;
import io.kiro4j.core.hook.HookSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which hooks fire for an event of the turn: a CLI agent's {@code hooks} ({@link AgentHooks}), the
 * IDE's hook files ({@link HookSet}), both, or none.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface HookSource {

  /** The hooks that fire for {@code event}, in declaration order. */
  List<HookMatch> match(HookEvent event);

  /** No hooks. */
  static HookSource none() {
    return event -> List.of();
  }

  /** A CLI agent's hooks (userPromptSubmit, preToolUse, postToolUse, stop; docs L9413–9624). */
  static HookSource of(AgentHooks hooks) {
    Objects.requireNonNull(hooks, "hooks");
    return hooks::match;
  }

  /** The IDE's hook files (promptSubmit, preToolUse, postToolUse, agentStop; docs L533–567). */
  static HookSource of(HookSet hooks) {
    Objects.requireNonNull(hooks, "hooks");
    return hooks::match;
  }

  /** This source's hooks, then {@code other}'s. */
  default HookSource and(HookSource other) {
    Objects.requireNonNull(other, "other");
    return event -> {
      List<HookMatch> a = match(event);
      List<HookMatch> b = other.match(event);
      if (a.isEmpty()) {
        return b;
      }
      if (b.isEmpty()) {
        return a;
      }
      List<HookMatch> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    };
  }
}
