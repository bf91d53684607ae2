package io.kiro4j.core.hook;

import java.util.Objects;

/**
 * A hook that fires for an event, and why.
 *
 * @param hook the hook
 * @param reason why it matched: {@code promptSubmit}, {@code toolTypes:write}, {@code
 *     patterns:src/**}{@code /*.ts -> src/a.ts}, ...
 *     <p>Immutable and thread-safe.
 */
public record HookMatch(Hook hook, String reason) {
  public HookMatch {
    Objects.requireNonNull(hook, "hook");
    Objects.requireNonNull(reason, "reason");
  }
}
