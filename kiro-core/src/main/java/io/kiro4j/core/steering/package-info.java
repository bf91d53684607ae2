/**
 * Steering: the Markdown files that give Kiro persistent knowledge of a workspace, their inclusion
 * modes, {@code AGENTS.md}, and {@code #[[file:...]]} references. Start at {@link
 * io.kiro4j.core.steering.SteeringSet}.
 */
package io.kiro4j.core.steering;
