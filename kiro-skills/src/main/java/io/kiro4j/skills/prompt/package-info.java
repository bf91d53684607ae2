/** The {@code <available_skills>} prompt block, reference and compact forms. Never null. */
package io.kiro4j.skills.prompt;
