package io.kiro4j.core.edit;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.json.edit.EditResult;
import io.kiro4j.core.json.edit.JsonEdit;
import io.kiro4j.core.json.edit.JsonFile;
import io.kiro4j.core.json.edit.JsonText;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.write.AtomicFileWriter;
import io.kiro4j.core.write.StaleWriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Creates and edits custom agent configs as {@code kiro-cli agent create}, {@code edit} and {@code
 * set-default} do (docs L4439–4470, L12814–12858): {@code .kiro/agents/NAME.json} in the workspace
 * or {@code ~/.kiro/agents/NAME.json} globally. kiro-cli's {@code edit} opens an editor; {@link
 * #edit} takes the changes as data, so scripts can make them. Every result is checked as an agent
 * load checks it ({@code AGENT-xxx}, {@code SCHEMA-xxx}) before it is written.
 *
 * <pre>{@code
 * AgentEditor agents = AgentEditor.of(workspace);
 * agents.create("reviewer", Optional.empty(), Scope.WORKSPACE);
 * agents.edit("reviewer", Scope.WORKSPACE, AgentEditor.Changes.none().addTools(List.of("read")));
 * agents.setDefault("reviewer");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class AgentEditor {

  /** The schema reference a new agent starts with, as kiro-cli writes it. */
  public static final String SCHEMA =
      "https://raw.githubusercontent.com/aws/amazon-q-developer-cli/refs/heads/main/schemas/agent-v1.json";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Workspace workspace;
  private final AtomicFileWriter writer;

  private AgentEditor(Workspace workspace, AtomicFileWriter writer) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /** An editor of {@code workspace}'s agents, writing with {@link AtomicFileWriter#defaults()}. */
  public static AgentEditor of(Workspace workspace) {
    return new AgentEditor(workspace, AtomicFileWriter.defaults());
  }

  /** The same editor writing with {@code writer}. */
  public AgentEditor withWriter(AtomicFileWriter writer) {
    return new AgentEditor(workspace, writer);
  }

  /** {@code .kiro/agents/NAME.json} of {@code scope}. */
  public Path file(String name, Scope scope) {
    return ConfigScopes.kiroDir(workspace, scope).resolve("agents").resolve(name + ".json");
  }

  /**
   * Changes to an agent's lists: tools to add to and remove from {@code tools} and {@code
   * allowedTools}, resources to add to and remove from {@code resources}. Immutable.
   */
  public record Changes(
      List<String> addTools,
      List<String> removeTools,
      List<String> allow,
      List<String> disallow,
      List<String> addResources,
      List<String> removeResources) {

    public Changes {
      addTools = List.copyOf(addTools);
      removeTools = List.copyOf(removeTools);
      allow = List.copyOf(allow);
      disallow = List.copyOf(disallow);
      addResources = List.copyOf(addResources);
      removeResources = List.copyOf(removeResources);
    }

    /** No change. */
    public static Changes none() {
      return new Changes(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** These changes and {@code tools} added to {@code tools}. */
    public Changes addTools(List<String> tools) {
      return new Changes(tools, removeTools, allow, disallow, addResources, removeResources);
    }
  }

  /**
   * Creates agent {@code name}: a skeleton with the {@link #SCHEMA} reference, or a copy of agent
   * {@code from} (any scope; its text kept byte for byte, only {@code name} changed). Refused when
   * the agent file exists already ({@code CONF-004}).
   */
  public EditOutcome create(String name, Optional<String> from, Scope scope) {
    Objects.requireNonNull(from, "from");
    Path file = file(name, scope);
    if (!NAME.matcher(name).matches()) {
      return refuse(file, ConfigEditCode.INVALID_AGENT, "'" + name + "' is not a plain file name");
    }
    Path markdown = file.resolveSibling(name + ".md");
    if (TextFile.isPresent(file) || TextFile.isPresent(markdown)) {
      return refuse(file, ConfigEditCode.AGENT_EXISTS, "agent '" + name + "' already exists");
    }
    JsonText text;
    if (from.isPresent()) {
      Optional<Agent> source = AgentSet.load(workspace).find(from.get());
      Optional<Path> sourceFile =
          source.flatMap(Agent::path).filter(p -> p.toString().endsWith(".json"));
      if (sourceFile.isEmpty()) {
        return refuse(
            file, ConfigEditCode.NO_SUCH_AGENT, "no JSON agent named '" + from.get() + "' to copy");
      }
      try {
        JsonFile source2 = JsonFile.open(sourceFile.get());
        if (source2.content() instanceof EditResult.Refused refused) {
          return new EditOutcome.Refused(refused.diagnostics());
        }
        EditResult renamed =
            JsonText.parse(source2.content().orElseThrow().text(), file)
                .orElseThrow()
                .apply(JsonEdit.set(List.of("name"), StringNode.valueOf(name)));
        if (renamed instanceof EditResult.Refused refused) {
          return new EditOutcome.Refused(refused.diagnostics());
        }
        text = renamed.orElseThrow();
      } catch (IOException e) {
        return ConfigFile.cannot(sourceFile.get(), "cannot be read: " + e.getMessage());
      }
    } else {
      ObjectNode skeleton = NODES.objectNode();
      skeleton.put("$schema", SCHEMA);
      skeleton.put("name", name);
      skeleton.put("description", "");
      skeleton.putNull("prompt");
      skeleton.putObject("mcpServers");
      skeleton.putArray("tools").add("*");
      skeleton.putObject("toolAliases");
      skeleton.putArray("allowedTools");
      skeleton.putArray("resources");
      skeleton.putObject("hooks");
      skeleton.putObject("toolsSettings");
      skeleton.put("useLegacyMcpJson", true);
      List<JsonEdit> edits = new ArrayList<>();
      skeleton
          .properties()
          .forEach(e -> edits.add(JsonEdit.set(List.of(e.getKey()), e.getValue())));
      text = JsonText.emptyObject(file).applyAll(edits).orElseThrow();
    }
    List<Diagnostic> problems = check(text, scope);
    if (Diagnostics.anyError(problems)) {
      return new EditOutcome.Refused(problems);
    }
    try {
      writer.create(file, text.text().getBytes(StandardCharsets.UTF_8));
      return new EditOutcome.Written(file, true, problems);
    } catch (StaleWriteException e) {
      return refuse(file, ConfigEditCode.AGENT_EXISTS, "agent '" + name + "' appeared meanwhile");
    } catch (IOException e) {
      return ConfigFile.cannot(file, "cannot be written: " + e.getMessage());
    }
  }

  /**
   * Applies {@code changes} to agent {@code name} of {@code scope} ({@code CONF-005} if absent).
   */
  public EditOutcome edit(String name, Scope scope, Changes changes) {
    Objects.requireNonNull(changes, "changes");
    Path file = file(name, scope);
    if (!NAME.matcher(name).matches() || !TextFile.isPresent(file)) {
      return refuse(
          file, ConfigEditCode.NO_SUCH_AGENT, "no agent file " + file.getFileName() + " here");
    }
    return ConfigFile.edit(
        file,
        writer,
        current -> {
          List<JsonEdit> edits = new ArrayList<>();
          list(current, "tools", changes.addTools(), changes.removeTools()).ifPresent(edits::add);
          list(current, "allowedTools", changes.allow(), changes.disallow()).ifPresent(edits::add);
          list(current, "resources", changes.addResources(), changes.removeResources())
              .ifPresent(edits::add);
          return edits.isEmpty()
              ? ConfigFile.Decision.nothing("the agent already says so")
              : ConfigFile.Decision.edits(edits);
        },
        edited -> check(edited, scope));
  }

  /**
   * Writes {@code chat.defaultAgent} in the CLI settings ({@link CliSettings}), after checking the
   * agent exists (a custom agent of either scope, or the built-in {@code kiro_default}).
   */
  public EditOutcome setDefault(String name) {
    CliSettings settings = CliSettings.of(workspace).withWriter(writer);
    if (AgentSet.load(workspace).find(name).isEmpty()) {
      return refuse(
          settings.file(),
          ConfigEditCode.NO_SUCH_AGENT,
          "no agent named '" + name + "' to make default");
    }
    return settings.set("chat.defaultAgent", name);
  }

  /** The edit of one list member, or empty when the list already says so. */
  private static Optional<JsonEdit> list(
      JsonText current, String key, List<String> add, List<String> remove) {
    if (add.isEmpty() && remove.isEmpty()) {
      return Optional.empty();
    }
    JsonNode existing = current.root().path(key);
    List<JsonNode> items = new ArrayList<>();
    existing.forEach(items::add);
    List<JsonNode> result = new ArrayList<>(items);
    result.removeIf(item -> item.isString() && remove.contains(item.asString()));
    for (String value : add) {
      if (result.stream().noneMatch(item -> item.isString() && item.asString().equals(value))) {
        result.add(StringNode.valueOf(value));
      }
    }
    if (result.equals(items) && existing.isArray()) {
      return Optional.empty();
    }
    ArrayNode array = NODES.arrayNode();
    array.addAll(result);
    return Optional.of(JsonEdit.set(List.of(key), array));
  }

  private List<Diagnostic> check(JsonText text, Scope scope) {
    return Agent.parseJson(text.text(), text.file(), scope, workspace.pathExpansion())
        .diagnostics();
  }

  private static EditOutcome refuse(Path file, ConfigEditCode code, String message) {
    return new EditOutcome.Refused(List.of(Diagnostic.ofFile(code, file, message)));
  }
}
