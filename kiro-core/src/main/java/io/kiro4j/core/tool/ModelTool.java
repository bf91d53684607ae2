package io.kiro4j.core.tool;

import io.kiro4j.core.agent.BuiltinTool;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A tool the model is offered: the name configs, permissions and hooks use, the name the model
 * sees, its description and input schema, and why it is offered.
 *
 * <p>Not thread-safe: the {@code JsonNode} it holds is a mutable Jackson tree; share an instance
 * between threads only while nobody modifies it ({@link ToolList} never does).
 *
 * @param name the canonical built-in name ({@code read}) or {@code @server/tool}
 * @param modelName the name offered to the model: the canonical name for a built-in tool; the
 *     {@code toolAliases} value or the sanitised {@code server___tool} for an MCP tool ({@link
 *     io.kiro4j.core.mcp.ModelToolNames})
 * @param builtin the built-in tool, for a built-in tool
 * @param server the MCP server, for an MCP tool
 * @param serverTool the tool's name on its server, for an MCP tool
 * @param description the description ({@code ""} when the server gave none)
 * @param inputSchema the JSON Schema of the input
 * @param reason why it is offered, with the rule and the docs line
 * @since 0.2
 */
public record ModelTool(
    String name,
    String modelName,
    Optional<BuiltinTool> builtin,
    Optional<String> server,
    Optional<String> serverTool,
    String description,
    JsonNode inputSchema,
    String reason) {

  public ModelTool {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(builtin, "builtin");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(serverTool, "serverTool");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(inputSchema, "inputSchema");
    Objects.requireNonNull(reason, "reason");
    if (builtin.isPresent() == server.isPresent() || server.isPresent() != serverTool.isPresent()) {
      throw new IllegalArgumentException("a tool is either built-in or of an MCP server: " + name);
    }
  }

  /** True for a tool of an MCP server. */
  public boolean isMcp() {
    return server.isPresent();
  }

  /** {@code builtin} or {@code @server}: where the tool comes from. */
  public String source() {
    return server.map(s -> "@" + s).orElse("builtin");
  }
}
