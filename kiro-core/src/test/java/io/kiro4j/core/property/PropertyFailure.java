package io.kiro4j.core.property;

import java.util.List;

/** A property that does not hold, with its smallest counterexample, seed and replay command. */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  PropertyFailure(String message, Throwable cause) {
    super(message, cause);
  }

  static <T> PropertyFailure of(
      Caller caller,
      int attempt,
      int tries,
      long seed,
      int arity,
      Outcome<T> first,
      Outcome<T> smallest,
      int steps) {
    String message =
        "Property "
            + caller.name()
            + " failed on try "
            + attempt
            + " of "
            + tries
            + " (seed "
            + seed
            + ")\nCounterexample (shrunk in "
            + steps
            + " steps):\n"
            + arguments(smallest.value(), arity)
            + "Failure: "
            + Show.firstLines(smallest.error())
            + "\nFirst failing value:\n"
            + arguments(first.value(), arity)
            + "Replay: "
            + caller.replay(seed);
    return new PropertyFailure(message, smallest.error());
  }

  private static String arguments(Object value, int arity) {
    StringBuilder sb = new StringBuilder();
    if (arity == 1) {
      sb.append("  ").append(Show.value(value)).append('\n');
    } else {
      List<?> values = (List<?>) value;
      for (int i = 0; i < values.size(); i++) {
        sb.append("  #").append(i + 1).append(": ").append(Show.value(values.get(i))).append('\n');
      }
    }
    return sb.toString();
  }
}
