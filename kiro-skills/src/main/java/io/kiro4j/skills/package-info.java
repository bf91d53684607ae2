/**
 * Agent Skills ({@code SKILL.md}) and Kiro powers ({@code POWER.md}); start at {@link
 * io.kiro4j.skills.Skills}. Parameters and results are never null.
 */
package io.kiro4j.skills;
