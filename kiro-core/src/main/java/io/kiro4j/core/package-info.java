/**
 * kiro4j core: start at {@link io.kiro4j.core.Kiro}.
 *
 * <p>One package per concept: {@code diagnostic}, {@code file}, {@code frontmatter}, {@code yaml},
 * {@code json}, {@code glob}, {@code ignore}, {@code path}, {@code variable}, {@code process},
 * {@code workspace}, {@code steering}, {@code hook}, {@code agent}, {@code mcp}, {@code resource},
 * {@code shell}, {@code permission}, {@code text}.
 */
package io.kiro4j.core;
