/**
 * Skill validation with the reference validator's verdicts and messages, and Kiro's extra rules.
 * Never null.
 */
package io.kiro4j.skills.validation;
