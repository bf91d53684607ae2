package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.ToolUse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The event options of {@code hooks match} and {@code hooks run} (docs/cli.md). */
final class HookEventOptions {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The IDE names, then the CLI names (docs/cli.md). */
  static final List<String> EVENTS =
      List.of(
          "promptSubmit",
          "agentStop",
          "preToolUse",
          "postToolUse",
          "fileCreated",
          "fileEdited",
          "fileDeleted",
          "userTriggered",
          "preTaskExecution",
          "postTaskExecution",
          "agentSpawn",
          "userPromptSubmit",
          "stop");

  @Option(
      names = "--event",
      required = true,
      paramLabel = "E",
      description =
          "promptSubmit, agentStop, preToolUse, postToolUse, fileCreated, fileEdited, fileDeleted,"
              + " userTriggered, preTaskExecution, postTaskExecution, agentSpawn, userPromptSubmit or"
              + " stop.")
  String event;

  @Option(
      names = "--agent",
      paramLabel = "NAME",
      description =
          "Also the hooks of this CLI agent (for the CLI event names and their IDE twins).")
  String agent;

  @Option(names = "--prompt", paramLabel = "TEXT", description = "The user's prompt.")
  String prompt;

  @Option(names = "--tool", paramLabel = "NAME", description = "The tool (pre/postToolUse).")
  String tool;

  @Option(
      names = "--tool-category",
      paramLabel = "CAT",
      description =
          "An IDE category the tool belongs to: read, write, shell or web (repeatable). A --tool"
              + " named like a category, or a CLI built-in (fs_write, execute_bash), is in its"
              + " category.")
  List<String> toolCategories = new ArrayList<>();

  @Option(names = "--tool-input", paramLabel = "JSON", description = "The tool's input.")
  String toolInput;

  @Option(names = "--tool-response", paramLabel = "JSON", description = "The tool's result.")
  String toolResponse;

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "A file created, saved or deleted (repeatable), relative to the current dir.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--hook", paramLabel = "NAME", description = "The manual hook (userTriggered).")
  String hook;

  @Option(
      names = "--input",
      paramLabel = "JSON",
      description =
          "The whole stdin event of agent hooks, sent as given (missing fields filled in);"
              + " wins over the other options.")
  String input;

  /** The event these options describe; a {@link UsageException} for bad values. */
  HookEvent toEvent() {
    if (!EVENTS.contains(event)) {
      throw new UsageException("unknown --event '" + event + "'; one of " + EVENTS);
    }
    String promptText = prompt;
    String toolName = tool;
    Optional<JsonNode> toolIn = json("--tool-input", toolInput);
    Optional<JsonNode> toolOut = json("--tool-response", toolResponse);
    Optional<JsonNode> whole = json("--input", input);
    if (whole.isPresent()) {
      JsonNode in = whole.get();
      if (!in.isObject()) {
        throw new UsageException("--input must be a JSON object (the whole stdin event)");
      }
      if (in.path("prompt").isString()) {
        promptText = in.get("prompt").stringValue();
      }
      if (in.path("tool_name").isString()) {
        toolName = in.get("tool_name").stringValue();
      }
      if (in.has("tool_input")) {
        toolIn = Optional.of(in.get("tool_input"));
      }
      if (in.has("tool_response")) {
        toolOut = Optional.of(in.get("tool_response"));
      }
    }
    switch (event) {
      case "promptSubmit":
      case "userPromptSubmit":
        return new HookEvent.PromptSubmit(promptText == null ? "" : promptText);
      case "agentStop":
      case "stop":
        return new HookEvent.AgentStop();
      case "preToolUse":
        return new HookEvent.PreToolUse(tool(toolName, toolIn));
      case "postToolUse":
        return new HookEvent.PostToolUse(tool(toolName, toolIn), toolOut);
      case "fileCreated":
        return new HookEvent.FileCreated(absolute());
      case "fileEdited":
        return new HookEvent.FileEdited(absolute());
      case "fileDeleted":
        return new HookEvent.FileDeleted(absolute());
      case "userTriggered":
        return new HookEvent.UserTriggered(Optional.ofNullable(hook));
      case "preTaskExecution":
        return new HookEvent.PreTaskExecution(Optional.empty());
      case "postTaskExecution":
        return new HookEvent.PostTaskExecution(Optional.empty());
      default:
        return new HookEvent.AgentSpawn(Optional.ofNullable(promptText));
    }
  }

  /** The caller's whole stdin event ({@code --input}), sent to agent hooks as given. */
  Optional<JsonNode> stdinEvent() {
    return json("--input", input);
  }

  private ToolUse tool(String name, Optional<JsonNode> toolIn) {
    if (name == null) {
      throw new UsageException("--event " + event + " needs --tool NAME");
    }
    Set<String> categories = new LinkedHashSet<>();
    for (String c : toolCategories) {
      if (!ToolUse.CATEGORIES.contains(c)) {
        throw new UsageException("--tool-category must be read, write, shell or web: " + c);
      }
      categories.add(c);
    }
    if (ToolUse.CATEGORIES.contains(name)) {
      categories.add(name);
    }
    // A CLI built-in tool is in the IDE category of the same kind (the agent model's table).
    BuiltinTool.byName(name).map(HookEventOptions::category).ifPresent(categories::add);
    return new ToolUse(name, categories, toolIn);
  }

  private static String category(BuiltinTool tool) {
    switch (tool) {
      case READ:
        return "read";
      case WRITE:
        return "write";
      case SHELL:
        return "shell";
      case WEB_SEARCH:
      case WEB_FETCH:
        return "web";
      default:
        return null;
    }
  }

  private List<Path> absolute() {
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      out.add(f.toAbsolutePath().normalize());
    }
    return out;
  }

  private static Optional<JsonNode> json(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(text));
    } catch (JacksonException e) {
      throw new UsageException(option + " is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
