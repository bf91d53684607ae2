package io.kiro4j.core.agent;

import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.workspace.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kiro CLI's built-in default agent: every tool ({@code "*"}, L3821 says {@code use_subagent} is in
 * it) and the servers of the {@code mcp.json} files (upstream's default has {@code
 * useLegacyMcpJson: true}).
 */
final class BuiltinAgent {

  private BuiltinAgent() {}

  static Agent create() {
    AgentConfig config =
        new AgentConfig(
            Optional.empty(),
            Optional.of(AgentSet.BUILTIN_DEFAULT_NAME),
            Optional.of("Default agent"),
            Optional.empty(),
            Map.of(),
            List.of("*"),
            Map.of(),
            List.of(),
            ToolsSettings.NONE,
            List.of(),
            Map.of(),
            Optional.of(true),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    return new Agent(
        AgentSet.BUILTIN_DEFAULT_NAME,
        Scope.BUILTIN,
        Optional.empty(),
        AgentFormat.BUILTIN,
        config,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        JsonDocument.NO_POSITIONS);
  }
}
