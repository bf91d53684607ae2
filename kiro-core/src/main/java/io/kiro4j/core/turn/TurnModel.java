package io.kiro4j.core.turn;

import java.util.List;

/**
 * The host's model, as {@link AgentTurn#run} drives it: given the turn so far, the tool calls it
 * makes next, or none to end the turn. Called on the thread that runs the turn, between calls.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface TurnModel {

  /**
   * The model's next tool calls.
   *
   * @param turn the turn so far: its prompt, the context the hooks added and every call's result
   *     ({@link Turn#prompt()}, {@link Turn#context()}, {@link Turn#calls()}); read it, do not call
   *     tools through it
   * @return the calls to make, in order; empty when the model has answered
   * @throws RuntimeException when the model fails: {@link AgentTurn#run} ends the turn (stop hooks
   *     do not run) and rethrows it
   */
  List<ToolCall> next(Turn turn);
}
