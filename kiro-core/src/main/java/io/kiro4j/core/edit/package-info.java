/**
 * Typed, lossless edits of Kiro configuration, as kiro-cli makes them: MCP servers ({@link
 * io.kiro4j.core.edit.McpServersEditor}), custom agents ({@link io.kiro4j.core.edit.AgentEditor}),
 * CLI settings ({@link io.kiro4j.core.edit.CliSettings}) and IDE hook switches ({@link
 * io.kiro4j.core.edit.HookToggle}).
 *
 * <p>Every edit reads the file, decides from what is there, changes only the members it must
 * ({@link io.kiro4j.core.json.edit.JsonText}), checks the result as lint would, and writes it
 * atomically, refusing when the file changed meanwhile. The outcome is an {@link
 * io.kiro4j.core.edit.EditOutcome}; a refusal ({@link io.kiro4j.core.edit.ConfigEditCode} and the
 * checkers' codes) leaves the file untouched.
 *
 * @since 0.2
 */
package io.kiro4j.core.edit;
