/**
 * design.md: {@link io.kiro4j.specs.design.DesignDocument} with its sections and correctness
 * properties. Parameters and results are never null.
 */
package io.kiro4j.specs.design;
