/**
 * Traceability across a spec's documents: {@link io.kiro4j.specs.trace.Traceability} and its {@link
 * io.kiro4j.specs.trace.TraceReport} (coverage of acceptance criteria by tasks, properties that
 * validate them, unresolved references). Parameters and results are never null.
 */
package io.kiro4j.specs.trace;
