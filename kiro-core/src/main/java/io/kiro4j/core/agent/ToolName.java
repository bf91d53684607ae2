package io.kiro4j.core.agent;

import java.util.Objects;
import java.util.Optional;

/**
 * A tool reference as configs write it in {@code tools}, {@code allowedTools}, {@code toolAliases},
 * {@code toolsSettings} and hook matchers (docs L6036-6067, L6101-6176), parsed once.
 *
 * <ul>
 *   <li>{@code *}: every tool ({@link Kind#ALL});
 *   <li>{@code @builtin}: every built-in tool ({@link Kind#ALL_BUILTIN});
 *   <li>{@code read}, {@code fs_read}, {@code @builtin/read}: one built-in tool ({@link
 *       Kind#BUILTIN}), or a name that is none ({@link Kind#UNKNOWN});
 *   <li>{@code @git}: every tool of MCP server {@code git} ({@link Kind#SERVER});
 *   <li>{@code @git/git_status}: one MCP tool ({@link Kind#MCP_TOOL}); split at the first {@code /}
 *       (upstream's {@code MCP_SERVER_TOOL_DELIMITER}).
 * </ul>
 *
 * <pre>{@code
 * ToolName.parse("@git/git_status").server();      // Optional[git]
 * ToolName.parse("execute_bash").builtin();         // Optional[SHELL]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the reference as written
 * @param kind what it refers to
 * @param server the MCP server name for {@link Kind#SERVER} and {@link Kind#MCP_TOOL}, else empty
 * @param tool the tool name for {@link Kind#MCP_TOOL}, the canonical built-in name for {@link
 *     Kind#BUILTIN}, the name as written for {@link Kind#UNKNOWN}, else empty
 */
public record ToolName(String text, Kind kind, Optional<String> server, Optional<String> tool) {

  /** What a tool reference refers to. */
  public enum Kind {
    /** {@code *}. */
    ALL,
    /** {@code @builtin}. */
    ALL_BUILTIN,
    /** One built-in tool, by canonical name, alias or {@code @builtin/name}. */
    BUILTIN,
    /** {@code @server}: all tools of one MCP server. */
    SERVER,
    /** {@code @server/tool}: one MCP tool. */
    MCP_TOOL,
    /** A bare name that is not a built-in tool. */
    UNKNOWN
  }

  /** The prefix of built-in tool references ({@code @builtin}, {@code @builtin/read}). */
  public static final String BUILTIN_NAMESPACE = "@builtin";

  public ToolName {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(tool, "tool");
  }

  /** Parses a reference; never fails (an unknown bare name is {@link Kind#UNKNOWN}). */
  public static ToolName parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals("*")) {
      return new ToolName(text, Kind.ALL, Optional.empty(), Optional.empty());
    }
    if (text.equals(BUILTIN_NAMESPACE)) {
      return new ToolName(text, Kind.ALL_BUILTIN, Optional.empty(), Optional.empty());
    }
    if (text.startsWith(BUILTIN_NAMESPACE + "/")) {
      return bare(text, text.substring(BUILTIN_NAMESPACE.length() + 1));
    }
    if (text.startsWith("@")) {
      int slash = text.indexOf('/');
      if (slash < 0) {
        return new ToolName(text, Kind.SERVER, Optional.of(text.substring(1)), Optional.empty());
      }
      return new ToolName(
          text,
          Kind.MCP_TOOL,
          Optional.of(text.substring(1, slash)),
          Optional.of(text.substring(slash + 1)));
    }
    return bare(text, text);
  }

  private static ToolName bare(String text, String name) {
    Optional<BuiltinTool> b = BuiltinTool.byName(name);
    return b.isPresent()
        ? new ToolName(text, Kind.BUILTIN, Optional.empty(), Optional.of(b.get().canonicalName()))
        : new ToolName(text, Kind.UNKNOWN, Optional.empty(), Optional.of(name));
  }

  /** {@code @server/tool}: how configs, permissions and hooks refer to an MCP tool. */
  public static String qualified(String server, String tool) {
    return "@" + Objects.requireNonNull(server, "server") + "/" + Objects.requireNonNull(tool);
  }

  /** The built-in tool this names, for {@link Kind#BUILTIN}. */
  public Optional<BuiltinTool> builtin() {
    return kind == Kind.BUILTIN && tool.isPresent()
        ? BuiltinTool.byName(tool.get())
        : Optional.empty();
  }

  /**
   * The canonical form: the canonical built-in name ({@code fs_read} and {@code @builtin/read}
   * become {@code read}); every other reference as written.
   */
  public String canonical() {
    return kind == Kind.BUILTIN ? tool.orElseThrow() : text;
  }

  /** True for references to MCP tools or servers (upstream's {@code is_mcp_tool_ref}). */
  public boolean isMcp() {
    return kind == Kind.SERVER || kind == Kind.MCP_TOOL;
  }

  /** The reference as written. */
  @Override
  public String toString() {
    return text;
  }
}
