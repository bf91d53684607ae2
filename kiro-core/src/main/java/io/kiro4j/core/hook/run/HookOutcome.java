package io.kiro4j.core.hook.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What running the hooks of one event comes to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decision allowed, or blocked and by which hook
 * @param context text to add to the agent's context, in declaration order
 * @param prompts askAgent prompts to send (for promptSubmit: to append to the user prompt, L547)
 * @param warnings messages for the user (failed hooks that did not block)
 * @param results one per command hook, in declaration order
 */
public record HookOutcome(
    HookDecision decision,
    List<String> context,
    List<String> prompts,
    List<String> warnings,
    List<HookResult> results) {

  public HookOutcome {
    Objects.requireNonNull(decision, "decision");
    context = List.copyOf(context);
    prompts = List.copyOf(prompts);
    warnings = List.copyOf(warnings);
    results = List.copyOf(results);
  }

  /** True when a hook blocked. */
  public boolean blocked() {
    return decision.blocked();
  }

  /** The blocking hook's name. */
  public Optional<String> blockedBy() {
    return decision instanceof HookDecision.Blocked
        ? Optional.of(((HookDecision.Blocked) decision).hook())
        : Optional.empty();
  }
}
