/**
 * requirements.md and bugfix.md: {@link io.kiro4j.specs.requirements.RequirementsDocument}, {@link
 * io.kiro4j.specs.requirements.BugfixDocument}, EARS readings of acceptance criteria ({@link
 * io.kiro4j.specs.requirements.EarsStatement}) and requirement reference lists. Parameters and
 * results are never null.
 */
package io.kiro4j.specs.requirements;
