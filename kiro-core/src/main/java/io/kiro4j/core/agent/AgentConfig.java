package io.kiro4j.core.agent;

import io.kiro4j.core.mcp.McpServerConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The content of one custom agent configuration: every field of the configuration reference (docs
 * L5910-7006), as written. Where the file came from, the resolved name and the diagnostics live in
 * {@link Agent}; what the agent effectively has lives in {@link ResolvedAgent}.
 *
 * <p>Absent lists and maps are empty (upstream's defaults: an agent without {@code tools} has no
 * tools). {@link #toJson()} writes the fields in the order of the reference, omitting empty ones,
 * and loading that JSON gives an equal config.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param schema {@code $schema}
 * @param name {@code name}; when absent the file name is the agent's name
 * @param description {@code description}
 * @param prompt {@code prompt}: inline text or a {@code file://} URI (a Markdown agent's body)
 * @param mcpServers {@code mcpServers}, in file order
 * @param tools {@code tools}: tool references ({@link ToolName})
 * @param toolAliases {@code toolAliases}: original name ({@code @server/tool}) to model name
 * @param allowedTools {@code allowedTools}: tool patterns usable without prompting
 * @param toolsSettings {@code toolsSettings}
 * @param resources {@code resources}
 * @param hooks {@code hooks} by trigger, each list in file order
 * @param includeMcpJson {@code includeMcpJson}
 * @param useLegacyMcpJson {@code useLegacyMcpJson} (the older name of the same switch)
 * @param model {@code model}
 * @param keyboardShortcut {@code keyboardShortcut}
 * @param welcomeMessage {@code welcomeMessage}
 * @param includePowers {@code includePowers}: an IDE Markdown agent takes every installed power's
 *     tools (docs L19715); kiro4j applies it to Markdown agents only (AGENT-024 for JSON ones)
 */
public record AgentConfig(
    Optional<String> schema,
    Optional<String> name,
    Optional<String> description,
    Optional<String> prompt,
    Map<String, McpServerConfig> mcpServers,
    List<String> tools,
    Map<String, String> toolAliases,
    List<String> allowedTools,
    ToolsSettings toolsSettings,
    List<AgentResource> resources,
    Map<HookTrigger, List<AgentHook>> hooks,
    Optional<Boolean> includeMcpJson,
    Optional<Boolean> useLegacyMcpJson,
    Optional<String> model,
    Optional<String> keyboardShortcut,
    Optional<String> welcomeMessage,
    Optional<Boolean> includePowers) {

  /** The top-level keys Kiro CLI accepts (kiro-cli 2.10 {@code deny_unknown_fields} list). */
  public static final List<String> KEYS =
      List.of(
          "$schema",
          "name",
          "description",
          "prompt",
          "mcpServers",
          "tools",
          "toolAliases",
          "allowedTools",
          "toolsSettings",
          "resources",
          "hooks",
          "includeMcpJson",
          "useLegacyMcpJson",
          "model",
          "keyboardShortcut",
          "welcomeMessage");

  public AgentConfig {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(prompt, "prompt");
    mcpServers = Collections.unmodifiableMap(new LinkedHashMap<>(mcpServers));
    tools = List.copyOf(tools);
    toolAliases = Collections.unmodifiableMap(new LinkedHashMap<>(toolAliases));
    allowedTools = List.copyOf(allowedTools);
    Objects.requireNonNull(toolsSettings, "toolsSettings");
    resources = List.copyOf(resources);
    EnumMap<HookTrigger, List<AgentHook>> h = new EnumMap<>(HookTrigger.class);
    for (Map.Entry<HookTrigger, List<AgentHook>> e : hooks.entrySet()) {
      h.put(e.getKey(), List.copyOf(e.getValue()));
    }
    hooks = Collections.unmodifiableMap(h);
    Objects.requireNonNull(includeMcpJson, "includeMcpJson");
    Objects.requireNonNull(useLegacyMcpJson, "useLegacyMcpJson");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(keyboardShortcut, "keyboardShortcut");
    Objects.requireNonNull(welcomeMessage, "welcomeMessage");
    Objects.requireNonNull(includePowers, "includePowers");
  }

  /** A config without {@code includePowers} (the components before it was read). */
  public AgentConfig(
      Optional<String> schema,
      Optional<String> name,
      Optional<String> description,
      Optional<String> prompt,
      Map<String, McpServerConfig> mcpServers,
      List<String> tools,
      Map<String, String> toolAliases,
      List<String> allowedTools,
      ToolsSettings toolsSettings,
      List<AgentResource> resources,
      Map<HookTrigger, List<AgentHook>> hooks,
      Optional<Boolean> includeMcpJson,
      Optional<Boolean> useLegacyMcpJson,
      Optional<String> model,
      Optional<String> keyboardShortcut,
      Optional<String> welcomeMessage) {
    this(
        schema,
        name,
        description,
        prompt,
        mcpServers,
        tools,
        toolAliases,
        allowedTools,
        toolsSettings,
        resources,
        hooks,
        includeMcpJson,
        useLegacyMcpJson,
        model,
        keyboardShortcut,
        welcomeMessage,
        Optional.empty());
  }

  /** An empty config (every field absent). */
  public static AgentConfig empty() {
    return new AgentConfig(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        List.of(),
        Map.of(),
        List.of(),
        ToolsSettings.NONE,
        List.of(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Whether the agent takes the {@code mcp.json} files' servers: {@code includeMcpJson} if set,
   * else {@code useLegacyMcpJson}, else false (the IDE's documented default, L19715; upstream's
   * {@code useLegacyMcpJson} default).
   */
  public boolean includesMcpJson() {
    return includeMcpJson.isPresent()
        ? includeMcpJson.get()
        : useLegacyMcpJson.isPresent() && useLegacyMcpJson.get();
  }

  /** {@link #tools()} parsed. */
  public List<ToolName> toolNames() {
    return parsed(tools);
  }

  /** {@link #allowedTools()} parsed. */
  public List<ToolName> allowedToolNames() {
    return parsed(allowedTools);
  }

  /** Parsed in a loop, not a stream: on the path of every agent's first permission decision. */
  private static List<ToolName> parsed(List<String> names) {
    List<ToolName> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(ToolName.parse(n));
    }
    return List.copyOf(out);
  }

  /** The hooks of one trigger, in file order. */
  public List<AgentHook> hooks(HookTrigger trigger) {
    return hooks.getOrDefault(trigger, List.of());
  }

  /**
   * {@link #toJson()} as text: two-space indentation, a final newline, ready to be saved as {@code
   * .kiro/agents/NAME.json}.
   */
  public String toJsonText() {
    return Writer.INSTANCE.writeValueAsString(toJson()) + "\n";
  }

  /** Built on first use: loading agents must not pay for a mapper only saving one needs. */
  private static final class Writer {
    static final JsonMapper INSTANCE =
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  /**
   * This config as an agent JSON object, fields in the order of the configuration reference, absent
   * and empty fields omitted. Loading the result gives an equal config.
   */
  public ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode n = f.objectNode();
    schema.ifPresent(v -> n.put("$schema", v));
    name.ifPresent(v -> n.put("name", v));
    description.ifPresent(v -> n.put("description", v));
    prompt.ifPresent(v -> n.put("prompt", v));
    if (!mcpServers.isEmpty()) {
      ObjectNode m = n.putObject("mcpServers");
      mcpServers.forEach((k, v) -> m.set(k, v.toJson()));
    }
    if (!tools.isEmpty()) {
      tools.forEach(n.putArray("tools")::add);
    }
    if (!toolAliases.isEmpty()) {
      ObjectNode a = n.putObject("toolAliases");
      toolAliases.forEach(a::put);
    }
    if (!allowedTools.isEmpty()) {
      allowedTools.forEach(n.putArray("allowedTools")::add);
    }
    if (!toolsSettings.entries().isEmpty()) {
      ObjectNode s = n.putObject("toolsSettings");
      toolsSettings.entries().forEach((k, v) -> s.set(k, v.deepCopy()));
    }
    if (!resources.isEmpty()) {
      ArrayNode r = n.putArray("resources");
      for (AgentResource res : resources) {
        if (res instanceof AgentResource.Uri) {
          r.add(((AgentResource.Uri) res).uri());
        } else {
          AgentResource.KnowledgeBase kb = (AgentResource.KnowledgeBase) res;
          ObjectNode o = r.addObject();
          o.put("type", "knowledgeBase");
          o.put("source", kb.source());
          o.put("name", kb.name());
          kb.description().ifPresent(d -> o.put("description", d));
          o.put("indexType", kb.indexType());
          o.put("autoUpdate", kb.autoUpdate());
        }
      }
    }
    if (!hooks.isEmpty()) {
      ObjectNode h = n.putObject("hooks");
      hooks.forEach(
          (trigger, list) -> {
            ArrayNode arr = h.putArray(trigger.key());
            for (AgentHook hook : list) {
              ObjectNode o = arr.addObject();
              hook.matcher().ifPresent(m -> o.put("matcher", m));
              o.put("command", hook.command());
              hook.timeoutMs().ifPresent(v -> o.put("timeout_ms", v));
              hook.cacheTtlSeconds().ifPresent(v -> o.put("cache_ttl_seconds", v));
              hook.maxOutputSize().ifPresent(v -> o.put("max_output_size", v));
            }
          });
    }
    includeMcpJson.ifPresent(v -> n.put("includeMcpJson", v));
    useLegacyMcpJson.ifPresent(v -> n.put("useLegacyMcpJson", v));
    model.ifPresent(v -> n.put("model", v));
    keyboardShortcut.ifPresent(v -> n.put("keyboardShortcut", v));
    welcomeMessage.ifPresent(v -> n.put("welcomeMessage", v));
    return n;
  }
}
