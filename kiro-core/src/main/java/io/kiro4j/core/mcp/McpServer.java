package io.kiro4j.core.mcp;

import io.kiro4j.core.internal.mcp.McpEntryCheck;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One effective MCP server: its entry after layers are merged and {@code ${VAR}} substituted, and
 * where it came from.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param name the server name ({@code @name/tool} refers to its tools)
 * @param config the entry with variables substituted
 * @param layer agent, workspace or global
 * @param origin the file that defines it (the agent file, an {@code mcp.json}), or an installed
 *     power's folder for a {@code power-<power>-<server>} entry of the user file
 * @param file the file the entry is written in (the agent file or an {@code mcp.json}; differs from
 *     {@code origin} only for an installed power's entry), its JSON pointer being {@link
 *     #pointer()}
 * @param root the workspace root index of {@code origin} (a workspace {@code mcp.json} or a
 *     workspace agent), else empty
 * @param line 1-based line of the entry's key in {@code origin} (1 for a power folder)
 * @param column 1-based column of the entry's key
 */
public record McpServer(
    String name,
    McpServerConfig config,
    McpLayer layer,
    Path origin,
    Path file,
    OptionalInt root,
    int line,
    int column) {

  public McpServer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(root, "root");
  }

  /**
   * The JSON pointer of the entry in {@link #file()}: {@code /mcpServers/<name>} ({@code ~} and
   * {@code /} in the name escaped as RFC 6901 says).
   */
  public String pointer() {
    return "/mcpServers/" + McpEntryCheck.escape(name);
  }

  /** stdio for a command, http for a url; stdio when the entry has neither (it is reported). */
  public McpTransport transport() {
    return config
        .transport()
        .orElse(config.url().isPresent() ? McpTransport.HTTP : McpTransport.STDIO);
  }

  /** Whether the server is off (a higher layer's {@code disabled: true} turns it off). */
  public boolean disabled() {
    return config.disabled();
  }
}
