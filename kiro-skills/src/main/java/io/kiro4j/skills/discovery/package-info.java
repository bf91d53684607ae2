/**
 * Skill discovery in a Kiro workspace (global and workspace skills, overrides, {@code skill://}
 * resources) with progressive loading. Never null.
 */
package io.kiro4j.skills.discovery;
