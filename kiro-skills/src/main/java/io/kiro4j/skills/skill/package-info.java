/**
 * The {@code SKILL.md} file: finding it, reading its front matter (strict YAML, streamed up to the
 * closing fence) and its properties as the reference reads them. Never null.
 */
package io.kiro4j.skills.skill;
