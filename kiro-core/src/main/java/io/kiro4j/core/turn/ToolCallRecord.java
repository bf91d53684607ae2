package io.kiro4j.core.turn;

import io.kiro4j.core.hook.run.HookOutcome;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.tool.ModelTool;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that happened to one tool call, in order.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param index the call's position in the turn, from 0
 * @param call the call as the model made it
 * @param tool the offered tool the name resolved to, if any
 * @param permission what the permission rules decided, if they were asked
 * @param approval the user's answer, when the rules asked
 * @param preToolUse the preToolUse hooks' outcome, when any matched
 * @param postToolUse the postToolUse hooks' outcome, when any matched
 * @param outcome how the call ended
 * @param result what goes back to the model
 * @param steps the call's steps, in order
 * @since 0.2
 */
public record ToolCallRecord(
    int index,
    ToolCall call,
    Optional<ModelTool> tool,
    Optional<PermissionDecision> permission,
    Optional<Approval> approval,
    Optional<HookOutcome> preToolUse,
    Optional<HookOutcome> postToolUse,
    CallOutcome outcome,
    ToolResult result,
    List<TurnStep> steps) {

  public ToolCallRecord {
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(permission, "permission");
    Objects.requireNonNull(approval, "approval");
    Objects.requireNonNull(preToolUse, "preToolUse");
    Objects.requireNonNull(postToolUse, "postToolUse");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(result, "result");
    steps = List.copyOf(steps);
  }

  /** True when the tool ran. */
  public boolean executed() {
    return outcome == CallOutcome.EXECUTED;
  }
}
