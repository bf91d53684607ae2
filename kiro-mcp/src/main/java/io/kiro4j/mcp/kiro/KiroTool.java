package io.kiro4j.mcp.kiro;

import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.ReasonCode;
import io.kiro4j.mcp.client.Tool;

/**
 * An MCP tool as a Kiro agent sees it. Without Jackson: the tool's schema is {@code
 * tool().inputSchemaMap()}, the whole tool {@code tool().json()}.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param server the server name
 * @param tool the tool as the server listed it
 * @param qualifiedName {@code @server/tool}, the name permission rules use
 * @param modelName the name offered to the model (unique, at most 64 characters)
 * @param permission what calling it needs, decided by kiro-core's permission rules ({@link
 *     io.kiro4j.core.permission.PermissionEngine} for an agent, else the server's {@code
 *     autoApprove} and {@code disabledTools}): deny for a tool in {@code disabledTools}
 */
public record KiroTool(
    String server,
    Tool tool,
    String qualifiedName,
    String modelName,
    PermissionDecision permission) {

  /**
   * The permission as {@code kiro4j mcp tools} reports it: {@code disabled} when the decision is a
   * deny because the tool is in its server's {@code disabledTools} (reason {@link
   * ReasonCode#DISABLED_TOOL}), else the decision's label ({@code allow}, {@code ask}, {@code
   * deny}).
   *
   * @return {@code allow}, {@code ask}, {@code deny} or {@code disabled}
   */
  public String permissionLabel() {
    if (permission instanceof PermissionDecision.Deny) {
      for (var reason : permission.reasons()) {
        if (reason.kind() == ReasonCode.DISABLED_TOOL) {
          return "disabled";
        }
      }
    }
    return permission.label();
  }
}
