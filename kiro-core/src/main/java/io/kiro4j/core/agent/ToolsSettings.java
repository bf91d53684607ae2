package io.kiro4j.core.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An agent's {@code toolsSettings} (docs L3861-3879, L6178-6195, L13427-13484): free-form JSON per
 * key, with typed views for the built-in tools. A built-in tool's settings may be written under its
 * canonical name or an alias ({@code write} or {@code fs_write}); the typed views find either (the
 * first key in file order wins). MCP tools' settings ({@code @server/tool}) stay JSON.
 *
 * <p>The typed views read what is well-typed and skip the rest; the loader reports wrong types
 * ({@code AGENT-009}). Each view carries the JSON pointer of its object, for permission reasons.
 *
 * <pre>{@code
 * List<String> denied = agent.config().toolsSettings().shell()
 *     .map(ShellSettings::deniedCommands)
 *     .orElse(List.of());   // ["git push .*"]
 * }</pre>
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param entries every key as written, in file order, with its JSON value (defensively copied)
 */
public record ToolsSettings(Map<String, JsonNode> entries) {

  /** No settings. */
  public static final ToolsSettings NONE = new ToolsSettings(Map.of());

  public ToolsSettings {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      copy.put(Objects.requireNonNull(e.getKey()), e.getValue().deepCopy());
    }
    entries = Collections.unmodifiableMap(copy);
  }

  /** The settings object of a built-in tool, under its canonical name or any alias. */
  public Optional<Map.Entry<String, JsonNode>> builtin(BuiltinTool tool) {
    Map.Entry<String, JsonNode> e = settingsOf(tool);
    return e == null
        ? Optional.empty()
        : Optional.of(Map.entry(e.getKey(), e.getValue().deepCopy()));
  }

  /**
   * The settings object of {@code tool}, not copied (the typed readers below only read it); null
   * when there is none.
   */
  private Map.Entry<String, JsonNode> settingsOf(BuiltinTool tool) {
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      if (BuiltinTool.byName(e.getKey()).orElse(null) == tool && e.getValue().isObject()) {
        return e;
      }
    }
    return null;
  }

  /** The free-form settings of an MCP tool, keyed {@code @server/tool}. */
  public Optional<JsonNode> mcpTool(String server, String tool) {
    JsonNode n = entries.get(ToolName.qualified(server, tool));
    return n == null ? Optional.empty() : Optional.of(n.deepCopy());
  }

  /** {@code read} / {@code fs_read}: allowedPaths, deniedPaths. */
  public Optional<PathSettings> read() {
    return paths(BuiltinTool.READ);
  }

  /** {@code write} / {@code fs_write}: allowedPaths, deniedPaths. */
  public Optional<PathSettings> write() {
    return paths(BuiltinTool.WRITE);
  }

  /** {@code glob}: allowedPaths, deniedPaths, allowReadOnly. */
  public Optional<PathSettings> glob() {
    return paths(BuiltinTool.GLOB);
  }

  /** {@code grep}: allowedPaths, deniedPaths, allowReadOnly. */
  public Optional<PathSettings> grep() {
    return paths(BuiltinTool.GREP);
  }

  /** {@code shell} / {@code execute_bash}. */
  public Optional<ShellSettings> shell() {
    Map.Entry<String, JsonNode> e = settingsOf(BuiltinTool.SHELL);
    return e == null
        ? Optional.empty()
        : Optional.of(
            new ShellSettings(
                pointer(e.getKey()),
                strings(e.getValue(), "allowedCommands"),
                strings(e.getValue(), "deniedCommands"),
                bool(e.getValue(), "autoAllowReadonly"),
                bool(e.getValue(), "denyByDefault")));
  }

  /** {@code aws} / {@code use_aws}. */
  public Optional<AwsSettings> aws() {
    Map.Entry<String, JsonNode> e = settingsOf(BuiltinTool.AWS);
    return e == null
        ? Optional.empty()
        : Optional.of(
            new AwsSettings(
                pointer(e.getKey()),
                strings(e.getValue(), "allowedServices"),
                strings(e.getValue(), "deniedServices"),
                bool(e.getValue(), "autoAllowReadonly")));
  }

  /** {@code web_fetch}: trusted and blocked URL regexes. */
  public Optional<WebFetchSettings> webFetch() {
    Map.Entry<String, JsonNode> e = settingsOf(BuiltinTool.WEB_FETCH);
    return e == null
        ? Optional.empty()
        : Optional.of(
            new WebFetchSettings(
                pointer(e.getKey()),
                strings(e.getValue(), "trusted"),
                strings(e.getValue(), "blocked")));
  }

  /** {@code subagent}: availableAgents and trustedAgents (names or globs, L13431-13484). */
  public Optional<SubagentSettings> subagent() {
    Map.Entry<String, JsonNode> e = settingsOf(BuiltinTool.SUBAGENT);
    return e == null
        ? Optional.empty()
        : Optional.of(
            new SubagentSettings(
                pointer(e.getKey()),
                strings(e.getValue(), "availableAgents"),
                strings(e.getValue(), "trustedAgents")));
  }

  private Optional<PathSettings> paths(BuiltinTool tool) {
    Map.Entry<String, JsonNode> e = settingsOf(tool);
    return e == null
        ? Optional.empty()
        : Optional.of(
            new PathSettings(
                pointer(e.getKey()),
                strings(e.getValue(), "allowedPaths"),
                strings(e.getValue(), "deniedPaths"),
                bool(e.getValue(), "allowReadOnly")));
  }

  private static String pointer(String key) {
    return "/toolsSettings/" + key.replace("~", "~0").replace("/", "~1");
  }

  static List<String> strings(JsonNode object, String key) {
    JsonNode n = object.get(key);
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      for (JsonNode item : n) {
        if (item.isString()) {
          out.add(item.stringValue());
        }
      }
    }
    return List.copyOf(out);
  }

  static boolean bool(JsonNode object, String key) {
    JsonNode n = object.get(key);
    return n != null && n.isBoolean() && n.booleanValue();
  }

  /**
   * Path rules of {@code read}, {@code write}, {@code glob} and {@code grep} (L3219-3276, L3383).
   *
   * @param pointer JSON pointer of the settings object in the agent file
   * @param allowedPaths paths usable without prompting (gitignore-like globs, {@code ~} allowed)
   * @param deniedPaths paths that are denied (evaluated before the allowed ones)
   * @param allowReadOnly glob/grep only: search anywhere without prompting (default false)
   */
  public record PathSettings(
      String pointer, List<String> allowedPaths, List<String> deniedPaths, boolean allowReadOnly) {
    public PathSettings {
      Objects.requireNonNull(pointer, "pointer");
      allowedPaths = List.copyOf(allowedPaths);
      deniedPaths = List.copyOf(deniedPaths);
    }
  }

  /**
   * Command rules of {@code shell} (L3413-3422): regexes anchored with {@code \A...\z}.
   *
   * @param pointer JSON pointer of the settings object
   * @param allowedCommands commands allowed without prompting
   * @param deniedCommands commands denied (evaluated first)
   * @param autoAllowReadonly read-only commands need no prompt (default false)
   * @param denyByDefault deny instead of prompting (default false)
   */
  public record ShellSettings(
      String pointer,
      List<String> allowedCommands,
      List<String> deniedCommands,
      boolean autoAllowReadonly,
      boolean denyByDefault) {
    public ShellSettings {
      Objects.requireNonNull(pointer, "pointer");
      allowedCommands = List.copyOf(allowedCommands);
      deniedCommands = List.copyOf(deniedCommands);
    }
  }

  /**
   * Service rules of {@code aws} (L3445-3456).
   *
   * @param pointer JSON pointer of the settings object
   * @param allowedServices services allowed without prompting
   * @param deniedServices services denied
   * @param autoAllowReadonly read-only operations need no prompt (default false)
   */
  public record AwsSettings(
      String pointer,
      List<String> allowedServices,
      List<String> deniedServices,
      boolean autoAllowReadonly) {
    public AwsSettings {
      Objects.requireNonNull(pointer, "pointer");
      allowedServices = List.copyOf(allowedServices);
      deniedServices = List.copyOf(deniedServices);
    }
  }

  /**
   * URL rules of {@code web_fetch} (L3626-3648): regexes anchored with {@code ^...$}.
   *
   * @param pointer JSON pointer of the settings object
   * @param trusted URL patterns allowed without prompting (invalid ones are skipped)
   * @param blocked URL patterns denied (win over trusted; an invalid one denies every URL)
   */
  public record WebFetchSettings(String pointer, List<String> trusted, List<String> blocked) {
    public WebFetchSettings {
      Objects.requireNonNull(pointer, "pointer");
      trusted = List.copyOf(trusted);
      blocked = List.copyOf(blocked);
    }
  }

  /**
   * Which agents the {@code subagent} tool may spawn (L13431-13484); names or globs.
   *
   * @param pointer JSON pointer of the settings object
   * @param availableAgents agents that may be spawned (empty: no restriction)
   * @param trustedAgents agents that run without permission prompts
   */
  public record SubagentSettings(
      String pointer, List<String> availableAgents, List<String> trustedAgents) {
    public SubagentSettings {
      Objects.requireNonNull(pointer, "pointer");
      availableAgents = List.copyOf(availableAgents);
      trustedAgents = List.copyOf(trustedAgents);
    }
  }
}
