/**
 * Globs: one engine for the three pattern languages of Kiro files, steering and hook file patterns
 * ({@link io.kiro4j.core.glob.GlobDialect#WORKSPACE_FILE}), tool names ({@link
 * io.kiro4j.core.glob.GlobDialect#TOOL_NAME}) and gitignore lines ({@link
 * io.kiro4j.core.glob.GlobDialect#GITIGNORE}).
 *
 * <p>Start at {@link io.kiro4j.core.glob.Glob#compile(String, GlobDialect)}; use {@link
 * io.kiro4j.core.glob.GlobSet} for lists of patterns. Malformed patterns throw {@link
 * io.kiro4j.core.glob.GlobSyntaxException}, which loaders turn into a {@link
 * io.kiro4j.core.glob.GlobCode#INVALID_PATTERN} diagnostic. Parameters are never null and nothing
 * returns null.
 */
package io.kiro4j.core.glob;
