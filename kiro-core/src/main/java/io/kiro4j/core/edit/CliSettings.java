package io.kiro4j.core.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.json.edit.JsonEdit;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.write.AtomicFileWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

/**
 * Kiro CLI's settings, as {@code kiro-cli settings} reads and writes them (docs L12429–12693,
 * L4766–4818): flat dotted keys ({@code "chat.defaultAgent": "dev"}) in {@code
 * ~/.kiro/settings/cli.json}.
 *
 * <p><b>Where the file is.</b> The settings page says {@code ~/.kiro/settings.json} (macOS) or
 * {@code ~/.config/kiro/settings.json} (Linux) (docs L12680–12684); the migration table and the
 * {@code /model} notes say {@code ~/.kiro/settings/cli.json} (docs L10944, L12812). kiro-cli's own
 * source decides for the latter on every platform: its global settings path is {@code
 * ~/.kiro/settings/cli.json} (aws/amazon-q-developer-cli, {@code
 * crates/chat-cli/src/util/paths.rs}, {@code GlobalPaths::settings_path}); the two {@code
 * settings.json} names are the Kiro IDE's. kiro4j reads {@code chat.defaultAgent} from the same
 * file ({@link io.kiro4j.core.agent.AgentSet}).
 *
 * <p>Documented keys are typed ({@link SettingType}): a value of the wrong type is refused ({@code
 * CONF-009}); an unknown key is written with a warning ({@code CONF-008}), its value read as JSON
 * when it is JSON, else as a string.
 *
 * <pre>{@code
 * CliSettings settings = CliSettings.of(workspace);
 * settings.set("chat.enableThinking", "true");
 * Optional<JsonNode> model = settings.get("chat.defaultModel");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class CliSettings {

  /** A documented setting: its type and what it does (docs L12485–12560). */
  public record Key(String name, SettingType type, String description) {}

  private static final Map<String, Key> KEYS = keys();

  private final Workspace workspace;
  private final AtomicFileWriter writer;

  private CliSettings(Workspace workspace, AtomicFileWriter writer) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /** The settings of {@code workspace}'s user, written with {@link AtomicFileWriter#defaults()}. */
  public static CliSettings of(Workspace workspace) {
    return new CliSettings(workspace, AtomicFileWriter.defaults());
  }

  /** The same settings written with {@code writer}. */
  public CliSettings withWriter(AtomicFileWriter writer) {
    return new CliSettings(workspace, writer);
  }

  /** {@code ~/.kiro/settings/cli.json}. */
  public Path file() {
    return workspace.globalKiroDir().resolve("settings").resolve("cli.json");
  }

  /** Every documented key, in the order of the docs. */
  public static List<Key> documented() {
    return List.copyOf(KEYS.values());
  }

  /** The documented key {@code name}, if it is one. */
  public static Optional<Key> key(String name) {
    return Optional.ofNullable(KEYS.get(name));
  }

  /**
   * Every setting in the file, in file order; empty when there is no file. Problems reading it (not
   * JSON, not an object) go to {@code diagnostics}.
   */
  public Map<String, JsonNode> list(Diagnostics diagnostics) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    Optional<io.kiro4j.core.internal.file.TextFile> text =
        TextFile.readIfPresent(file(), diagnostics);
    if (text.isEmpty()) {
      return out;
    }
    JsonResult result = JsonLoader.lenient().parse(text.get().text(), file());
    diagnostics.addAll(result.diagnostics());
    result
        .document()
        .map(d -> d.root())
        .filter(JsonNode::isObject)
        .ifPresent(root -> root.properties().forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /** The value of {@code key}, if set. */
  public Optional<JsonNode> get(String key, Diagnostics diagnostics) {
    return Optional.ofNullable(list(diagnostics).get(key));
  }

  /** Sets {@code key} to {@code value} as typed on the command line (see the class comment). */
  public EditOutcome set(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Key known = KEYS.get(key);
    JsonNode node;
    Diagnostic warning = null;
    if (known == null) {
      node = json(value).orElse(StringNode.valueOf(value));
      warning =
          Diagnostic.ofFile(
              ConfigEditCode.UNKNOWN_SETTING,
              file(),
              "'" + key + "' is not a documented setting; written as " + node);
    } else {
      Optional<JsonNode> typed = typed(known.type(), value);
      if (typed.isEmpty()) {
        return new EditOutcome.Refused(
            List.of(
                Diagnostic.ofFile(
                    ConfigEditCode.SETTING_TYPE,
                    file(),
                    "'"
                        + key
                        + "' takes a "
                        + known.type().name().toLowerCase(java.util.Locale.ROOT)
                        + " value"
                        + example(known.type()))));
      }
      node = typed.get();
    }
    List<Diagnostic> warnings = warning == null ? List.of() : List.of(warning);
    return ConfigFile.edit(
        file(),
        writer,
        current ->
            node.equals(current.root().get(key))
                ? new ConfigFile.Decision(List.of(), "'" + key + "' is already " + node, warnings)
                : new ConfigFile.Decision(List.of(JsonEdit.set(List.of(key), node)), "", warnings),
        edited -> List.of());
  }

  /** Removes {@code key}; unchanged when it is not set. */
  public EditOutcome delete(String key) {
    Objects.requireNonNull(key, "key");
    return ConfigFile.edit(
        file(),
        writer,
        current ->
            current.root().has(key)
                ? ConfigFile.Decision.edits(List.of(JsonEdit.remove(List.of(key))))
                : ConfigFile.Decision.nothing("'" + key + "' is not set"),
        edited -> List.of());
  }

  private static Optional<JsonNode> typed(SettingType type, String value) {
    return switch (type) {
      case BOOLEAN ->
          value.equals("true") || value.equals("false")
              ? Optional.of(BooleanNode.valueOf(value.equals("true")))
              : Optional.empty();
      case NUMBER -> json(value).filter(JsonNode::isNumber);
      case LIST -> json(value).filter(JsonNode::isArray);
      case STRING, CHAR -> Optional.of(StringNode.valueOf(value));
    };
  }

  private static String example(SettingType type) {
    return switch (type) {
      case BOOLEAN -> ": true or false (lower case)";
      case NUMBER -> ", such as 30";
      case LIST -> ", as JSON: '[\"*.py\", \"*.js\"]'";
      default -> "";
    };
  }

  private static Optional<JsonNode> json(String value) {
    JsonResult result = JsonLoader.strict().parse(value, Path.of("value"));
    return result.hasErrors() ? Optional.empty() : result.document().map(d -> d.root());
  }

  private static Map<String, Key> keys() {
    Map<String, Key> keys = new LinkedHashMap<>();
    Object[][] table = {
      {"telemetry.enabled", SettingType.BOOLEAN, "Enable/disable telemetry collection"},
      {"telemetryClientId", SettingType.STRING, "Client identifier for telemetry"},
      {"chat.defaultModel", SettingType.STRING, "Default AI model for conversations"},
      {"chat.defaultAgent", SettingType.STRING, "Default agent configuration"},
      {"chat.diffTool", SettingType.STRING, "External diff tool for viewing code changes"},
      {"chat.greeting.enabled", SettingType.BOOLEAN, "Show greeting message on chat start"},
      {"chat.editMode", SettingType.BOOLEAN, "Enable edit mode for chat interface"},
      {"chat.enableNotifications", SettingType.BOOLEAN, "Enable desktop notifications"},
      {"chat.disableMarkdownRendering", SettingType.BOOLEAN, "Disable markdown formatting"},
      {
        "chat.disableAutoCompaction",
        SettingType.BOOLEAN,
        "Disable automatic conversation summarization"
      },
      {
        "compaction.excludeMessages",
        SettingType.NUMBER,
        "Minimum message pairs to retain during compaction"
      },
      {
        "compaction.excludeContextWindowPercent",
        SettingType.NUMBER,
        "Minimum % of context window to retain during compaction"
      },
      {"chat.enableHistoryHints", SettingType.BOOLEAN, "Show conversation history hints"},
      {"chat.uiMode", SettingType.STRING, "UI variant to use"},
      {
        "chat.enableContextUsageIndicator",
        SettingType.BOOLEAN,
        "Show context usage percentage in prompt"
      },
      {"chat.enableKnowledge", SettingType.BOOLEAN, "Enable knowledge base functionality"},
      {"knowledge.defaultIncludePatterns", SettingType.LIST, "Default file patterns to include"},
      {"knowledge.defaultExcludePatterns", SettingType.LIST, "Default file patterns to exclude"},
      {"knowledge.maxFiles", SettingType.NUMBER, "Maximum files for indexing"},
      {"knowledge.chunkSize", SettingType.NUMBER, "Text chunk size for processing"},
      {"knowledge.chunkOverlap", SettingType.NUMBER, "Overlap between text chunks"},
      {"knowledge.indexType", SettingType.STRING, "Type of knowledge index"},
      {"chat.skimCommandKey", SettingType.CHAR, "Key for fuzzy search command"},
      {"chat.autocompletionKey", SettingType.CHAR, "Key for autocompletion hint acceptance"},
      {"chat.tangentModeKey", SettingType.CHAR, "Key for tangent mode toggle"},
      {"chat.delegateModeKey", SettingType.CHAR, "Key for delegate command"},
      {"chat.enableThinking", SettingType.BOOLEAN, "Enable thinking tool for complex reasoning"},
      {"chat.enableTangentMode", SettingType.BOOLEAN, "Enable tangent mode feature"},
      {"introspect.tangentMode", SettingType.BOOLEAN, "Auto-enter tangent mode for introspect"},
      {"chat.enableTodoList", SettingType.BOOLEAN, "Enable todo list feature"},
      {"chat.enableCheckpoint", SettingType.BOOLEAN, "Enable checkpoint feature"},
      {"chat.enableDelegate", SettingType.BOOLEAN, "Enable delegate tool"},
      {"api.timeout", SettingType.NUMBER, "API request timeout in seconds"},
      {"mcp.initTimeout", SettingType.NUMBER, "MCP server initialization timeout"},
      {"mcp.noInteractiveTimeout", SettingType.NUMBER, "Non-interactive MCP timeout"},
      {"mcp.loadedBefore", SettingType.BOOLEAN, "Track previously loaded MCP servers"},
    };
    for (Object[] row : table) {
      keys.put((String) row[0], new Key((String) row[0], (SettingType) row[1], (String) row[2]));
    }
    return keys;
  }
}
