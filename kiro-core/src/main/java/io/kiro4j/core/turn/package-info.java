/**
 * One agent turn around the host's model: prompt hooks, then for each tool call the model makes
 * name resolution, permission, preToolUse hooks, execution and postToolUse hooks, then stop hooks,
 * every step recorded with its reason ({@link io.kiro4j.core.turn.AgentTurn}).
 */
package io.kiro4j.core.turn;
