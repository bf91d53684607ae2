/**
 * Certain, lossless fixes of diagnostics: a {@link io.kiro4j.core.lint.fix.Fix} is a code plus
 * {@link io.kiro4j.core.lint.fix.TextEdit text edits} (or a move of the file), offered by a {@link
 * io.kiro4j.core.lint.fix.FixProvider} per code (ServiceLoader; see {@link
 * io.kiro4j.core.lint.fix.Fixes}). An editor offers them as quick fixes; {@link
 * io.kiro4j.core.lint.fix.FixWriter} writes a batch through {@code io.kiro4j.core.write} or
 * previews it as a {@link io.kiro4j.core.lint.fix.UnifiedDiff}.
 *
 * @since 0.2
 */
package io.kiro4j.core.lint.fix;
