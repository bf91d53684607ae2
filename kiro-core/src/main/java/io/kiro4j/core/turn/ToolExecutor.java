package io.kiro4j.core.turn;

import io.kiro4j.core.tool.ModelTool;
import tools.jackson.databind.JsonNode;

/**
 * Runs a tool once the pipeline has allowed the call: the host's executor of built-in tools, or an
 * MCP client (kiro-mcp's {@code io.kiro4j.mcp.kiro.RunningServers}).
 *
 * <p>Called on the thread that runs the turn. An exception is not the turn's failure: the call is
 * recorded as failed and the model is told. An executor should bound its own time (MCP requests
 * have their server's timeout) and may stop early when the turn is cancelled.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface ToolExecutor {

  /**
   * Runs {@code tool} with {@code input}.
   *
   * @param tool the resolved tool
   * @param input the input the model gave
   * @param cancellation whether the turn is cancelled
   * @return the result for the model
   * @throws Exception when the tool could not be run
   */
  ToolResult execute(ModelTool tool, JsonNode input, Cancellation cancellation) throws Exception;

  /** An executor that runs nothing: every call fails with {@code why}. */
  static ToolExecutor unavailable(String why) {
    return (tool, input, cancellation) -> ToolResult.error(why);
  }
}
