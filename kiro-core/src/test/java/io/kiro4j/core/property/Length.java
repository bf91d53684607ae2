package io.kiro4j.core.property;

/**
 * How many elements a list or string gets: one "more?" choice before each element past the minimum,
 * so that deleting an element's choices from the record deletes the element (the shrinker needs no
 * list-specific code). Most values are short; one in eight is drawn long, up to the maximum.
 */
final class Length {

  private final int min;
  private final int max;
  private int stopOneIn;

  Length(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad size range [" + min + ", " + max + "]");
    }
    this.min = min;
    this.max = max;
  }

  /** Whether element {@code index} (0-based) exists. */
  boolean more(Source s, int index) {
    if (index >= max) {
      return false;
    }
    if (stopOneIn == 0) {
      int span = max - min;
      boolean longOne = span > 8 && s.draw(8) == 7;
      // The expected count past the minimum is about stopOneIn - 1.
      stopOneIn = Math.max(2, (longOne ? span : Math.min(span / 2, 12)) + 1);
    }
    return index < min || s.draw(stopOneIn) != 0;
  }
}
