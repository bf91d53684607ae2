package io.kiro4j.core.lint;

import java.util.Optional;

/**
 * Which rule set SKILL.md files are linted with ({@code skills:} in {@code .kiro4j.yaml}): Kiro's
 * reading, or the Agent Skills reference validator's ({@code skills-ref}). kiro-skills maps it to
 * its own validation profile; core only carries the choice.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum SkillsProfile {
  /** What Kiro reads (the default): lenient YAML, other tools' fields noted as info. */
  KIRO("kiro"),
  /** The Agent Skills reference validator's rules, strict YAML. */
  SKILLS_REF("skills-ref");

  private final String label;

  SkillsProfile(String label) {
    this.label = label;
  }

  /** The name written in {@code .kiro4j.yaml}. */
  public String label() {
    return label;
  }

  /** The profile written as {@code text}, if it is one. */
  public static Optional<SkillsProfile> parse(String text) {
    for (SkillsProfile p : values()) {
      if (p.label.equals(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
