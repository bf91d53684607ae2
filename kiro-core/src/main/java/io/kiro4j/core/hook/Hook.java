package io.kiro4j.core.hook;

/**
 * A hook that can fire for a {@link HookEvent}: an IDE hook file ({@link IdeHook}) or an entry of a
 * CLI agent's {@code hooks}.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface Hook permits IdeHook, AgentHookRef {

  /** A name unique enough to show and to report as {@code blockedBy}. */
  String name();

  /** {@code "ide"} or {@code "agent"}. */
  String source();
}
