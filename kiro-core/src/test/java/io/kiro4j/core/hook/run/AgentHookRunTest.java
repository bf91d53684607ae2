package io.kiro4j.core.hook.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.AgentHook;
import io.kiro4j.core.agent.HookTrigger;
import io.kiro4j.core.hook.AgentHookRef;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookMatch;
import io.kiro4j.core.hook.ToolUse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisabledOnOs(OS.WINDOWS)
class AgentHookRunTest {

  @TempDir Path tmp;
  HookRunnerTest.MutableClock clock;
  HookRunner runner;

  @BeforeEach
  void setUp() {
    clock = new HookRunnerTest.MutableClock();
    runner =
        HookRunner.builder()
            .clock(clock)
            .toolNames(n -> n.equals("fs_read") ? List.of("read", "fs_read") : List.of(n))
            .build();
  }

  @AfterEach
  void tearDown() {
    runner.close();
  }

  static AgentHookRef hook(String trigger, int index, String command, Duration timeout, long ttl) {
    return new AgentHookRef(
        "dev",
        index,
        new AgentHook(
            HookTrigger.byKey(trigger).orElseThrow(),
            command,
            Optional.empty(),
            OptionalLong.of(timeout.toMillis()),
            OptionalLong.of(ttl),
            OptionalLong.empty()));
  }

  static AgentHookRef hook(String trigger, String command) {
    return hook(trigger, 0, command, AgentHookRef.DEFAULT_TIMEOUT, 0);
  }

  private HookOutcome run(HookEvent event, AgentHookRef... hooks) {
    List<HookMatch> matches =
        java.util.Arrays.stream(hooks).map(h -> new HookMatch(h, h.trigger())).toList();
    return runner.run(event, matches, tmp);
  }

  private static final HookEvent PRE_READ =
      new HookEvent.PreToolUse(
          new ToolUse(
              "fs_read",
              Set.of("read"),
              Optional.of(JsonMapper.builder().build().readTree("{\"path\":\"a.txt\"}"))));

  @Test
  void stdinEventIsTheDocumentedJsonWithKirosToolName() throws IOException {
    HookOutcome o = run(PRE_READ, hook("preToolUse", "cat > " + tmp.resolve("in.json")));
    assertThat(o.blocked()).isFalse();
    JsonNode in = JsonMapper.builder().build().readTree(Files.readString(tmp.resolve("in.json")));
    assertThat(in.get("hook_event_name").asString()).isEqualTo("preToolUse");
    assertThat(in.get("cwd").asString()).isEqualTo(tmp.toString());
    assertThat(in.get("tool_name").asString()).isEqualTo("read");
    assertThat(in.get("tool_input").get("path").asString()).isEqualTo("a.txt");
  }

  @Test
  void callersStdinEventKeepsItsFieldsAndOnlyMissingOnesAreFilled() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode given =
        json.readTree("{\"cwd\":\"/elsewhere\",\"tool_name\":\"fs_read\",\"session\":\"s1\"}");
    AgentHookRef h = hook("preToolUse", "cat > " + tmp.resolve("in.json"));
    runner.run(PRE_READ, List.of(new HookMatch(h, "preToolUse")), tmp, given);
    JsonNode in = json.readTree(Files.readString(tmp.resolve("in.json")));
    assertThat(in.get("cwd").asString()).isEqualTo("/elsewhere");
    assertThat(in.get("tool_name").asString()).isEqualTo("fs_read");
    assertThat(in.get("session").asString()).isEqualTo("s1");
    assertThat(in.get("hook_event_name").asString()).isEqualTo("preToolUse");
    assertThat(in.get("tool_input").get("path").asString()).isEqualTo("a.txt");
  }

  @Test
  void postToolUseStdinCarriesTheToolResponseAndMcpNames() throws IOException {
    HookEvent e =
        new HookEvent.PostToolUse(
            ToolUse.named("@postgres/query"),
            Optional.of(JsonMapper.builder().build().readTree("{\"success\":true}")));
    run(e, hook("postToolUse", "cat > " + tmp.resolve("in.json")));
    JsonNode in = JsonMapper.builder().build().readTree(Files.readString(tmp.resolve("in.json")));
    assertThat(in.get("tool_name").asString()).isEqualTo("@postgres/query");
    assertThat(in.get("tool_response").get("success").asBoolean()).isTrue();
  }

  @Test
  void withoutJacksonToolInputResponseAndStdinEventGoToTheHookAsTheSameJson() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    ToolUse call = ToolUse.of("fs_read", Set.of("read"), java.util.Map.of("path", "a.txt"));
    assertThat(call.input()).contains(json.readTree("{\"path\":\"a.txt\"}"));
    assertThat(call.inputMap()).contains(java.util.Map.of("path", "a.txt"));

    HookEvent.PostToolUse post =
        HookEvent.PostToolUse.of(ToolUse.named("@postgres/query"), java.util.Map.of("rows", 2));
    assertThat(post.responseValue()).contains(java.util.Map.of("rows", 2));
    run(post, hook("postToolUse", "cat > " + tmp.resolve("post.json")));
    JsonNode postIn = json.readTree(Files.readString(tmp.resolve("post.json")));
    assertThat(postIn.get("tool_response").get("rows").asInt()).isEqualTo(2);

    AgentHookRef h = hook("preToolUse", "cat > " + tmp.resolve("in.json"));
    HookEvent pre = new HookEvent.PreToolUse(call);
    runner.run(
        pre, List.of(new HookMatch(h, "preToolUse")), tmp, java.util.Map.of("session", "s1"));
    JsonNode in = json.readTree(Files.readString(tmp.resolve("in.json")));
    assertThat(in.get("session").asString()).isEqualTo("s1");
    assertThat(in.get("tool_input").get("path").asString()).isEqualTo("a.txt");

    runner.runJson(pre, List.of(new HookMatch(h, "preToolUse")), tmp, "{\"session\":\"s2\"}");
    in = json.readTree(Files.readString(tmp.resolve("in.json")));
    assertThat(in.get("session").asString()).isEqualTo("s2");
  }

  @Test
  void exitTwoOnPreToolUseBlocksWithStderr() {
    HookOutcome o = run(PRE_READ, hook("preToolUse", "echo 'no reads' >&2; exit 2"));
    assertThat(o.blockedBy()).contains("dev:preToolUse[0]");
    assertThat(((HookDecision.Blocked) o.decision()).message())
        .isEqualTo("PreToolHook blocked the tool execution: no reads\n");
  }

  @Test
  void otherExitOnPreToolUseWarnsAndLetsTheToolRun() {
    HookOutcome o = run(PRE_READ, hook("preToolUse", "echo oops >&2; exit 1"));
    assertThat(o.blocked()).isFalse();
    assertThat(o.warnings()).singleElement().asString().contains("exit code: 1").contains("oops");
  }

  @Test
  void timeoutOnPreToolUseWarnsAndLetsTheToolRun() {
    HookOutcome o =
        run(PRE_READ, hook("preToolUse", 0, "sleep 30; exit 2", Duration.ofMillis(300), 0));
    assertThat(o.blocked()).isFalse();
    assertThat(o.results().get(0).timedOut()).isTrue();
    assertThat(o.warnings()).singleElement().asString().contains("timed out after 300 ms");
  }

  @Test
  void exitTwoOnOtherTriggersOnlyWarns() {
    HookOutcome o = run(new HookEvent.PromptSubmit("x"), hook("userPromptSubmit", "exit 2"));
    assertThat(o.blocked()).isFalse();
    assertThat(o.warnings()).hasSize(1);
  }

  @Test
  void agentSpawnAndUserPromptSubmitStdoutBecomeOneContextBlock() {
    HookOutcome o =
        run(
            new HookEvent.AgentSpawn(Optional.empty()),
            hook("agentSpawn", 0, "echo one", AgentHookRef.DEFAULT_TIMEOUT, 0),
            hook("agentSpawn", 1, "echo two", AgentHookRef.DEFAULT_TIMEOUT, 0));
    assertThat(o.context())
        .containsExactly(
            "--- CONTEXT ENTRY BEGIN ---\n"
                + "This section (like others) contains important information that I want you to"
                + " use in your responses. I have gathered this context from valuable programmatic"
                + " script hooks. You must follow any requests and consider all of the information"
                + " in this section for the entire conversation\n\n"
                + "one\n\n\ntwo\n\n\n"
                + "--- CONTEXT ENTRY END ---\n\n");
    HookOutcome prompt =
        run(
            new HookEvent.PromptSubmit("hi"),
            hook("userPromptSubmit", "printf %s \"$USER_PROMPT\""));
    assertThat(prompt.context().get(0)).doesNotContain("entire conversation").contains("hi\n\n");
  }

  @Test
  void postToolUseAndStopOutputIsIgnored() {
    assertThat(run(new HookEvent.AgentStop(), hook("stop", "echo x")).context()).isEmpty();
  }

  @Test
  void cacheIsKeyedByHookAndInputAndExpiresOnTheClock() throws IOException {
    Path count = tmp.resolve("count");
    AgentHookRef cached =
        hook("userPromptSubmit", 0, "echo x >> " + count, AgentHookRef.DEFAULT_TIMEOUT, 60);
    run(new HookEvent.PromptSubmit("a"), cached);
    assertThat(run(new HookEvent.PromptSubmit("a"), cached).results().get(0).cached()).isTrue();
    assertThat(run(new HookEvent.PromptSubmit("b"), cached).results().get(0).cached()).isFalse();
    clock.advance(Duration.ofSeconds(60));
    assertThat(run(new HookEvent.PromptSubmit("a"), cached).results().get(0).cached()).isFalse();
    assertThat(Files.readAllLines(count)).hasSize(3);
  }

  @Test
  void agentSpawnHooksAreNeverCached() {
    AgentHookRef spawn = hook("agentSpawn", 0, "true", AgentHookRef.DEFAULT_TIMEOUT, 60);
    run(new HookEvent.AgentSpawn(Optional.empty()), spawn);
    assertThat(run(new HookEvent.AgentSpawn(Optional.empty()), spawn).results().get(0).cached())
        .isFalse();
  }

  @Test
  void outputIsCappedAtMaxOutputSizeAndMarked() {
    AgentHookRef small =
        new AgentHookRef(
            "dev",
            0,
            new AgentHook(
                HookTrigger.AGENT_SPAWN,
                "printf 0123456789",
                Optional.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                OptionalLong.of(4)));
    HookOutcome o = run(new HookEvent.AgentSpawn(Optional.empty()), small);
    assertThat(o.results().get(0).truncated()).isTrue();
    assertThat(o.results().get(0).output()).isEqualTo("0123");
    assertThat(o.context().get(0)).contains("0123 ... truncated");
  }
}
