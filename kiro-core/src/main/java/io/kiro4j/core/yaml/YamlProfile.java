package io.kiro4j.core.yaml;

import io.kiro4j.core.internal.yaml.YamlLimits;

/**
 * Which YAML a file kind accepts.
 *
 * <p>Kiro files in the wild need more than the Agent Skills reference allows: POWER.md front matter
 * writes {@code keywords: ["a", "b"]} and steering files write {@code fileMatchPattern: ['**}{@code
 * /*.py']}, both flow style. So strictness is chosen per file kind.
 *
 * <p>Immutable and thread-safe.
 */
public enum YamlProfile {
  /**
   * Ordinary YAML 1.2 as Kiro files use it: flow collections, quoted and block scalars, anchors and
   * aliases within the {@link YamlLimits}. Plain scalars are typed by the YAML 1.2 core schema
   * ({@code true} is a boolean, {@code 42} an integer), quoted ones are strings. Explicit tags
   * other than {@code !!str}, {@code !!map}, {@code !!seq} and the non-specific {@code !} are
   * reported ({@code YAML-010}) and ignored.
   */
  LENIENT,

  /**
   * The Agent Skills reference profile ({@code skills-ref}, which uses strictyaml): every scalar is
   * a string ({@code 1.0} stays {@code "1.0"}, {@code true} stays {@code "true"}), and flow style,
   * anchors and aliases, and explicit tags are each reported as an error. Duplicate keys are an
   * error in both profiles.
   */
  STRICT
}
