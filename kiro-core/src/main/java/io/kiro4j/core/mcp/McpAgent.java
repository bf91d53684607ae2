package io.kiro4j.core.mcp;

import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.workspace.Scope;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link McpConfig} needs to know of an agent: its identity, whether it takes the {@code
 * mcp.json} servers, its own {@code mcpServers} and where they are in its file.
 *
 * <p>{@link io.kiro4j.core.agent.Agent} implements it, so {@code McpConfig.of(workspace, agent)}
 * takes a loaded agent; the interface lives here so that the {@code mcp} package does not depend on
 * the {@code agent} package (which depends on this one).
 */
public interface McpAgent {

  /** The agent's name. */
  String name();

  /** Workspace, global or built-in. */
  Scope scope();

  /** The agent file; empty for the built-in default agent (whose servers are not read). */
  Optional<Path> path();

  /**
   * Whether the {@code mcp.json} servers are in this agent's configuration (see {@link
   * McpConfig#includesFiles}).
   */
  boolean includesMcpFiles();

  /** The agent's own {@code mcpServers}, in file order. */
  Map<String, McpServerConfig> mcpServers();

  /** Where the value a JSON pointer names starts in the agent file. */
  JsonPosition position(String pointer);
}
