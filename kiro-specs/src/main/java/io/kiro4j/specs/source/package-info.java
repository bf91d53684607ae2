/**
 * Positions in spec documents: {@link io.kiro4j.specs.source.SourceLines} splits a document into
 * lines without losing a character, and every element keeps its {@link
 * io.kiro4j.specs.source.SourceSpan}. Parameters and results are never null.
 */
package io.kiro4j.specs.source;
