/**
 * Custom agent configurations (docs L5910-7006): discovery and precedence ({@link
 * io.kiro4j.core.agent.AgentSet}), the model ({@link io.kiro4j.core.agent.AgentConfig}), the
 * canonical tool names ({@link io.kiro4j.core.agent.BuiltinTool}, {@link
 * io.kiro4j.core.agent.ToolName}) and the resolved view ({@link
 * io.kiro4j.core.agent.ResolvedAgent}). The JSON Schema ships as {@code
 * io/kiro4j/core/agent/agent.schema.json}. No method accepts or returns null.
 */
package io.kiro4j.core.agent;
