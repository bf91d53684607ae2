package io.kiro4j.core.hook;

import io.kiro4j.core.json.JsonValues;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Something that happened in an agent session, for which hooks may fire. One type serves both the
 * IDE and the CLI: {@link PromptSubmit} is the IDE's {@code promptSubmit} and the CLI's {@code
 * userPromptSubmit}, {@link AgentStop} is {@code agentStop} and {@code stop}.
 *
 * <pre>{@code
 * HookEvent event = new HookEvent.PreToolUse(new ToolUse("fsWrite", Set.of("write"), input));
 * List<HookMatch> matches = HookSet.of(ws).match(event);
 * }</pre>
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 */
public sealed interface HookEvent
    permits HookEvent.PromptSubmit,
        HookEvent.AgentStop,
        HookEvent.PreToolUse,
        HookEvent.PostToolUse,
        HookEvent.FileCreated,
        HookEvent.FileEdited,
        HookEvent.FileDeleted,
        HookEvent.UserTriggered,
        HookEvent.PreTaskExecution,
        HookEvent.PostTaskExecution,
        HookEvent.AgentSpawn,
        HookEvent.InSubagent {

  /** The IDE trigger this event fires, if any. */
  Optional<IdeTrigger> ideTrigger();

  /** The user's prompt, for the events that carry one. */
  default Optional<String> prompt() {
    return Optional.empty();
  }

  /** The tool call, for the tool events. */
  default Optional<ToolUse> tool() {
    return Optional.empty();
  }

  /**
   * The user submitted a prompt (IDE promptSubmit, CLI userPromptSubmit).
   *
   * @param text the prompt
   */
  record PromptSubmit(String text) implements HookEvent {
    public PromptSubmit {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.PROMPT_SUBMIT);
    }

    @Override
    public Optional<String> prompt() {
      return Optional.of(text);
    }
  }

  /** The agent finished its turn (IDE agentStop, CLI stop). */
  record AgentStop() implements HookEvent {
    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.AGENT_STOP);
    }
  }

  /**
   * A tool is about to run.
   *
   * @param call the tool call
   */
  record PreToolUse(ToolUse call) implements HookEvent {
    public PreToolUse {
      Objects.requireNonNull(call, "call");
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.PRE_TOOL_USE);
    }

    @Override
    public Optional<ToolUse> tool() {
      return Optional.of(call);
    }
  }

  /**
   * A tool has run.
   *
   * @param call the tool call
   * @param response the tool's result ({@code tool_response} for CLI hooks)
   */
  record PostToolUse(ToolUse call, Optional<JsonNode> response) implements HookEvent {
    public PostToolUse {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(response, "response");
    }

    /**
     * A finished tool call with its result as plain Java, for callers without Jackson.
     *
     * @param call the tool call
     * @param response the result: a map, list, string, number, boolean or {@code null}
     * @throws IllegalArgumentException if {@code response} holds something that is no JSON value
     * @since 0.2
     */
    public static PostToolUse of(ToolUse call, Object response) {
      return new PostToolUse(call, Optional.of(JsonValues.toNode(response)));
    }

    /**
     * The result as plain Java ({@link JsonValues}: unmodifiable maps and lists, String, Boolean,
     * Number); empty without a result or when the result is JSON {@code null}.
     *
     * @since 0.2
     */
    public Optional<Object> responseValue() {
      return response.map(JsonValues::toJava);
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.POST_TOOL_USE);
    }

    @Override
    public Optional<ToolUse> tool() {
      return Optional.of(call);
    }
  }

  /**
   * Files were created (absolute, or relative to the first root).
   *
   * @param files the files
   */
  record FileCreated(List<Path> files) implements HookEvent {
    public FileCreated {
      files = List.copyOf(files);
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.FILE_CREATED);
    }
  }

  /**
   * Files were saved.
   *
   * @param files the files
   */
  record FileEdited(List<Path> files) implements HookEvent {
    public FileEdited {
      files = List.copyOf(files);
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.FILE_EDITED);
    }
  }

  /**
   * Files were deleted.
   *
   * @param files the files
   */
  record FileDeleted(List<Path> files) implements HookEvent {
    public FileDeleted {
      files = List.copyOf(files);
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.FILE_DELETED);
    }
  }

  /**
   * The user started a manual hook (the ▷ button, "Start Hook", or {@code /name}).
   *
   * @param hook the hook's name, its slash command ({@code /name}) or its file name; empty for
   *     every manual hook
   */
  record UserTriggered(Optional<String> hook) implements HookEvent {
    public UserTriggered {
      Objects.requireNonNull(hook, "hook");
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.USER_TRIGGERED);
    }
  }

  /**
   * A spec task is about to run: its status turned in progress (IDE 0.10 and later).
   *
   * @param task the task, as the host names it (for example {@code "2.1"}), when known
   */
  record PreTaskExecution(Optional<String> task) implements HookEvent {
    public PreTaskExecution {
      Objects.requireNonNull(task, "task");
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.PRE_TASK_EXECUTION);
    }
  }

  /**
   * A spec task has run: its status turned completed (IDE 0.10 and later).
   *
   * @param task the task, as the host names it (for example {@code "2.1"}), when known
   */
  record PostTaskExecution(Optional<String> task) implements HookEvent {
    public PostTaskExecution {
      Objects.requireNonNull(task, "task");
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.of(IdeTrigger.POST_TASK_EXECUTION);
    }
  }

  /**
   * A CLI agent started (agentSpawn). No IDE hook fires for it.
   *
   * @param pending the user's pending prompt, when there is one (upstream passes it)
   */
  record AgentSpawn(Optional<String> pending) implements HookEvent {
    public AgentSpawn {
      Objects.requireNonNull(pending, "pending");
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.empty();
    }

    @Override
    public Optional<String> prompt() {
      return pending;
    }
  }

  /**
   * An event raised inside a subagent: no hook fires for it ("Hooks will not trigger in subagents",
   * L19674).
   *
   * @param event the event
   */
  record InSubagent(HookEvent event) implements HookEvent {
    public InSubagent {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public Optional<IdeTrigger> ideTrigger() {
      return Optional.empty();
    }
  }
}
