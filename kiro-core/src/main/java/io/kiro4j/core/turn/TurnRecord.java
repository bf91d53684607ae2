package io.kiro4j.core.turn;

import io.kiro4j.core.context.AssembledContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in one turn: the prompt's hooks, every tool call, the stop hooks, and the text the
 * hooks add to the model's context.
 *
 * <p>Not thread-safe: the {@code JsonNode}s its calls hold are mutable Jackson trees; share an
 * instance between threads only while nobody modifies them.
 *
 * @param prompt the user's prompt
 * @param promptBlocked why a prompt hook blocked the prompt, if one did (no tool ran then)
 * @param context text the hooks add to the model's context, in order: the host appends it (hook
 *     output: {@code userPromptSubmit} stdout, IDE hooks' stdout or stderr)
 * @param prompts text IDE {@code askAgent} hooks add: for promptSubmit appended to the user prompt
 *     (docs L547), else sent to the agent
 * @param calls every tool call, in order
 * @param hooks every step whose hooks ran, in order
 * @param warnings messages for the user: hooks that failed without blocking (docs L9446–9448)
 * @param steps every step, in order
 * @param cancelled true when the turn was cancelled
 * @since 0.2
 */
public record TurnRecord(
    String prompt,
    Optional<String> promptBlocked,
    List<String> context,
    List<String> prompts,
    List<ToolCallRecord> calls,
    List<HookRun> hooks,
    List<String> warnings,
    List<TurnStep> steps,
    boolean cancelled) {

  public TurnRecord {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(promptBlocked, "promptBlocked");
    context = List.copyOf(context);
    prompts = List.copyOf(prompts);
    calls = List.copyOf(calls);
    hooks = List.copyOf(hooks);
    warnings = List.copyOf(warnings);
    steps = List.copyOf(steps);
  }

  /**
   * {@code context} (the turn's assembled context, {@link io.kiro4j.core.context.ContextAssembler})
   * with the output this turn's hooks produced for the model appended, one {@code HOOK_OUTPUT} item
   * per entry, named after the step whose hooks produced it ({@code PROMPT_SUBMIT}, …): where the
   * context assembly and the pipeline meet.
   */
  public AssembledContext addHookOutputTo(AssembledContext context) {
    Objects.requireNonNull(context, "context");
    AssembledContext out = context;
    for (HookRun run : hooks) {
      for (String entry : run.outcome().context()) {
        out = out.withHookOutput(run.step().name(), entry);
      }
    }
    return out;
  }

  /** The hooks that timed out, crashed or could not start, in order ({@link HookRun#problems}). */
  public List<String> hookProblems() {
    List<String> out = new ArrayList<>();
    hooks.forEach(h -> out.addAll(h.problems()));
    return out;
  }
}
