package io.kiro4j.core.turn;

/**
 * Observes a turn step by step (logging, a UI, a trace). Called on the thread that runs the turn,
 * in step order; an exception it throws is logged and ignored.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface TurnListener {

  /** One step happened. */
  void onStep(TurnStep step);

  /** Ignores every step. */
  static TurnListener none() {
    return step -> {};
  }
}
