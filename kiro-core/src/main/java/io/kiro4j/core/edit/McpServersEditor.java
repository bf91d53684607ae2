package io.kiro4j.core.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.mcp.McpEntryCheck;
import io.kiro4j.core.internal.shell.ShellParse;
import io.kiro4j.core.internal.shell.ShellParser;
import io.kiro4j.core.internal.shell.ShellWord;
import io.kiro4j.core.internal.shell.SimpleCommand;
import io.kiro4j.core.json.edit.EditResult;
import io.kiro4j.core.json.edit.JsonEdit;
import io.kiro4j.core.json.edit.JsonFile;
import io.kiro4j.core.json.edit.JsonText;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.write.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds, removes, enables and disables MCP servers in {@code mcp.json}, as {@code kiro-cli mcp add}
 * and {@code remove} do (docs L4893–5000), and imports another tool's MCP JSON: the workspace file
 * is {@code <root>/.kiro/settings/mcp.json}, the global one {@code ~/.kiro/settings/mcp.json} (docs
 * L1814–1822). Every edit is lossless ({@link JsonText}), checked like {@code kiro4j lint} checks
 * the file ({@code MCP-xxx}, {@code SECRET-001}) before it is written, and written atomically; a
 * refusal leaves the file untouched.
 *
 * <pre>{@code
 * McpServersEditor mcp = McpServersEditor.of(workspace);
 * ObjectNode git = McpServersEditor.localServer("uvx mcp-server-git --repository .", Map.of());
 * EditOutcome outcome = mcp.add("git", git, Scope.WORKSPACE, false);
 * }</pre>
 *
 * <p>Immutable and thread-safe; concurrent edits of one file are refused, not merged ({@code
 * EDIT-005}).
 *
 * @since 0.2
 */
public final class McpServersEditor {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Workspace workspace;
  private final AtomicFileWriter writer;

  private McpServersEditor(Workspace workspace, AtomicFileWriter writer) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /**
   * An editor of {@code workspace}'s MCP files that writes with {@link
   * AtomicFileWriter#defaults()}.
   */
  public static McpServersEditor of(Workspace workspace) {
    return new McpServersEditor(workspace, AtomicFileWriter.defaults());
  }

  /** The same editor writing with {@code writer}. */
  public McpServersEditor withWriter(AtomicFileWriter writer) {
    return new McpServersEditor(workspace, writer);
  }

  /** The {@code mcp.json} of {@code scope} (the primary root's for {@link Scope#WORKSPACE}). */
  public Path file(Scope scope) {
    return ConfigScopes.kiroDir(workspace, scope).resolve("settings").resolve("mcp.json");
  }

  /**
   * A local server entry from a command line split into words as bash splits them, without
   * expansion: quotes and backslashes are honoured, {@code ${VAR}} and {@code ~} are kept as
   * written (Kiro substitutes {@code ${VAR}} itself, docs L1800).
   *
   * @throws IllegalArgumentException when the line is not one plain command (a pipe, a redirection,
   *     a substitution, a quoted expansion) or is empty
   */
  public static ObjectNode localServer(String commandLine, Map<String, String> env) {
    List<String> words = words(commandLine);
    ObjectNode entry = NODES.objectNode();
    entry.put("command", words.get(0));
    entry.set(
        "args",
        NODES
            .arrayNode()
            .addAll(words.subList(1, words.size()).stream().map(NODES::stringNode).toList()));
    if (!env.isEmpty()) {
      ObjectNode vars = entry.putObject("env");
      env.forEach(vars::put);
    }
    return entry;
  }

  /** A remote server entry: {@code url} and, if any, {@code headers}. */
  public static ObjectNode remoteServer(String url, Map<String, String> headers) {
    ObjectNode entry = NODES.objectNode();
    entry.put("url", url);
    if (!headers.isEmpty()) {
      ObjectNode h = entry.putObject("headers");
      headers.forEach(h::put);
    }
    return entry;
  }

  /** The words of a one-command line, see {@link #localServer}. */
  static List<String> words(String commandLine) {
    ShellParse parse = ShellParser.parse(commandLine);
    if (parse instanceof ShellParse.Unparsable bad) {
      throw new IllegalArgumentException("the command cannot be split into words: " + bad.reason());
    }
    List<SimpleCommand> commands = ((ShellParse.Parsed) parse).commands();
    if (commands.size() != 1 || ((ShellParse.Parsed) parse).compound()) {
      throw new IllegalArgumentException(
          commands.isEmpty()
              ? "the command is empty"
              : "the command must be one program and its arguments, not a pipeline or list");
    }
    SimpleCommand command = commands.get(0);
    if (!command.assignments().isEmpty() || !command.redirects().isEmpty()) {
      throw new IllegalArgumentException(
          "the command has a variable assignment or a redirection; use --env for variables");
    }
    List<String> words = new ArrayList<>();
    for (ShellWord word : command.arguments()) {
      if (word.literal()) {
        words.add(word.value());
      } else if (keptAsTyped(word.raw())) {
        words.add(word.raw()); // ${VAR}, ~ or a glob, kept as typed: nothing is expanded here
      } else if (word.raw().length() > 1
          && word.raw().startsWith("\"")
          && word.raw().endsWith("\"")
          && keptAsTyped(word.raw().substring(1, word.raw().length() - 1))) {
        String inner = word.raw().substring(1, word.raw().length() - 1);
        words.add(inner); // "${VAR}/x": the quotes go, the reference stays for Kiro to substitute
      } else {
        throw new IllegalArgumentException(
            "the word "
                + word.raw()
                + " mixes quotes with an expansion; it cannot be kept as typed");
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("the command is empty");
    }
    return words;
  }

  /** Plain text with references, nothing bash would change but by expanding them. */
  private static boolean keptAsTyped(String raw) {
    return raw.chars().noneMatch(c -> c == '\'' || c == '"' || c == '\\' || c == '`')
        && !raw.contains("$(");
  }

  /**
   * Adds server {@code name} to the {@code scope}'s {@code mcp.json} (created if missing). A server
   * of the same name is replaced only when {@code force} ({@code CONF-001} otherwise).
   */
  public EditOutcome add(String name, JsonNode entry, Scope scope, boolean force) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entry, "entry");
    Path file = file(scope);
    return ConfigFile.edit(
        file,
        writer,
        current -> {
          if (!force && current.root().path("mcpServers").has(name)) {
            return ConfigFile.Decision.refuse(
                current.keyDiagnostic(
                    ConfigEditCode.SERVER_EXISTS,
                    pointer(name),
                    "a server named '" + name + "' is already here; use --force to replace it"));
          }
          return ConfigFile.Decision.edits(
              List.of(JsonEdit.set(List.of("mcpServers", name), entry)));
        },
        edited -> check(edited, List.of(name), scope));
  }

  /**
   * Removes server {@code name} from the {@code scope}'s {@code mcp.json} ({@code CONF-002} if
   * absent).
   */
  public EditOutcome remove(String name, Scope scope) {
    Objects.requireNonNull(name, "name");
    return ConfigFile.edit(
        file(scope),
        writer,
        current -> {
          if (!current.root().path("mcpServers").has(name)) {
            return ConfigFile.Decision.refuse(noSuchServer(current, name));
          }
          return ConfigFile.Decision.edits(List.of(JsonEdit.remove(List.of("mcpServers", name))));
        },
        edited -> List.of());
  }

  /**
   * Sets server {@code name}'s {@code disabled} flag (docs L1790); unchanged when it already says
   * so (a missing flag means enabled).
   */
  public EditOutcome setDisabled(String name, Scope scope, boolean disabled) {
    Objects.requireNonNull(name, "name");
    return ConfigFile.edit(
        file(scope),
        writer,
        current -> {
          JsonNode server = current.root().path("mcpServers").path(name);
          if (!server.isObject()) {
            return ConfigFile.Decision.refuse(noSuchServer(current, name));
          }
          boolean now = server.path("disabled").asBoolean(false);
          if (now == disabled) {
            return ConfigFile.Decision.nothing(
                "'" + name + "' is already " + (disabled ? "disabled" : "enabled"));
          }
          List<String> flag = List.of("mcpServers", name, "disabled");
          return ConfigFile.Decision.edits(
              List.of(JsonEdit.set(flag, BooleanNode.valueOf(disabled))));
        },
        edited -> check(edited, List.of(name), scope));
  }

  /**
   * Copies every server of another tool's MCP JSON ({@code mcpServers}, as Claude Desktop, Cursor
   * and Kiro write it, or VS Code's {@code servers}) into the {@code scope}'s {@code mcp.json}.
   * Servers already there are refused unless {@code force}; the import is all or nothing.
   */
  public EditOutcome importFrom(Path source, Scope scope, boolean force) {
    Objects.requireNonNull(source, "source");
    JsonText from;
    try {
      JsonFile other = JsonFile.open(source);
      if (!other.exists()) {
        return ConfigFile.cannot(source, "does not exist");
      }
      if (other.content() instanceof EditResult.Refused refused) {
        return new EditOutcome.Refused(refused.diagnostics());
      }
      from = other.content().orElseThrow();
    } catch (IOException e) {
      return ConfigFile.cannot(source, "cannot be read: " + e.getMessage());
    }
    JsonNode servers = from.root().path("mcpServers");
    if (!servers.isObject()) {
      servers = from.root().path("servers");
    }
    if (!servers.isObject() || servers.isEmpty()) {
      return new EditOutcome.Refused(
          List.of(
              Diagnostic.ofFile(
                  ConfigEditCode.NOTHING_TO_IMPORT,
                  source,
                  "no `mcpServers` object with servers")));
    }
    JsonNode imported = servers;
    List<String> names = new ArrayList<>();
    imported.properties().forEach(e -> names.add(e.getKey()));
    return ConfigFile.edit(
        file(scope),
        writer,
        current -> {
          List<Diagnostic> clashes = new ArrayList<>();
          List<JsonEdit> edits = new ArrayList<>();
          for (String name : names) {
            JsonNode existing = current.root().path("mcpServers").path(name);
            if (existing.equals(imported.get(name))) {
              continue;
            }
            if (!existing.isMissingNode() && !force) {
              clashes.add(
                  current.keyDiagnostic(
                      ConfigEditCode.SERVER_EXISTS,
                      pointer(name),
                      "a different server named '" + name + "' is already here; use --force"));
            }
            edits.add(JsonEdit.set(List.of("mcpServers", name), imported.get(name)));
          }
          if (!clashes.isEmpty()) {
            return ConfigFile.Decision.refuse(clashes);
          }
          return edits.isEmpty()
              ? ConfigFile.Decision.nothing("every server is already here")
              : ConfigFile.Decision.edits(edits);
        },
        edited -> check(edited, names, scope));
  }

  /** The checks lint makes on each named entry of the edited text. */
  private static List<Diagnostic> check(JsonText edited, List<String> names, Scope scope) {
    Diagnostics diagnostics = new Diagnostics();
    for (String name : names) {
      JsonNode entry = edited.root().path("mcpServers").path(name);
      if (!entry.isObject()) {
        continue;
      }
      McpEntryCheck.check(
          entry,
          edited.file(),
          pointer(name),
          edited::keyPosition,
          edited::position,
          scope == Scope.GLOBAL,
          diagnostics);
      if (!entry.has("command") && !entry.has("url")) {
        diagnostics.add(
            edited.keyDiagnostic(
                ConfigEditCode.INVALID_SERVER,
                pointer(name),
                "server '" + name + "' has neither a command nor a url"));
      }
    }
    return diagnostics.toList();
  }

  private static Diagnostic noSuchServer(JsonText current, String name) {
    return Diagnostic.ofFile(
        ConfigEditCode.NO_SUCH_SERVER, current.file(), "no server named '" + name + "' here");
  }

  private static String pointer(String name) {
    return JsonEdit.remove(List.of("mcpServers", name)).pointer();
  }
}
