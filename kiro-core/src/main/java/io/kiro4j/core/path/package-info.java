/**
 * Paths: {@code ~}, {@code $VAR} and {@code ${VAR}} expansion, resolution against a base, lexical
 * normalisation and real-path canonicalisation, applied the same way to patterns and targets.
 */
package io.kiro4j.core.path;
