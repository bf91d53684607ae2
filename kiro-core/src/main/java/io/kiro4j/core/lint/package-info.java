/**
 * Linting a whole workspace: {@link io.kiro4j.core.lint.Linter} collects every diagnostic (core's
 * files plus {@link io.kiro4j.core.lint.LintContributor} services from kiro-skills and kiro-specs),
 * applies each root's {@code .kiro4j.yaml} ({@link io.kiro4j.core.lint.LintConfig}) and the inline
 * {@code kiro4j-disable} comments of Markdown files, and writes the {@link
 * io.kiro4j.core.lint.LintReport} as SARIF 2.1.0 ({@link io.kiro4j.core.lint.SarifLog}) or GitHub
 * workflow commands ({@link io.kiro4j.core.lint.GithubAnnotations}). {@link
 * io.kiro4j.core.lint.RuleDocs} reads every rule's documentation from the copy of {@code
 * docs/diagnostics.md} this module ships.
 *
 * @since 0.2
 */
package io.kiro4j.core.lint;
