package io.kiro4j.core.property;

/**
 * A try that does not count: a filter found no value, or the property {@linkplain Property#assume
 * assumed} something that does not hold. Too many of them fail the property.
 */
public final class Rejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Rejected(String reason) {
    super(reason, null, false, false);
  }
}
