/**
 * Diagnostics: the one shape every kiro4j loader uses to report problems in user files.
 *
 * <p>A {@link io.kiro4j.core.diagnostic.Diagnostic} has a severity, a stable code (listed in {@code
 * docs/diagnostics.md}), a one-line message, a file and a 1-based line and column.
 */
package io.kiro4j.core.diagnostic;
