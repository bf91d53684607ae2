package io.kiro4j.core.agent;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entry of an agent's {@code hooks} (docs L6304-6355; fields beyond {@code command} and {@code
 * matcher} from the hooks page L9600-9625). Only the model: running hooks belongs to the hooks
 * engine.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trigger when it runs
 * @param command the shell command (required)
 * @param matcher the tool-name pattern for preToolUse/postToolUse; empty means every tool
 * @param timeoutMs {@code timeout_ms}, if given
 * @param cacheTtlSeconds {@code cache_ttl_seconds}, if given
 * @param maxOutputSize {@code max_output_size}, if given
 */
public record AgentHook(
    HookTrigger trigger,
    String command,
    Optional<String> matcher,
    OptionalLong timeoutMs,
    OptionalLong cacheTtlSeconds,
    OptionalLong maxOutputSize) {

  public AgentHook {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(timeoutMs, "timeoutMs");
    Objects.requireNonNull(cacheTtlSeconds, "cacheTtlSeconds");
    Objects.requireNonNull(maxOutputSize, "maxOutputSize");
  }

  /** The matcher parsed as a tool reference ({@code execute_bash}, {@code @git/status}, ...). */
  public Optional<ToolName> matcherTool() {
    return matcher.map(ToolName::parse);
  }
}
