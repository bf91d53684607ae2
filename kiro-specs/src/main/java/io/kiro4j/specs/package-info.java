/**
 * Kiro specs: start at {@link io.kiro4j.specs.Specs}. A {@link io.kiro4j.specs.SpecSet} holds a
 * workspace's specs, each a {@link io.kiro4j.specs.Spec} with its documents (packages {@code
 * requirements}, {@code design}, {@code tasks}) and its traceability ({@code trace}). Parameters
 * and results are never null.
 */
package io.kiro4j.specs;
