package io.kiro4j.core.turn;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the model calls and the user answers: a denied or blocked call is never executed, a
 * blocked call never reaches the user, only allowed or approved calls run, and the steps come in
 * pipeline order, each call's ending with its result, exactly as the listener saw them.
 */
@DisabledOnOs(OS.WINDOWS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentTurnProperties {

  HookRunner runner;
  TurnFixture fixture;

  /** The calls a model may make: allowed, asking, denied, hook-blocked, unknown, MCP. */
  static final List<ToolCall> CALLS =
      List.of(
          new ToolCall("introspect", null),
          new ToolCall("shell", TurnFixture.input("{\"command\": \"git status\"}")),
          new ToolCall("shell", TurnFixture.input("{\"command\": \"ls\"}")),
          new ToolCall("execute_bash", TurnFixture.input("{\"command\": \"rm -rf x\"}")),
          new ToolCall("shell", TurnFixture.input("{\"command\": \"echo block\"}")),
          new ToolCall("write", TurnFixture.input("{\"path\": \"a\"}")),
          new ToolCall("srv___echo", TurnFixture.input("{\"x\": \"block\"}")),
          new ToolCall("wipe_everything", null),
          new ToolCall("shell", TurnFixture.input("{\"command\": 42}")));

  @BeforeAll
  void setUp(@TempDir Path tmp) {
    runner = HookRunner.builder().build();
    // preToolUse blocks (exit 2) any call whose input says "block".
    fixture =
        new TurnFixture(
            tmp,
            "\"preToolUse\": [{\"command\": \"if grep -q block; then echo blocked >&2; exit 2;"
                + " fi\"}]");
  }

  @AfterAll
  void tearDown() {
    runner.close();
  }

  @Test
  void deniedAndBlockedCallsNeverRunAndStepsComeInOrder() {
    Gen<List<ToolCall>> scripts = Gen.of(CALLS).list().ofMaxSize(5);
    Gen<List<Boolean>> answers = Gen.booleans().list().ofMinSize(5).ofMaxSize(5);
    Property.forAll(scripts, answers)
        .tries(60)
        .check(
            (script, yes) -> {
              List<String> executed = new ArrayList<>();
              List<Integer> asked = new ArrayList<>();
              List<TurnStep> seen = new ArrayList<>();
              int[] call = {0};
              Turn turn =
                  fixture
                      .pipeline(runner)
                      .builtinExecutor(
                          (t, i, c) -> {
                            executed.add(call[0] + " " + t.name());
                            return ToolResult.ok("ran");
                          })
                      .mcpExecutor(
                          (t, i, c) -> {
                            executed.add(call[0] + " " + t.name());
                            return ToolResult.ok("ran");
                          })
                      .approver(
                          (t, i, a) -> {
                            asked.add(call[0]);
                            return new Approval(yes.get(call[0]), "scripted");
                          })
                      .listener(seen::add)
                      .build()
                      .begin("p");
              for (ToolCall c : script) {
                turn.call(c);
                call[0]++;
              }
              TurnRecord r = turn.end();
              assertThat(seen).isEqualTo(r.steps());
              for (int i = 0; i < r.steps().size(); i++) {
                assertThat(r.steps().get(i).sequence()).isEqualTo(i);
              }
              for (ToolCallRecord c : r.calls()) {
                boolean ran = executed.stream().anyMatch(e -> e.startsWith(c.index() + " "));
                assertThat(ran).as(c.toString()).isEqualTo(c.executed());
                switch (c.outcome()) {
                  case DENIED:
                    assertThat(c.permission().orElseThrow().label()).isEqualTo("deny");
                    assertThat(c.preToolUse()).isEmpty();
                    break;
                  case BLOCKED:
                    assertThat(asked).doesNotContain(c.index());
                    assertThat(c.result().text()).contains("blocked");
                    break;
                  case EXECUTED:
                    String label = c.permission().orElseThrow().label();
                    assertThat(
                            label.equals("allow")
                                || label.equals("ask") && c.approval().orElseThrow().approved())
                        .isTrue();
                    break;
                  default:
                    break;
                }
                List<TurnStep> steps = c.steps();
                assertThat(steps.get(steps.size() - 1).step()).isEqualTo(Step.RESULT);
                for (int i = 1; i < steps.size(); i++) {
                  assertThat(steps.get(i).step().ordinal())
                      .isGreaterThan(steps.get(i - 1).step().ordinal());
                  assertThat(steps.get(i).sequence()).isGreaterThan(steps.get(i - 1).sequence());
                }
                assertThat(steps).allMatch(s -> s.call() == c.index());
              }
            });
  }
}
