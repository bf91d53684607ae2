package io.kiro4j.core.hook;

import java.time.Duration;
import java.util.Objects;

/**
 * What an IDE hook does when it fires (docs L533–567): send a prompt to the agent, or run a shell
 * command.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface HookAction permits HookAction.AskAgent, HookAction.RunCommand {

  /** The {@code then.type} JSON name. */
  String jsonName();

  /**
   * "Agent Prompt" ({@code askAgent}): the prompt is sent to the agent; for promptSubmit it is
   * appended to the user prompt (L547).
   *
   * @param prompt the prompt
   */
  record AskAgent(String prompt) implements HookAction {
    public AskAgent {
      Objects.requireNonNull(prompt, "prompt");
    }

    @Override
    public String jsonName() {
      return "askAgent";
    }
  }

  /**
   * "Shell Command" ({@code runCommand}): exit 0 adds stdout to the agent's context, any other exit
   * sends stderr and, for preToolUse and promptSubmit, blocks (L553–557).
   *
   * @param command the shell command
   * @param timeout {@code then.timeout}, default 60 s; {@link Duration#ZERO} means no timeout
   */
  record RunCommand(String command, Duration timeout) implements HookAction {
    /** The documented default timeout (L557). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public RunCommand {
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative");
      }
    }

    @Override
    public String jsonName() {
      return "runCommand";
    }
  }
}
