package io.kiro4j.core.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.hook.run.HookRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The tool-call pipeline of one turn: a test per documented rule of {@link AgentTurn}. */
@DisabledOnOs(OS.WINDOWS)
class AgentTurnTest {

  @TempDir Path tmp;
  HookRunner runner;

  @BeforeEach
  void setUp() {
    runner = HookRunner.builder().build();
  }

  @AfterEach
  void tearDown() {
    runner.close();
  }

  TurnFixture fixture(String hooks) {
    return new TurnFixture(tmp, hooks);
  }

  @Test
  void userPromptSubmitOutputIsRecordedForTheContext() {
    TurnFixture f = fixture("\"userPromptSubmit\": [{\"command\": \"echo use staging\"}]");
    Turn turn = f.pipeline(runner).build().begin("deploy");
    assertThat(turn.context()).hasSize(1);
    assertThat(turn.context().get(0)).contains("CONTEXT ENTRY BEGIN").contains("use staging");
    TurnRecord r = turn.end();
    assertThat(r.context()).isEqualTo(turn.context());
    assertThat(r.steps().get(0).step()).isEqualTo(Step.PROMPT_SUBMIT);
  }

  @Test // the turn's hook output joins the assembled context of the turn (docs L553)
  void hookOutputIsAddedToTheAssembledContext() {
    TurnFixture f = fixture("\"userPromptSubmit\": [{\"command\": \"echo use staging\"}]");
    TurnRecord r = f.pipeline(runner).build().begin("deploy").end();
    io.kiro4j.core.context.AssembledContext before =
        io.kiro4j.core.context.ContextAssembler.of(f.ws)
            .assemble(io.kiro4j.core.context.ContextRequest.builder().prompt("deploy").build());
    io.kiro4j.core.context.AssembledContext after = r.addHookOutputTo(before);
    assertThat(after.items()).hasSize(before.items().size() + 1);
    io.kiro4j.core.context.ContextItem last = after.items().get(after.items().size() - 1);
    assertThat(last.kind()).isEqualTo(io.kiro4j.core.context.ContextKind.HOOK_OUTPUT);
    assertThat(last.text()).contains("use staging");
    assertThat(last.source()).isEqualTo("hook:PROMPT_SUBMIT");
  }

  @Test
  void aFailingIdePromptSubmitHookBlocksThePromptAndNoToolRuns() throws IOException {
    TurnFixture f = fixture("\"stop\": [{\"command\": \"echo stopped\"}]");
    Files.createDirectories(f.root.resolve(".kiro/hooks"));
    Files.writeString(
        f.root.resolve(".kiro/hooks/guard.kiro.hook"),
        "{\"name\": \"Guard\", \"version\": \"1\", \"when\": {\"type\": \"promptSubmit\"},"
            + " \"then\": {\"type\": \"runCommand\", \"command\": \"echo no SQL >&2; exit 1\"}}");
    AgentTurn pipeline =
        f.pipeline(runner).hooks(HookSource.of(HookSet.load(f.ws)), runner).build();
    Turn turn = pipeline.begin("DROP TABLE berths");
    assertThat(turn.promptBlocked()).get().asString().contains("Guard").contains("no SQL");
    ToolCallRecord c = turn.call("introspect", null);
    assertThat(c.outcome()).isEqualTo(CallOutcome.PROMPT_BLOCKED);
    assertThat(f.executed).isEmpty();
    TurnRecord r = turn.end();
    assertThat(r.steps()).noneMatch(s -> s.step() == Step.STOP);
  }

  @Test
  void aNameThatIsNotOfferedFailsWithWhyItIsWithheld() {
    TurnFixture f = fixture("");
    Turn turn = f.pipeline(runner).build().begin("p");
    ToolCallRecord c = turn.call("fs_write", TurnFixture.input("{\"path\": \"a\"}"));
    assertThat(c.outcome()).isEqualTo(CallOutcome.UNKNOWN_TOOL);
    assertThat(c.result().error()).isTrue();
    assertThat(c.result().text())
        .contains("write is withheld")
        .contains("not in the agent's tools");
    assertThat(turn.call("nothing_like_it", null).result().text())
        .contains("no tool named 'nothing_like_it'");
    assertThat(f.executed).isEmpty();
  }

  @Test
  void aDeniedCallRunsNoHookAndIsNeverExecuted() {
    TurnFixture f = fixture("\"preToolUse\": [{\"command\": \"echo pre\"}]");
    Turn turn = f.pipeline(runner).approver(Approver.approveAll()).build().begin("p");
    ToolCallRecord c = turn.call("execute_bash", TurnFixture.input("{\"command\": \"rm -rf /\"}"));
    assertThat(c.outcome()).isEqualTo(CallOutcome.DENIED);
    assertThat(c.tool().orElseThrow().name()).isEqualTo("shell");
    assertThat(c.result().text()).startsWith("Permission denied: ").contains("deniedCommands");
    assertThat(c.preToolUse()).isEmpty();
    assertThat(turn.end().hooks()).isEmpty();
    assertThat(f.executed).isEmpty();
  }

  @Test
  void preToolUseExitTwoBlocksTheCallAndItsStderrGoesToTheModel() {
    TurnFixture f =
        fixture(
            "\"preToolUse\": [{\"matcher\": \"shell\", \"command\": \"echo no shells today >&2;"
                + " exit 2\"}]");
    Turn turn = f.pipeline(runner).approver(Approver.approveAll()).build().begin("p");
    ToolCallRecord c = turn.call("shell", TurnFixture.input("{\"command\": \"git status\"}"));
    assertThat(c.outcome()).isEqualTo(CallOutcome.BLOCKED);
    assertThat(c.result().error()).isTrue();
    assertThat(c.result().text())
        .isEqualTo("PreToolHook blocked the tool execution: no shells today\n");
    assertThat(c.approval()).isEmpty();
    assertThat(f.executed).isEmpty();
  }

  @Test
  void preToolUseFailingOtherwiseWarnsAndTheToolRuns() {
    TurnFixture f = fixture("\"preToolUse\": [{\"command\": \"echo flaky >&2; exit 1\"}]");
    Turn turn = f.pipeline(runner).build().begin("p");
    ToolCallRecord c = turn.call("introspect", TurnFixture.input("{\"query\": \"q\"}"));
    assertThat(c.outcome()).isEqualTo(CallOutcome.EXECUTED);
    assertThat(turn.end().warnings()).anySatisfy(w -> assertThat(w).contains("flaky"));
    assertThat(f.executed).containsExactly("introspect");
  }

  @Test
  void aCallTheRulesAskAboutGoesToTheApprover() {
    TurnFixture f = fixture("");
    List<String> asked = new ArrayList<>();
    Turn turn =
        f.pipeline(runner)
            .approver(
                (tool, input, ask) -> {
                  asked.add(tool.name() + " " + ask.reasons().get(0).message());
                  return Approval.approve("the user said yes");
                })
            .build()
            .begin("p");
    ToolCallRecord c = turn.call("shell", TurnFixture.input("{\"command\": \"ls\"}"));
    assertThat(c.permission().orElseThrow().label()).isEqualTo("ask");
    assertThat(c.approval().orElseThrow().reason()).isEqualTo("the user said yes");
    assertThat(c.outcome()).isEqualTo(CallOutcome.EXECUTED);
    assertThat(asked).hasSize(1);
    assertThat(f.executed).containsExactly("shell");
  }

  @Test
  void withoutAnApproverAnAskingCallIsRejected() {
    TurnFixture f = fixture("");
    ToolCallRecord c =
        f.pipeline(runner)
            .build()
            .begin("p")
            .call("shell", TurnFixture.input("{\"command\": \"ls\"}"));
    assertThat(c.outcome()).isEqualTo(CallOutcome.REJECTED);
    assertThat(c.result().text()).startsWith("The user rejected the tool call");
    assertThat(f.executed).isEmpty();
  }

  @Test
  void anAllowedCallRunsWithoutAsking() {
    TurnFixture f = fixture("");
    AtomicInteger asked = new AtomicInteger();
    Turn turn =
        f.pipeline(runner)
            .approver(
                (t, i, a) -> {
                  asked.incrementAndGet();
                  return Approval.reject("no");
                })
            .build()
            .begin("p");
    assertThat(turn.call("shell", TurnFixture.input("{\"command\": \"git status\"}")).outcome())
        .isEqualTo(CallOutcome.EXECUTED);
    assertThat(turn.call("everything_else", null).outcome()).isEqualTo(CallOutcome.UNKNOWN_TOOL);
    assertThat(asked).hasValue(0);
  }

  @Test
  void mcpToolsRunThroughTheMcpExecutorUnderTheirModelNames() {
    TurnFixture f = fixture("");
    Turn turn = f.pipeline(runner).build().begin("p");
    ToolCallRecord echo = turn.call("srv___echo", TurnFixture.input("{\"x\": 1}"));
    assertThat(echo.outcome()).isEqualTo(CallOutcome.EXECUTED);
    assertThat(echo.result().text()).isEqualTo("mcp ran @srv/echo");
    assertThat(echo.tool().orElseThrow().serverTool()).contains("echo");
    ToolCallRecord wipe = turn.call("wipe_everything", null);
    assertThat(wipe.tool().orElseThrow().name()).isEqualTo("@srv/wipe");
    assertThat(wipe.outcome()).isEqualTo(CallOutcome.REJECTED);
  }

  @Test
  void anExecutorThatThrowsFailsTheCallNotTheTurn() {
    TurnFixture f = fixture("");
    Turn turn =
        f.pipeline(runner)
            .builtinExecutor(
                (t, i, c) -> {
                  throw new java.io.IOException("disk\u001b[31m full");
                })
            .build()
            .begin("p");
    ToolCallRecord c = turn.call("introspect", null);
    assertThat(c.outcome()).isEqualTo(CallOutcome.FAILED);
    assertThat(c.result().text()).isEqualTo("Tool failed: IOException: disk\\u001B[31m full");
    assertThat(turn.call("introspect", null).outcome()).isEqualTo(CallOutcome.FAILED);
  }

  @Test
  void postToolUseHooksGetTheToolResponse() throws IOException {
    Path seen = tmp.resolve("seen.json");
    TurnFixture f =
        fixture("\"postToolUse\": [{\"matcher\": \"@srv\", \"command\": \"cat > " + seen + "\"}]");
    ToolCallRecord c = f.pipeline(runner).build().begin("p").call("srv___echo", null);
    assertThat(c.postToolUse()).isPresent();
    String event = Files.readString(seen);
    assertThat(event)
        .contains("\"hook_event_name\":\"postToolUse\"")
        .contains("\"tool_name\":\"@srv/echo\"")
        .contains("\"tool_response\":{\"success\":true,\"result\":[\"mcp ran @srv/echo\"]}");
  }

  @Test
  void stopHooksRunOnceAtTheEndAndTheTurnThenRefusesCalls() {
    TurnFixture f = fixture("\"stop\": [{\"command\": \"echo done\"}]");
    Turn turn = f.pipeline(runner).build().begin("p");
    TurnRecord r = turn.end();
    assertThat(r.hooks()).extracting(HookRun::step).containsExactly(Step.STOP);
    assertThat(turn.end()).isSameAs(r);
    assertThatThrownBy(() -> turn.call("introspect", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aHookThatTimesOutIsReportedInTheTurnRecord() {
    TurnFixture f = fixture("\"postToolUse\": [{\"command\": \"sleep 5\", \"timeout_ms\": 200}]");
    Turn turn = f.pipeline(runner).build().begin("p");
    assertThat(turn.call("introspect", null).outcome()).isEqualTo(CallOutcome.EXECUTED);
    TurnRecord r = turn.end();
    assertThat(r.hookProblems())
        .singleElement()
        .asString()
        .contains("dev:postToolUse[0]")
        .contains("timed out");
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("timed out"));
  }

  @Test
  void aCancelledTurnRunsNoMoreToolsAndNoStopHooks() {
    TurnFixture f = fixture("\"stop\": [{\"command\": \"echo done\"}]");
    Turn turn = f.pipeline(runner).build().begin("p");
    turn.cancel();
    ToolCallRecord c = turn.call("introspect", null);
    assertThat(c.outcome()).isEqualTo(CallOutcome.CANCELLED);
    TurnRecord r = turn.end();
    assertThat(r.cancelled()).isTrue();
    assertThat(r.hooks()).isEmpty();
    assertThat(f.executed).isEmpty();
  }

  @Test
  void cancellingWhileAToolRunsTellsItsExecutor() {
    TurnFixture f = fixture("");
    Turn[] turn = new Turn[1];
    List<String> told = new ArrayList<>();
    turn[0] =
        f.pipeline(runner)
            .builtinExecutor(
                (t, i, c) -> {
                  c.onCancel(() -> told.add("stop"));
                  turn[0].cancel();
                  throw new InterruptedException("stopped");
                })
            .build()
            .begin("p");
    ToolCallRecord c = turn[0].call("introspect", null);
    assertThat(c.outcome()).isEqualTo(CallOutcome.CANCELLED);
    assertThat(told).containsExactly("stop");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void theListenerSeesEveryStepInOrderAndItsFailuresAreIgnored() {
    TurnFixture f = fixture("\"userPromptSubmit\": [{\"command\": \"echo ctx\"}]");
    List<TurnStep> seen = new ArrayList<>();
    Turn turn =
        f.pipeline(runner)
            .listener(
                s -> {
                  seen.add(s);
                  throw new IllegalStateException("listener bug");
                })
            .build()
            .begin("p");
    turn.call("introspect", null);
    TurnRecord r = turn.end();
    assertThat(seen).isEqualTo(r.steps());
    assertThat(seen)
        .extracting(TurnStep::step)
        .containsExactly(
            Step.PROMPT_SUBMIT, Step.RESOLVE, Step.PERMISSION, Step.EXECUTE, Step.RESULT);
  }

  @Test
  void aHugeMadeUpToolNameIsQuotedShortInTheResult() {
    TurnFixture f = fixture("");
    String name = "x".repeat(1_000_000);
    ToolCallRecord c = f.pipeline(runner).build().begin("p").call(name, null);
    assertThat(c.outcome()).isEqualTo(CallOutcome.UNKNOWN_TOOL);
    assertThat(c.result().text()).hasSizeLessThan(500);
  }

  @Test
  void runDrivesTheModelUntilItMakesNoMoreCalls() {
    TurnFixture f = fixture("");
    Iterator<List<ToolCall>> script =
        List.of(
                List.of(new ToolCall("introspect", null), new ToolCall("srv___echo", null)),
                List.of(
                    new ToolCall(
                        "read",
                        TurnFixture.input(
                            "{\"operations\": [{\"mode\": \"Line\", \"path\": \"a\"}]}"))),
                List.<ToolCall>of())
            .iterator();
    List<Integer> seenCalls = new ArrayList<>();
    TurnRecord r =
        f.pipeline(runner)
            .build()
            .run(
                "p",
                turn -> {
                  seenCalls.add(turn.calls().size());
                  return script.next();
                });
    assertThat(seenCalls).containsExactly(0, 2, 3);
    assertThat(r.calls()).extracting(ToolCallRecord::outcome).containsOnly(CallOutcome.EXECUTED);
    assertThat(f.executed).containsExactly("introspect", "@srv/echo", "read");
  }
}
