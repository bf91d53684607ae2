package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.mcp.McpAgent;
import io.kiro4j.core.mcp.McpServerConfig;
import io.kiro4j.core.workspace.Scope;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One loaded agent: its name, where it came from, its {@link AgentConfig}, the prompt text it
 * resolved to and the problems found in its file.
 *
 * <p>The name is the config's {@code name}, or the file name without extension when absent (docs
 * L5920, L6506). Immutable and thread-safe.
 */
public final class Agent implements McpAgent {

  /**
   * Parses agent JSON {@code text} as if it were the content of {@code file} (comments and trailing
   * commas accepted, as warnings), with every check a load makes: to validate an edit before it is
   * written.
   *
   * @since 0.2
   */
  public static Agent parseJson(
      String text, Path file, Scope scope, io.kiro4j.core.path.PathExpansion expansion) {
    return AgentParser.parseJson(
        text,
        file,
        scope,
        io.kiro4j.core.internal.json.JsonLoader.lenient(),
        expansion,
        new io.kiro4j.core.diagnostic.Diagnostics());
  }

  private final String name;
  private final Scope scope;
  private final Optional<Path> path;
  private final AgentFormat format;
  private final AgentConfig config;
  private final Optional<String> promptText;
  private final Optional<Path> promptFile;
  private final List<Diagnostic> diagnostics;
  private final Function<String, JsonPosition> positions;

  Agent(
      String name,
      Scope scope,
      Optional<Path> path,
      AgentFormat format,
      AgentConfig config,
      Optional<String> promptText,
      Optional<Path> promptFile,
      List<Diagnostic> diagnostics,
      Function<String, JsonPosition> positions) {
    this.name = Objects.requireNonNull(name, "name");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.path = Objects.requireNonNull(path, "path");
    this.format = Objects.requireNonNull(format, "format");
    this.config = Objects.requireNonNull(config, "config");
    this.promptText = Objects.requireNonNull(promptText, "promptText");
    this.promptFile = Objects.requireNonNull(promptFile, "promptFile");
    this.diagnostics = List.copyOf(diagnostics);
    this.positions = Objects.requireNonNull(positions, "positions");
  }

  /** The agent's name: how {@code --agent NAME} and {@code chat.defaultAgent} find it. */
  @Override
  public String name() {
    return name;
  }

  /** Workspace, global or built-in. */
  @Override
  public Scope scope() {
    return scope;
  }

  /** The agent file; empty for the built-in default agent. */
  @Override
  public Optional<Path> path() {
    return path;
  }

  /** JSON, Markdown or built-in. */
  public AgentFormat format() {
    return format;
  }

  /** The configuration as written. */
  public AgentConfig config() {
    return config;
  }

  /**
   * Whether the {@code mcp.json} servers are in this agent's configuration: a Markdown (IDE
   * subagent) agent always, a JSON agent only with {@code includeMcpJson} (see {@link
   * io.kiro4j.core.mcp.McpConfig#includesFiles}).
   */
  @Override
  public boolean includesMcpFiles() {
    return format == AgentFormat.MARKDOWN || config.includesMcpJson();
  }

  /** The agent's own {@code mcpServers}, in file order ({@code config().mcpServers()}). */
  @Override
  public Map<String, McpServerConfig> mcpServers() {
    return config.mcpServers();
  }

  /**
   * The effective prompt: inline text, the content of a {@code file://} prompt, or a Markdown
   * agent's body; empty when there is none or the file could not be read ({@code AGENT-001}).
   */
  public Optional<String> promptText() {
    return promptText;
  }

  /** The file a {@code file://} prompt resolved to, whether or not it exists. */
  public Optional<Path> promptFile() {
    return promptFile;
  }

  /** The problems found in this agent's file, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** True when a diagnostic is an error: Kiro would refuse this agent. */
  public boolean hasErrors() {
    return Diagnostics.anyError(diagnostics);
  }

  /**
   * Where the value a JSON pointer names ({@code /resources/2}) starts in the agent file; the
   * nearest existing ancestor when absent; {@code 1:1} for Markdown and built-in agents' nested
   * values.
   */
  @Override
  public JsonPosition position(String pointer) {
    return positions.apply(pointer);
  }

  /** This agent with more diagnostics (used when the set is assembled). */
  Agent withDiagnostics(List<Diagnostic> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
    all.addAll(more);
    return new Agent(name, scope, path, format, config, promptText, promptFile, all, positions);
  }

  @Override
  public String toString() {
    return "Agent["
        + name
        + ", "
        + scope.label()
        + ", "
        + path.map(Path::toString).orElse("-")
        + "]";
  }
}
