package io.kiro4j.core.property;

/** What one try gave: the value, the choices that made it, and the error if the property failed. */
final class Outcome<T> {

  private final T value;
  private final long[] choices;
  private final Throwable error;
  private final boolean rejected;

  private Outcome(T value, long[] choices, Throwable error, boolean rejected) {
    this.value = value;
    this.choices = choices;
    this.error = error;
    this.rejected = rejected;
  }

  /** Generates a value from {@code source} and runs {@code body} on it. */
  static <T> Outcome<T> of(Gen<T> gen, Source source, Property.Body<T> body) {
    T value;
    try {
      value = gen.generate(source);
    } catch (Rejected | Source.Overrun e) {
      return new Outcome<>(null, source.choices(), null, true);
    }
    try {
      body.accept(value);
      return new Outcome<>(value, source.choices(), null, false);
    } catch (Rejected e) {
      return new Outcome<>(value, source.choices(), null, true);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      if (e.getClass().getName().equals("org.opentest4j.TestAbortedException")) {
        return new Outcome<>(value, source.choices(), null, true); // a JUnit assumption
      }
      return new Outcome<>(value, source.choices(), e, false);
    }
  }

  T value() {
    return value;
  }

  long[] choices() {
    return choices;
  }

  Throwable error() {
    return error;
  }

  boolean rejected() {
    return rejected;
  }

  boolean failed() {
    return error != null;
  }
}
