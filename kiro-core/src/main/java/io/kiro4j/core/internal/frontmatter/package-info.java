/**
 * Not API (exported only to kiro4j's own modules where needed).
 *
 * <p>Front matter: {@link io.kiro4j.core.internal.frontmatter.FrontMatter#split} cuts a Markdown
 * file into its {@code ---} fenced YAML block and body without losing a character; {@link
 * io.kiro4j.core.internal.frontmatter.FrontMatter#parse} also parses the block into a positioned
 * {@link io.kiro4j.core.yaml.YamlMapping} and reports problems as diagnostics.
 *
 * <p>No method accepts or returns {@code null}.
 */
package io.kiro4j.core.internal.frontmatter;
