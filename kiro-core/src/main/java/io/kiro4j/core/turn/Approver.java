package io.kiro4j.core.turn;

import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.tool.ModelTool;
import tools.jackson.databind.JsonNode;

/**
 * Asks the user about a call the permission rules do not allow outright ({@link
 * PermissionDecision.Ask}): the host's prompt, dialog or policy.
 *
 * <p>Called on the thread that runs the turn; it may block while the user answers.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface Approver {

  /**
   * The user's answer.
   *
   * @param tool the tool
   * @param input the input the model gave
   * @param ask the decision, with its reasons
   * @return approve or reject, with why
   */
  Approval approve(ModelTool tool, JsonNode input, PermissionDecision.Ask ask);

  /** Rejects every call that asks: the safe default when nobody can answer. */
  static Approver rejectAll() {
    return (tool, input, ask) -> Approval.reject("no one to ask: asking calls are rejected");
  }

  /**
   * Approves every call that asks (the CLI's {@code --trust-all-tools}; not for untrusted input).
   */
  static Approver approveAll() {
    return (tool, input, ask) -> Approval.approve("every asking call is approved");
  }
}
