package io.kiro4j.skills.validation;

/**
 * Which rules a skill is judged by.
 *
 * <p>Immutable and thread-safe.
 */
public enum ValidationProfile {
  /**
   * The Agent Skills reference validator ({@code skills-ref} @69ef37e on CPython 3.11): the same
   * checks in the same order with the same messages. The default of {@code kiro4j skills validate}.
   */
  SKILLS_REF,
  /**
   * {@link #SKILLS_REF} plus Kiro's own rules as extra errors (docs L1347: the name uses only
   * lowercase ASCII letters, digits and hyphens). Used by {@code kiro4j lint} and {@code inspect}.
   */
  KIRO
}
