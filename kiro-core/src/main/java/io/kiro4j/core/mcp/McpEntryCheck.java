package io.kiro4j.core.mcp;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.json.JsonPosition;
import java.nio.file.Path;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The checks of one {@code mcpServers} entry that do not depend on other layers, shared by {@code
 * mcp.json} files and agent configs: unknown keys ({@code MCP-003}), both {@code command} and
 * {@code url} ({@code MCP-001}), an insecure {@code url} ({@code MCP-004}), {@code env} on a remote
 * server ({@code MCP-007}). Types are checked by the JSON schemas.
 */
public final class McpEntryCheck {

  private McpEntryCheck() {}

  /**
   * Checks {@code entry} (the JSON object of server {@code name}) and adds diagnostics.
   *
   * @param file the file the entry is in
   * @param pointer the JSON pointer of the entry ({@code /mcpServers/git})
   * @param keyPosition where the key at a pointer starts
   * @param valuePosition where the value at a pointer starts
   */
  public static void check(
      JsonNode entry,
      Path file,
      String pointer,
      Function<String, JsonPosition> keyPosition,
      Function<String, JsonPosition> valuePosition,
      Diagnostics diagnostics) {
    if (entry == null || !entry.isObject()) {
      return;
    }
    entry
        .properties()
        .forEach(
            e -> {
              if (!McpServerConfig.KNOWN_KEYS.contains(e.getKey())) {
                JsonPosition at = keyPosition.apply(pointer + "/" + escape(e.getKey()));
                diagnostics.add(
                    Diagnostic.of(
                        McpCode.UNKNOWN_KEY,
                        file,
                        at.line(),
                        at.column(),
                        "unknown key '" + e.getKey() + "' in MCP server entry; ignored"));
              }
            });
    boolean hasCommand = entry.has("command");
    boolean hasUrl = entry.has("url");
    if (hasCommand && hasUrl) {
      JsonPosition at = keyPosition.apply(pointer);
      diagnostics.add(
          Diagnostic.of(
              McpCode.BOTH_COMMAND_AND_URL,
              file,
              at.line(),
              at.column(),
              "server entry has both 'command' and 'url'; write one of them"));
    }
    JsonNode url = entry.get("url");
    if (url != null && url.isString() && !McpServerConfig.isAllowedRemoteUrl(url.stringValue())) {
      JsonPosition at = valuePosition.apply(pointer + "/url");
      diagnostics.add(
          Diagnostic.of(
              McpCode.INSECURE_URL,
              file,
              at.line(),
              at.column(),
              "remote server url must be https (http only for localhost, 127.0.0.1, [::1])"));
    }
    if (hasUrl && !hasCommand && entry.has("env")) {
      JsonPosition at = keyPosition.apply(pointer + "/env");
      diagnostics.add(
          Diagnostic.of(
              McpCode.REMOTE_ENV,
              file,
              at.line(),
              at.column(),
              "a remote server has no process; its 'env' is ignored"));
    }
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
