package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.frontmatter.FrontMatter;
import io.kiro4j.core.internal.frontmatter.FrontMatterDocument;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.internal.json.JsonSchema;
import io.kiro4j.core.internal.mcp.McpEntryCheck;
import io.kiro4j.core.internal.secret.SecretScanner;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.json.JsonValues;
import io.kiro4j.core.mcp.McpServerConfig;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns one agent file's text into an {@link Agent} with diagnostics. Stateless. */
final class AgentParser {

  // Lazily: a valid agent file is judged without compiling the schema (half a second cold).
  static final JsonSchema SCHEMA =
      JsonSchema.fromResourceLazily(AgentParser.class, "agent.schema.json");

  /**
   * Only for front matter values {@link JsonValues#toNode} rejects (YAML's .nan and .inf): built on
   * first use, since building a mapper costs a fresh JVM more than a hundred milliseconds.
   */
  private static final class Mapper {
    static final JsonMapper INSTANCE = JsonMapper.builder().build();
  }

  /** Keys of an IDE custom subagent's front matter (L19706-19715) besides the JSON ones. */
  private static final Set<String> MARKDOWN_ONLY_KEYS = Set.of("includePowers");

  /**
   * Keys Kiro 3.0 (CLI v3, IDE 1.0) added after the docs snapshot (in the Kiro CLI's agent schema,
   * not in the docs): accepted, noted with {@code AGENT-024}, not applied by kiro4j.
   */
  static final Set<String> NEWER_KEYS = Set.of("permissions", "excludedTools", "includePowers");

  /**
   * Front matter keys of other tools' subagent files (Claude Code's {@code color}, {@code
   * permissionMode}, {@code skills}) and plain metadata, which Kiro ignores: {@code AGENT-016} as
   * an info.
   */
  private static final Set<String> HARMLESS_KEYS =
      Set.of("color", "permissionMode", "skills", "author", "version", "tags", "category");

  /** IDE tool groups a Markdown agent may list (L19717-19728). */
  private static final Set<String> TOOL_GROUPS = Set.of("read", "write", "shell", "web", "spec");

  private static final Map<BuiltinTool, Map<String, Boolean>> OPTIONS = options();

  private AgentParser() {}

  /** Options of each built-in tool's settings: name to "is a list of strings" (else boolean). */
  private static Map<BuiltinTool, Map<String, Boolean>> options() {
    Map<BuiltinTool, Map<String, Boolean>> m = new EnumMap<>(BuiltinTool.class);
    Map<String, Boolean> paths = Map.of("allowedPaths", true, "deniedPaths", true);
    Map<String, Boolean> search =
        Map.of("allowedPaths", true, "deniedPaths", true, "allowReadOnly", false);
    m.put(BuiltinTool.READ, paths);
    m.put(BuiltinTool.WRITE, paths);
    m.put(BuiltinTool.GLOB, search);
    m.put(BuiltinTool.GREP, search);
    m.put(
        BuiltinTool.SHELL,
        Map.of(
            "allowedCommands", true,
            "deniedCommands", true,
            "autoAllowReadonly", false,
            "denyByDefault", false));
    m.put(
        BuiltinTool.AWS,
        Map.of("allowedServices", true, "deniedServices", true, "autoAllowReadonly", false));
    m.put(BuiltinTool.WEB_FETCH, Map.of("trusted", true, "blocked", true));
    m.put(BuiltinTool.SUBAGENT, Map.of("availableAgents", true, "trustedAgents", true));
    return m;
  }

  /**
   * Reads (through the workspace, so an editor's unsaved text counts) and parses an agent file
   * ({@code .json} or {@code .md}).
   */
  static Agent load(
      Workspace ws, Path file, Scope scope, JsonLoader loader, Diagnostics fileDiags) {
    PathExpansion expansion = ws.pathExpansion();
    Optional<String> read = ws.read(file, fileDiags);
    Optional<TextFile> text =
        read.isPresent() ? Optional.of(new TextFile(file, read.get())) : Optional.empty();
    String stem = stem(file);
    if (text.isEmpty()) {
      return new Agent(
          stem,
          scope,
          Optional.of(file),
          formatOf(file),
          AgentConfig.empty(),
          Optional.empty(),
          Optional.empty(),
          fileDiags.toList(),
          JsonDocument.NO_POSITIONS);
    }
    return formatOf(file) == AgentFormat.MARKDOWN
        ? parseMarkdown(text.get().text(), file, scope, expansion, fileDiags)
        : parseJson(text.get().text(), file, scope, loader, expansion, fileDiags);
  }

  static AgentFormat formatOf(Path file) {
    return file.getFileName().toString().endsWith(".md") ? AgentFormat.MARKDOWN : AgentFormat.JSON;
  }

  static String stem(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  static Agent parseJson(
      String text,
      Path file,
      Scope scope,
      JsonLoader loader,
      PathExpansion expansion,
      Diagnostics diags) {
    JsonResult parsed = loader.parse(text, file);
    diags.addAll(parsed.diagnostics());
    if (parsed.document().isEmpty()) {
      return new Agent(
          stem(file),
          scope,
          Optional.of(file),
          AgentFormat.JSON,
          AgentConfig.empty(),
          Optional.empty(),
          Optional.empty(),
          diags.toList(),
          JsonDocument.NO_POSITIONS);
    }
    JsonDocument doc = parsed.document().get();
    diags.addAll(SCHEMA.validate(doc));
    JsonNode root = doc.root();
    if (root.isObject()) {
      for (String key : NEWER_KEYS) {
        if (root.has(key)) {
          JsonPosition at = doc.keyPosition("/" + key);
          diags.add(
              Diagnostic.of(
                  AgentCode.NEWER_KEY,
                  file,
                  at.line(),
                  at.column(),
                  "'"
                      + key
                      + "' is a Kiro 3.0 key, newer than the docs; kiro4j does not apply it and"
                      + " kiro-cli 2.x refuses the agent"));
        }
      }
    }
    ObjectNode object = root.isObject() ? (ObjectNode) root : JsonNodeFactory.instance.objectNode();
    Positions positions = new Positions(doc.keyPositions(), doc.valuePositions());
    return build(
        object,
        file,
        scope,
        AgentFormat.JSON,
        Optional.empty(),
        Optional.empty(), // includePowers: applied to Markdown agents only (AGENT-024 here)
        positions,
        expansion,
        diags);
  }

  static Agent parseMarkdown(
      String text, Path file, Scope scope, PathExpansion expansion, Diagnostics diags) {
    FrontMatterDocument fm = FrontMatter.parse(text, file, YamlProfile.LENIENT);
    diags.addAll(fm.diagnostics());
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    Map<String, JsonPosition> keyPositions = new HashMap<>();
    Optional<Boolean> includePowers = Optional.empty();
    if (fm.frontMatter().isPresent()) {
      YamlMapping mapping = fm.frontMatter().get();
      for (YamlMapping.Entry e : mapping.entries()) {
        String key = e.key().value();
        keyPositions.put(key, new JsonPosition(e.key().line(), e.key().column()));
        if (NEWER_KEYS.contains(key) && !MARKDOWN_ONLY_KEYS.contains(key)) {
          diags.add(
              Diagnostic.of(
                  AgentCode.NEWER_KEY,
                  file,
                  e.key().line(),
                  e.key().column(),
                  "'"
                      + key
                      + "' is a Kiro 3.0 key, newer than the docs; kiro4j does not apply it"));
          continue;
        }
        if (!AgentConfig.KEYS.contains(key) && !MARKDOWN_ONLY_KEYS.contains(key)) {
          Diagnostic d =
              Diagnostic.of(
                  AgentCode.UNKNOWN_FRONT_MATTER_KEY,
                  file,
                  e.key().line(),
                  e.key().column(),
                  "unknown front matter key '" + key + "'; ignored");
          diags.add(HARMLESS_KEYS.contains(key) ? d.withSeverity(Severity.INFO) : d);
          continue;
        }
        if (key.equals("includePowers") && e.value().toPlainObject() instanceof Boolean b) {
          includePowers = Optional.of(b);
        }
        if (!MARKDOWN_ONLY_KEYS.contains(key)) {
          Object plain = e.value().toPlainObject();
          if (key.equals("tools") && plain instanceof String) {
            // "tools: read, write" is a common hand-written shape; read it as the list it means.
            plain = List.of(((String) plain).split("\\s*,\\s*"));
          }
          object.set(key, tree(plain));
        }
      }
    }
    String body = fm.body().strip();
    Optional<String> bodyPrompt =
        object.has("prompt") || body.isEmpty() ? Optional.empty() : Optional.of(body);
    Function<String, JsonPosition> at = new TopKeyPositions(keyPositions);
    return build(
        object,
        file,
        scope,
        AgentFormat.MARKDOWN,
        bodyPrompt,
        includePowers,
        new Positions(at, at),
        expansion,
        diags);
  }

  /**
   * A Markdown agent's positions: front matter has no JSON pointers, so a pointer is placed at the
   * key of its top-level property (a class, not a lambda: each agent load reaches it).
   */
  private static final class TopKeyPositions implements Function<String, JsonPosition> {
    private final Map<String, JsonPosition> keyPositions;

    TopKeyPositions(Map<String, JsonPosition> keyPositions) {
      this.keyPositions = keyPositions;
    }

    @Override
    public JsonPosition apply(String pointer) {
      String top = pointer.isEmpty() ? "" : pointer.substring(1).split("/", 2)[0];
      return keyPositions.getOrDefault(top, JsonPosition.START);
    }
  }

  /** A front matter value as a tree, as the mapper would convert it. */
  private static JsonNode tree(Object plain) {
    try {
      return JsonValues.toNode(plain);
    } catch (IllegalArgumentException nonFinite) {
      return Mapper.INSTANCE.valueToTree(plain);
    }
  }

  /** Key and value positions of the agent's text. */
  record Positions(Function<String, JsonPosition> key, Function<String, JsonPosition> value) {}

  private static Agent build(
      ObjectNode root,
      Path file,
      Scope scope,
      AgentFormat format,
      Optional<String> bodyPrompt,
      Optional<Boolean> includePowers,
      Positions at,
      PathExpansion expansion,
      Diagnostics diags) {
    Checks checks = new Checks(file, at, diags, format, scope == Scope.GLOBAL);
    AgentConfig config = read(root, bodyPrompt, includePowers);
    String name = config.name().orElse(stem(file));
    // A subagent's name is its own (the file name is only the default, L19711); a CLI agent's name
    // and file name should agree, since the Kiro CLI looks agents up by either.
    if (format == AgentFormat.JSON
        && config.name().isPresent()
        && !config.name().get().equals(stem(file))) {
      checks.value(
          AgentCode.NAME_DIFFERS_FROM_FILE,
          "/name",
          "agent name '" + name + "' differs from the file name '" + stem(file) + "'");
    }
    checks.tools(config);
    checks.allowedTools(config);
    checks.toolsSettings(config);
    checks.aliases(config);
    checks.hooks(root);
    checks.shortcut(config);
    if (config.includeMcpJson().isPresent() && config.useLegacyMcpJson().isPresent()) {
      checks.key(
          AgentCode.BOTH_MCP_JSON_SWITCHES,
          "/useLegacyMcpJson",
          "both includeMcpJson and useLegacyMcpJson are set; includeMcpJson decides");
    }
    JsonNode servers = root.get("mcpServers");
    if (servers != null && servers.isObject()) {
      for (Map.Entry<String, JsonNode> e : servers.properties()) {
        String pointer = "/mcpServers/" + escape(e.getKey());
        McpEntryCheck.check(
            e.getValue(), file, pointer, at.key(), at.value(), scope == Scope.GLOBAL, diags);
      }
    }
    Optional<Path> promptFile = Optional.empty();
    Optional<String> promptText = bodyPrompt;
    if (bodyPrompt.isEmpty() && config.prompt().isPresent()) {
      String p = config.prompt().get();
      if (p.startsWith("file://")) {
        promptFile = Optional.of(promptPath(p, file, expansion));
        Optional<Path> outside =
            scope == Scope.WORKSPACE ? outsideItsRoot(promptFile.get(), file) : Optional.empty();
        if (outside.isPresent()) {
          checks.value(
              AgentCode.PROMPT_OUTSIDE_WORKSPACE,
              "/prompt",
              "prompt file "
                  + promptFile.get().toString().replace('\\', '/')
                  + " (leads to "
                  + outside.get().toString().replace('\\', '/')
                  + ") is outside the agent's workspace root; not loaded");
          promptText = Optional.empty();
        } else {
          promptText = readPrompt(promptFile.get(), checks);
        }
      } else {
        promptText = Optional.of(p);
      }
    }
    return new Agent(
        name,
        scope,
        Optional.of(file),
        format,
        config,
        promptText,
        promptFile,
        diags.toList(),
        at.value());
  }

  /**
   * A {@code file://} prompt's file: {@code ~} expanded; absolute when it starts with {@code /},
   * otherwise relative to the agent file's folder (L5981-5987, upstream {@code file_uri.rs}).
   */
  static Path promptPath(String uri, Path agentFile, PathExpansion expansion) {
    String rest = uri.substring("file://".length());
    if (rest.equals("~") || rest.startsWith("~/")) {
      return expansion.userHome().resolve(rest.equals("~") ? "" : rest.substring(2)).normalize();
    }
    Path p = Path.of(rest);
    if (p.isAbsolute()) {
      return p.normalize();
    }
    Path dir = agentFile.toAbsolutePath().getParent();
    return dir.resolve(rest).normalize();
  }

  /**
   * For a workspace agent ({@code <root>/.kiro/agents/…}): the real file a {@code file://} prompt
   * leads to when that is outside {@code <root>} — a cloned repository must not pull {@code
   * ~/.aws/credentials} into a prompt, through {@code ~}, an absolute path, {@code ..} or a
   * symlink. Empty when the prompt stays inside, or does not exist (reported as missing).
   */
  static Optional<Path> outsideItsRoot(Path promptFile, Path agentFile) {
    Path kiro = agentFile.toAbsolutePath().getParent();
    while (kiro != null
        && (kiro.getFileName() == null || !kiro.getFileName().toString().equals(".kiro"))) {
      kiro = kiro.getParent();
    }
    if (kiro == null || kiro.getParent() == null || !Files.exists(promptFile)) {
      return Optional.empty();
    }
    try {
      Path real = promptFile.toRealPath();
      Path root = kiro.getParent().toRealPath();
      return real.startsWith(root) ? Optional.empty() : Optional.of(real);
    } catch (IOException | RuntimeException e) {
      return Optional.of(promptFile); // cannot prove it stays inside: fail closed
    }
  }

  private static Optional<String> readPrompt(Path promptFile, Checks checks) {
    if (!Files.exists(promptFile)) {
      checks.value(
          AgentCode.PROMPT_FILE_MISSING,
          "/prompt",
          "prompt file does not exist: " + promptFile.toString().replace('\\', '/'));
      return Optional.empty();
    }
    Diagnostics readDiags = new Diagnostics();
    Optional<TextFile> t = TextFile.read(promptFile, readDiags);
    if (t.isEmpty()) {
      checks.value(
          AgentCode.PROMPT_FILE_MISSING,
          "/prompt",
          "prompt file cannot be read: "
              + promptFile.toString().replace('\\', '/')
              + readDiags.toList().stream()
                  .findFirst()
                  .map(d -> " (" + d.message() + ")")
                  .orElse(""));
      return Optional.empty();
    }
    return Optional.of(t.get().text());
  }

  /** Builds the config from a JSON object, skipping values of the wrong type. */
  static AgentConfig read(ObjectNode root, Optional<String> bodyPrompt) {
    return read(root, bodyPrompt, Optional.empty());
  }

  /**
   * Builds the config from a JSON object, skipping values of the wrong type; {@code includePowers}
   * comes from a Markdown agent's front matter (the only format that applies it).
   */
  static AgentConfig read(
      ObjectNode root, Optional<String> bodyPrompt, Optional<Boolean> includePowers) {
    Map<String, McpServerConfig> servers = new LinkedHashMap<>();
    JsonNode s = root.get("mcpServers");
    if (s != null && s.isObject()) {
      for (Map.Entry<String, JsonNode> e : s.properties()) {
        if (e.getValue().isObject()) {
          servers.put(e.getKey(), McpServerConfig.fromJson(e.getValue()));
        }
      }
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    JsonNode a = root.get("toolAliases");
    if (a != null && a.isObject()) {
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        if (e.getValue().isString()) {
          aliases.put(e.getKey(), e.getValue().stringValue());
        }
      }
    }
    Map<String, JsonNode> settings = new LinkedHashMap<>();
    JsonNode ts = root.get("toolsSettings");
    if (ts != null && ts.isObject()) {
      for (Map.Entry<String, JsonNode> e : ts.properties()) {
        settings.put(e.getKey(), e.getValue());
      }
    }
    return new AgentConfig(
        text(root, "$schema"),
        text(root, "name"),
        text(root, "description"),
        bodyPrompt.isPresent() ? bodyPrompt : text(root, "prompt"),
        servers,
        ToolsSettings.strings(root, "tools"),
        aliases,
        ToolsSettings.strings(root, "allowedTools"),
        new ToolsSettings(settings),
        resources(root.get("resources")),
        hooks(root.get("hooks")),
        bool(root, "includeMcpJson"),
        bool(root, "useLegacyMcpJson"),
        text(root, "model"),
        text(root, "keyboardShortcut"),
        text(root, "welcomeMessage"),
        includePowers);
  }

  private static List<AgentResource> resources(JsonNode n) {
    List<AgentResource> out = new ArrayList<>();
    if (n == null || !n.isArray()) {
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode item = n.get(i);
      if (item.isString()) {
        out.add(new AgentResource.Uri(i, item.stringValue()));
      } else if (item.isObject()
          && text(item, "source").isPresent()
          && text(item, "name").isPresent()) {
        out.add(
            new AgentResource.KnowledgeBase(
                i,
                text(item, "source").get(),
                text(item, "name").get(),
                text(item, "description"),
                text(item, "indexType").orElse("best"),
                bool(item, "autoUpdate").orElse(false)));
      }
    }
    return out;
  }

  private static Map<HookTrigger, List<AgentHook>> hooks(JsonNode n) {
    Map<HookTrigger, List<AgentHook>> out = new EnumMap<>(HookTrigger.class);
    if (n == null || !n.isObject()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      Optional<HookTrigger> trigger = HookTrigger.byKey(e.getKey());
      if (trigger.isEmpty() || !e.getValue().isArray()) {
        continue;
      }
      List<AgentHook> list = new ArrayList<>();
      for (JsonNode h : e.getValue()) {
        Optional<String> command = text(h, "command");
        if (h.isObject() && command.isPresent()) {
          list.add(
              new AgentHook(
                  trigger.get(),
                  command.get(),
                  text(h, "matcher"),
                  number(h, "timeout_ms"),
                  number(h, "cache_ttl_seconds"),
                  number(h, "max_output_size")));
        }
      }
      out.put(trigger.get(), list);
    }
    return out;
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode n = node.get(key);
    return n != null && n.isString() ? Optional.of(n.stringValue()) : Optional.empty();
  }

  private static Optional<Boolean> bool(JsonNode node, String key) {
    JsonNode n = node.get(key);
    return n != null && n.isBoolean() ? Optional.of(n.booleanValue()) : Optional.empty();
  }

  private static OptionalLong number(JsonNode node, String key) {
    JsonNode n = node.get(key);
    return n != null && n.isIntegralNumber()
        ? OptionalLong.of(n.longValue())
        : OptionalLong.empty();
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** The checks beyond the schema, reporting at the right key or value. */
  private static final class Checks {
    private final Path file;
    private final Positions at;
    private final Diagnostics diags;
    private final AgentFormat format;
    private final boolean userFile;

    Checks(Path file, Positions at, Diagnostics diags, AgentFormat format, boolean userFile) {
      this.file = file;
      this.at = at;
      this.diags = diags;
      this.format = format;
      this.userFile = userFile;
    }

    void value(AgentCode code, String pointer, String message) {
      JsonPosition p = at.value().apply(pointer);
      diags.add(Diagnostic.of(code, file, p.line(), p.column(), message));
    }

    void key(AgentCode code, String pointer, String message) {
      JsonPosition p = at.key().apply(pointer);
      diags.add(Diagnostic.of(code, file, p.line(), p.column(), message));
    }

    void tools(AgentConfig config) {
      List<String> tools = config.tools();
      for (int i = 0; i < tools.size(); i++) {
        ToolName t = ToolName.parse(tools.get(i));
        boolean group = format == AgentFormat.MARKDOWN && TOOL_GROUPS.contains(t.text());
        if (t.kind() == ToolName.Kind.UNKNOWN && !group) {
          value(
              AgentCode.UNKNOWN_TOOL,
              "/tools/" + i,
              "'" + t.text() + "' is not a built-in tool; write its name, @server or @server/tool");
        }
        if (t.kind() == ToolName.Kind.MCP_TOOL && readsAsGlob(t.text())) {
          glob(t.text(), "/tools/" + i);
        }
      }
    }

    void allowedTools(AgentConfig config) {
      List<String> allowed = config.allowedTools();
      for (int i = 0; i < allowed.size(); i++) {
        String entry = allowed.get(i);
        String pointer = "/allowedTools/" + i;
        if (entry.equals("*")) {
          value(
              AgentCode.WILDCARD_IN_ALLOWED_TOOLS,
              pointer,
              "allowedTools does not support '*'; list tools, @server or @builtin instead");
          continue;
        }
        if (readsAsGlob(entry)) {
          glob(entry, pointer);
          continue;
        }
        ToolName t = ToolName.parse(entry);
        if (t.kind() == ToolName.Kind.UNKNOWN) {
          value(AgentCode.UNKNOWN_TOOL, pointer, "'" + entry + "' is not a built-in tool");
        }
        Optional<BuiltinTool> b = t.builtin();
        if (b.isPresent()) {
          overridden(config, b.get(), pointer);
        }
      }
    }

    private void overridden(AgentConfig config, BuiltinTool tool, String pointer) {
      String allowKey;
      switch (tool) {
        case READ:
        case WRITE:
        case GLOB:
        case GREP:
          allowKey = "allowedPaths";
          break;
        case SHELL:
          allowKey = "allowedCommands";
          break;
        case AWS:
          allowKey = "allowedServices";
          break;
        case WEB_FETCH:
          allowKey = "trusted";
          break;
        default:
          return;
      }
      Optional<Map.Entry<String, JsonNode>> s = config.toolsSettings().builtin(tool);
      if (s.isPresent() && s.get().getValue().has(allowKey)) {
        value(
            AgentCode.ALLOWED_OVERRIDES_SETTINGS,
            pointer,
            "'"
                + tool.canonicalName()
                + "' is in allowedTools, which overrides toolsSettings "
                + s.get().getKey()
                + "."
                + allowKey);
      }
    }

    void toolsSettings(AgentConfig config) {
      for (Map.Entry<String, JsonNode> setting : config.toolsSettings().entries().entrySet()) {
        String key = setting.getKey();
        JsonNode value = setting.getValue();
        String pointer = "/toolsSettings/" + escape(key);
        if (key.startsWith("@")) {
          continue; // MCP tool settings are free-form (L3865)
        }
        Optional<BuiltinTool> tool = BuiltinTool.byName(key);
        if (tool.isEmpty()) {
          key(
              AgentCode.UNKNOWN_TOOL_SETTING,
              pointer,
              "toolsSettings key '" + key + "' is not a built-in tool or @server/tool");
          continue;
        }
        if (!value.isObject()) {
          continue; // the schema reports it
        }
        Map<String, Boolean> known = OPTIONS.getOrDefault(tool.get(), Map.of());
        for (Map.Entry<String, JsonNode> o : value.properties()) {
          String p = pointer + "/" + escape(o.getKey());
          Boolean list = known.get(o.getKey());
          if (list == null) {
            key(
                AgentCode.UNKNOWN_TOOL_SETTING,
                p,
                "'"
                    + o.getKey()
                    + "' is not an option of the "
                    + tool.get().canonicalName()
                    + " tool");
          } else if (list && !isStringList(o.getValue())) {
            value(
                AgentCode.BAD_TOOL_SETTING,
                p,
                "'" + o.getKey() + "' must be a list of strings; ignored");
          } else if (!list && !o.getValue().isBoolean()) {
            value(
                AgentCode.BAD_TOOL_SETTING,
                p,
                "'" + o.getKey() + "' must be true or false; ignored");
          } else if (tool.get() == BuiltinTool.SUBAGENT) {
            for (int i = 0; i < o.getValue().size(); i++) {
              glob(o.getValue().get(i).stringValue(), p + "/" + i);
            }
          }
        }
      }
    }

    void aliases(AgentConfig config) {
      Map<String, String> seen = new HashMap<>();
      for (Map.Entry<String, String> entry : config.toolAliases().entrySet()) {
        String original = entry.getKey();
        String alias = entry.getValue();
        String pointer = "/toolAliases/" + escape(original);
        if (BuiltinTool.byName(alias).isPresent()) {
          value(
              AgentCode.ALIAS_COLLISION,
              pointer,
              "alias '" + alias + "' is the name of a built-in tool");
        } else if (seen.containsKey(alias)) {
          value(
              AgentCode.ALIAS_COLLISION,
              pointer,
              "alias '" + alias + "' is also used for '" + seen.get(alias) + "'");
        }
        seen.putIfAbsent(alias, original);
      }
    }

    void hooks(ObjectNode root) {
      JsonNode hooks = root.get("hooks");
      if (hooks == null || !hooks.isObject()) {
        return;
      }
      for (Map.Entry<String, JsonNode> e : hooks.properties()) {
        Optional<HookTrigger> trigger = HookTrigger.byKey(e.getKey());
        if (trigger.isEmpty() || !e.getValue().isArray()) {
          continue; // the schema reports it
        }
        for (int i = 0; i < e.getValue().size(); i++) {
          JsonNode command = e.getValue().get(i).get("command");
          if (command != null && command.isString()) {
            String cp = "/hooks/" + escape(e.getKey()) + "/" + i + "/command";
            for (SecretScanner.Finding f : SecretScanner.scanText(command.stringValue())) {
              JsonPosition p = at.value().apply(cp);
              diags.add(
                  SecretScanner.diagnostic(
                      f,
                      file,
                      p.line(),
                      p.column(),
                      "the hook command",
                      Optional.empty(),
                      userFile));
              break; // one per command: the position is the string's
            }
          }
          JsonNode m = e.getValue().get(i).get("matcher");
          String pointer = "/hooks/" + escape(e.getKey()) + "/" + i + "/matcher";
          if (m == null || !m.isString()) {
            continue;
          }
          if (!trigger.get().takesMatcher()) {
            key(
                AgentCode.MATCHER_IGNORED,
                pointer,
                "a matcher on " + e.getKey() + " has no effect");
          } else if (readsAsGlob(m.stringValue())) {
            glob(m.stringValue(), pointer);
          }
        }
      }
    }

    void shortcut(AgentConfig config) {
      Optional<String> shortcut = config.keyboardShortcut();
      if (shortcut.isPresent()) {
        String s = shortcut.get();
        if (KeyboardShortcut.parse(s).isEmpty()) {
          value(
              AgentCode.BAD_KEYBOARD_SHORTCUT,
              "/keyboardShortcut",
              "keyboard shortcut '" + s + "' is not [ctrl+][shift+]key with a key a-z or 0-9");
        }
      }
    }

    private void glob(String pattern, String pointer) {
      boolean pipe = pattern.indexOf('|') >= 0;
      if (!pipe && !mayBeMalformed(pattern)) {
        return; // only classes, braces and escapes can be malformed; skip the compile
      }
      JsonPosition p = at.value().apply(pointer);
      // +1: the value position is the opening quote.
      int column = p.column() + (format == AgentFormat.JSON ? 1 : 0);
      try {
        Glob.compile(pattern, GlobDialect.TOOL_NAME)
            .regexLookalikeDiagnostic(file, p.line(), column)
            .ifPresent(diags::add);
      } catch (GlobSyntaxException e) {
        diags.add(e.toDiagnostic(file, p.line(), column));
      }
    }
  }

  /** True when a tool-name glob has a character that can make it malformed. */
  static boolean mayBeMalformed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[' || c == ']' || c == '{' || c == '}' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  static boolean hasWildcard(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
  }

  /** A wildcard, or a {@code |} written as if the entry were a regular expression (GLOB-002). */
  private static boolean readsAsGlob(String s) {
    return hasWildcard(s) || s.indexOf('|') >= 0;
  }

  private static boolean isStringList(JsonNode n) {
    if (!n.isArray()) {
      return false;
    }
    for (JsonNode item : n) {
      if (!item.isString()) {
        return false;
      }
    }
    return true;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
